import { extractNumbers } from '../../../shared/claims/numbers';
import { compareClaims } from '../../../shared/matching/compare';
import { classifyPair, sentenceClaim } from '../../../shared/matching/evaluate';
import type { Claim } from '../../../shared/model';
import { matchTokens } from '../../../shared/matching/words';

describe('magnitude words in the accusative and the dual', () => {
  it.each([
    ['الصندوق يضخ 40 مليارا في المصارف', 40e9],
    ['الوزارة توظف 12 ألفا من الخريجين', 12e3],
    ['المدينة تستقبل 3 مليونا من الزوار', 3e6],
    ['البنك يقرض الشركة مليارين من الدولارات', 2e9],
    ['الحكومة تخصص مليوني دينار للمدارس', 2e6],
  ])('reads "%s" as %d', (text, value) => {
    // Act
    const values = extractNumbers(text).map((n) => n.value);
    // Assess
    expect(values).toEqual([value]);
  });

  it('keeps a bare accusative "مليارا" out of the duals (it may be "a billion")', () => {
    expect(extractNumbers('الشركة خسرت مليارا في عام واحد').map((n) => n.value)).toEqual([]);
  });

  it('finds no number change between "40 مليارا" and "40 مليار"', () => {
    expect(classifyPair('الصندوق يضخ 40 مليارا في المصارف المحلية', 'الصندوق يضخ 40 مليار في المصارف المحلية')).toBe('agreement');
  });
});

describe('figures worded as bounds and estimates', () => {
  it.each([
    ['الشركة تجمع 1.3 مليار دولار من السندات الخضراء', 'الشركة تجمع أكثر من مليار دولار من السندات الخضراء'],
    ['إجلاء 470 عائلة من الحي القديم بعد الفيضان', 'إجلاء نحو 500 عائلة من الحي القديم بعد الفيضان'],
    ['Floods force 460 families out of the old quarter', 'Floods force about 500 families out of the old quarter'],
    ['سعر البرميل يستقر عند 72 دولارا في السوق', 'سعر البرميل يستقر عند أقل من 75 دولارا في السوق'],
    // Bounds written with ى, which the comparison form spells ي.
    ['الشركة تجمع 1.2 مليار دولار من السندات', 'الشركة تجمع ما يزيد على مليار دولار من السندات'],
    ['صادرات القمح تبلغ 130 ألف طن هذا الشهر', 'صادرات القمح تتخطى 100 ألف طن هذا الشهر'],
    ['سعر البرميل يستقر عند 70 دولارا في السوق', 'سعر البرميل يستقر عند أدنى من 75 دولارا في السوق'],
  ])('reports no number change for "%s" / "%s"', (a, b) => {
    expect(classifyPair(a, b)).not.toBe('number');
  });

  it.each([
    // A bound far from the other figure: nobody writes "more than 30 years" for a century.
    ['افتتاح أول مكتبة عامة في المدينة منذ أكثر من 30 عاما', 'افتتاح أول مكتبة عامة في المدينة منذ 100 عام'],
    // A figure on the wrong side of the bound.
    ['الشركة تجمع 900 مليون دولار من السندات', 'الشركة تجمع أكثر من مليار دولار من السندات'],
    ['إجلاء 300 عائلة من الحي القديم بعد الفيضان', 'إجلاء نحو 500 عائلة من الحي القديم بعد الفيضان'],
    ['إجلاء 470 عائلة من الحي القديم بعد الفيضان', 'إجلاء 500 عائلة من الحي القديم بعد الفيضان'],
  ])('still reports the number change for "%s" / "%s"', (a, b) => {
    expect(classifyPair(a, b)).toBe('number');
  });
});

describe('sentences turned round by an agent, possession or circumstance construction', () => {
  it('is no role swap: "X تسيطر على Y" / "Y تحت سيطرة X"', () => {
    expect(classifyPair('قوات الحكومة السورية تسيطر على ريف حلب الجنوبي', 'ريف حلب الجنوبي تحت سيطرة قوات الحكومة السورية')).not.toBe('entity');
  });

  it('still swaps roles when both sides use the same construction', () => {
    expect(classifyPair('قوات روسيا تحاصر مدينة في تركيا تحت غطاء جوي', 'قوات تركيا تحاصر مدينة في روسيا تحت غطاء جوي')).toBe('entity');
  });
});

describe('"غير" before a definite word qualifies a noun', () => {
  it('does not read "غير الشرعيين" as a negation', () => {
    const token = matchTokens('ترحيل المهاجرين غير الشرعيين من الجزيرة').find((t) => t.text === 'غير');
    expect(token?.negator).toBe(false);
  });

  it('matches "غير الشرعيين" with "الغير شرعيين"', () => {
    expect(classifyPair('السلطات ترحل مئات المهاجرين غير الشرعيين من الجزيرة', 'السلطات ترحل مئات المهاجرين الغير شرعيين من الجزيرة')).toBe('agreement');
  });

  it('still reads "غير" before an indefinite adjective as a negation', () => {
    expect(classifyPair('المحكمة تعتبر قرار الإغلاق قانونيا', 'المحكمة تعتبر قرار الإغلاق غير قانوني')).toBe('negation');
  });
});

describe('names after ل/ب + the article', () => {
  it.each([
    ['تراجع جديد للدولار أمام العملات', 'للدولار', 'الدولار'],
    ['طلب قياسي على الذهب والفضة بالذهب', 'بالذهب', 'الذهب'],
  ])('gives "%s" the referent of its gazetteer name (%s -> %s)', (text, word, name) => {
    const token = matchTokens(text).find((t) => t.text === word);
    const reference = matchTokens(name)[0];
    expect(token?.entityId).not.toBeNull();
    expect(token?.entityId).toBe(reference?.entityId);
  });

  it('reports the currency swap when one side writes "للريال" and the other "الدولار"', () => {
    expect(classifyPair('تراجع حاد للريال أمام العملات الأجنبية', 'تراجع حاد للدولار أمام العملات الأجنبية')).toBe('entity');
  });
});

describe('name order that is no swap of roles', () => {
  it('reads an object fronted with a pronoun on the verb as the same roles ("تطلقها أبوظبي")', () => {
    expect(classifyPair('أبوظبي تطلق حزمة تحفيز بقيمة 20 مليار درهم', 'حزمة تحفيز بقيمة 20 مليار درهم تطلقها أبوظبي')).not.toBe('entity');
  });

  it('reads two movements that keep their movers as the same roles', () => {
    expect(classifyPair('النفط يتراجع لأدنى مستوياته في شهر مع صعود الدولار', 'صعود للدولار مع تراجع النفط لأقل مستوياته في شهر')).not.toBe('entity');
  });

  it('still reports two movements whose movers changed places', () => {
    expect(classifyPair('النفط يتراجع أمام الدولار في تعاملات اليوم', 'الدولار يتراجع أمام النفط في تعاملات اليوم')).toBe('entity');
  });
});

describe('headline framing words', () => {
  it('compares "تعرف على" and "لمحة عن" as framing, not as a changed claim', () => {
    expect(classifyPair('تعرف على منظومة الصواريخ الجديدة التي تسلمها الجيش المصري', 'لمحة عن منظومة الصواريخ الجديدة التي تسلمها الجيش المصري')).toBe('agreement');
  });

  it('reports a framing word changed inside a quotation as quote wording', () => {
    // Prepare: one speaker quoted by two outlets, the quotes differing in the framing word only.
    const quoted = (id: string, outlet: string, quote: string): Claim => ({
      ...sentenceClaim(id, outlet, `قال الوزير سامي حداد: "${quote}"`),
      kind: 'quote',
      quote,
      speaker: 'سامي حداد',
      speakerKey: 'حداد',
    });
    const a = quoted('a', 'outlet-a', 'تعرف على برنامج الدعم الجديد للمزارعين في الجنوب');
    const b = quoted('b', 'outlet-b', 'لمحة عن برنامج الدعم الجديد للمزارعين في الجنوب');
    // Act
    const finding = compareClaims(a, b, '2027-01-01T00:00:00.000Z');
    // Assess: a quotation is the speaker's words; a changed word in it is a quote-wording finding.
    expect(finding?.kind).toBe('quote-wording');
  });

  it('still reports a changed claim word behind the same framing', () => {
    expect(classifyPair('تعرف على أسباب ارتفاع أسعار القمح في الأسواق', 'تعرف على أسباب انخفاض أسعار القمح في الأسواق')).toBe('negation');
  });
});
