import { compareClaims, findingId, orientFinding } from '../../../shared/matching/compare';
import type { Claim, DateFact, NumberFact } from '../../../shared/model';

const NOW = '2026-01-05T10:00:00.000Z';

interface Spec {
  id: string;
  outlet: string;
  text: string;
  quote?: string | null;
  speakerKey?: string | null;
  numbers?: NumberFact[];
  dates?: DateFact[];
  negated?: boolean;
}

/** A claim as the extractor would produce it, built by hand (the matcher must not depend on the extractor). */
function claim(spec: Spec): Claim {
  const quote = spec.quote ?? null;
  return {
    id: spec.id,
    articleId: spec.id.split('#')[0] as string,
    outlet: spec.outlet,
    kind: quote ? 'quote' : 'statement',
    text: spec.text,
    quote,
    speaker: spec.speakerKey ?? null,
    speakerKey: spec.speakerKey ?? null,
    start: 0,
    end: spec.text.length,
    numbers: spec.numbers ?? [],
    dates: spec.dates ?? [],
    negated: spec.negated ?? false,
  };
}

function quote(id: string, outlet: string, words: string, speakerKey: string | null = 'بوتين'): Claim {
  return claim({ id, outlet, text: `وقال ${speakerKey ?? 'المتحدث'}: «${words}».`, quote: words, speakerKey });
}

function num(value: number, text: string): NumberFact {
  return { value, text, start: 0, end: 0 };
}

const changes = (diff: { op: string; text: string }[]) => diff.filter((p) => p.op !== 'equal');

const TRUST = 'كنا نعتبر الجارة شريكا موثوقا وصديقا قديما، غير أن هذه الثقة يجري تبديدها اليوم';

describe('compareClaims: agreement', () => {
  it.each([
    ['سورية', 'في سورية', 'في سوريا'],
    ['hamza on alef', 'عبر أراضيها', 'عبر اراضيها'],
    ['tanween', 'عرضنا صوراً للشاحنات', 'عرضنا صورا للشاحنات'],
    ['hamza below alef', 'ما إدعاه الوزير', 'ما ادعاه الوزير'],
    ['damma', 'أظهرتُ الأدلة', 'أظهرت الأدلة'],
    ['digit script', 'قتل ٢٦ شخصا', 'قتل 26 شخصا'],
    ['month conventions', 'في 26 تشرين الثاني', 'في 26 نونبر'],
    ['split name', 'كما قال لو دريان', 'كما قال لودريان'],
  ])('reports %s variants as the same words', (_label, variantA, variantB) => {
    // Prepare
    const a = quote('rt#0001', 'rt-arabic', `${TRUST} ${variantA}`);
    const b = quote('elaph#0001', 'elaph', `${TRUST} ${variantB}`);
    // Act
    const finding = compareClaims(a, b, NOW);
    // Assess
    expect(finding?.kind).toBe('agreement');
    expect(finding?.severity).toBe('info');
    expect(finding?.similarity).toBe(1);
    expect(changes(finding?.diff ?? [])).toEqual([]);
  });

  it('ignores function words and punctuation around the same statement', () => {
    // Prepare
    const a = claim({ id: 'rt#0002', outlet: 'rt-arabic', text: 'قال بوتين «إن الحوار مع باريس يبقى مفتوحا في كل الملفات»' });
    const b = claim({ id: 'elaph#0002', outlet: 'elaph', text: 'وقال بوتين: "الحوار مع باريس يبقى مفتوحا في كل الملفات".' });
    // Act
    const finding = compareClaims(a, b, NOW);
    // Assess
    expect(finding?.kind).toBe('agreement');
  });

  it('compares English and French quotes the same way', () => {
    // Prepare
    const en = compareClaims(quote('bbc#0001', 'bbc', 'We are ready to share intelligence with our partners', 'Putin'), quote('ap#0001', 'ap', 'We are ready to share intelligence with our partner', 'Putin'), NOW);
    const fr = compareClaims(quote('lm#0001', 'le-monde', "Nous sommes prêts à partager l'information avec nos partenaires", 'Poutine'), quote('lf#0001', 'le-figaro', "Nous sommes prets a partager l’information avec nos partenaires", 'Poutine'), NOW);
    // Assess
    expect(en?.kind).toBe('agreement');
    expect(fr?.kind).toBe('agreement');
  });
});

describe('compareClaims: quote wording', () => {
  it('reports a substituted content word inside a quote as a major wording change with a one-word diff', () => {
    // Prepare
    const a = quote('rt#0003', 'rt-arabic', TRUST);
    const b = quote('elaph#0003', 'elaph', TRUST.replace('تبديدها', 'إهدارها'));
    // Act
    const finding = compareClaims(b, a, NOW);
    // Assess
    expect(finding?.kind).toBe('quote-wording');
    expect(finding?.severity).toBe('major');
    expect(finding?.claim.claimId).toBe('elaph#0003');
    expect(changes(finding?.diff ?? [])).toEqual([
      { op: 'delete', text: 'إهدارها' },
      { op: 'insert', text: 'تبديدها' },
    ]);
    expect(finding?.explanation).toBe('rt-arabic quotes بوتين with "تبديدها" where elaph has "إهدارها"');
    expect(finding?.similarity).toBeGreaterThan(0.9);
    expect(finding?.similarity).toBeLessThan(1);
  });

  it('reports an added function word inside a quote as a minor wording change', () => {
    // Prepare
    const a = quote('rt#0004', 'rt-arabic', TRUST);
    const b = quote('elaph#0004', 'elaph', TRUST.replace('هذه الثقة', 'هذه الثقة نفسها'));
    // Act
    const finding = compareClaims(a, b, NOW);
    // Assess
    expect(finding?.kind).toBe('quote-wording');
    expect(finding?.severity).toBe('minor');
  });

  it('reports English wording changes', () => {
    // Prepare
    const a = quote('ap#0002', 'ap', 'Our neighbour was a trusted friend but that trust is being eroded now', 'Putin');
    const b = quote('bbc#0002', 'bbc', 'Our neighbour was a trusted friend but that trust is being destroyed now', 'Putin');
    // Act
    const finding = compareClaims(a, b, NOW);
    // Assess
    expect(finding?.kind).toBe('quote-wording');
    expect(changes(finding?.diff ?? [])).toEqual([
      { op: 'delete', text: 'eroded' },
      { op: 'insert', text: 'destroyed' },
    ]);
  });
});

describe('compareClaims: speakers', () => {
  it('names the speaker by surname when speaker keys are transliteration skeletons', () => {
    // Prepare
    const base = { speaker: 'الرئيس الروسي فلاديمير بوتين', speakerKey: 'btn' };
    const a = { ...quote('rt#0030', 'rt-arabic', TRUST), ...base };
    const b = { ...quote('elaph#0030', 'elaph', TRUST.replace('تبديدها', 'إهدارها')), ...base };
    // Act
    const finding = compareClaims(a, b, NOW);
    // Assess
    expect(finding?.explanation).toBe('rt-arabic quotes بوتين with "تبديدها" where elaph has "إهدارها"');
  });

  it('keeps a surname particle in the name and reports skeleton keys that differ as another speaker', () => {
    // Prepare
    const a = { ...quote('rt#0031', 'rt-arabic', TRUST), speaker: 'وزير الدفاع جان إيف لو دريان', speakerKey: 'ldrn' };
    const b = { ...quote('sana#0031', 'sana', TRUST), speaker: 'وزير الخارجية لوران فابيوس', speakerKey: 'fbs' };
    // Act
    const finding = compareClaims(a, b, NOW);
    // Assess
    expect(finding?.kind).toBe('attribution');
    expect(finding?.explanation).toBe('rt-arabic attributes the words to لو دريان where sana names فابيوس');
  });
});

describe('compareClaims: other discrepancies', () => {
  it('reports a truncated quote as an omission', () => {
    // Prepare
    const full = quote('rt#0005', 'rt-arabic', TRUST);
    const cut = quote('elaph#0005', 'elaph', 'غير أن هذه الثقة يجري تبديدها اليوم');
    // Act
    const finding = compareClaims(full, cut, NOW);
    // Assess
    expect(finding?.kind).toBe('omission');
    expect(finding?.explanation).toContain('elaph quotes only part');
    // elaph#… sorts before rt#…, so the diff runs from the cut quote to the full one.
    expect(changes(finding?.diff ?? [])).toEqual([{ op: 'insert', text: 'كنا نعتبر الجارة شريكا موثوقا وصديقا قديما' }]);
  });

  it('reports a three-word quote whose condition another outlet quotes as an omission', () => {
    // Prepare: the short quote drops the condition that changes what was promised.
    const full = quote('rt#0007', 'rt-arabic', 'سنرفع الحصار قريبا بشرط أن تنسحب الفصائل المسلحة من الساحل الشمالي قبل حلول الشتاء');
    const cut = quote('elaph#0007', 'elaph', 'سنرفع الحصار قريبا');
    // Act
    const finding = compareClaims(full, cut, NOW);
    // Assess
    expect(finding?.kind).toBe('omission');
    expect(finding?.explanation).toContain('بشرط');
  });

  it('tells two content words cut from the start of a quote (omission) from two changed inside it (wording)', () => {
    // Prepare
    const full = quote('rt#0008', 'rt-arabic', 'المفاوضات صعبة لكننا سنواصل الحوار مع جميع الأطراف حتى نهاية العام');
    const cutAtStart = quote('elaph#0008', 'elaph', 'لكننا سنواصل الحوار مع جميع الأطراف حتى نهاية العام');
    const cutInside = quote('sana#0008', 'sana', 'المفاوضات صعبة لكننا سنواصل الحوار مع جميع حتى نهاية العام');
    // Act
    const atStart = compareClaims(full, cutAtStart, NOW);
    const inside = compareClaims(full, cutInside, NOW);
    // Assess
    expect(atStart?.kind).toBe('omission');
    expect(atStart?.explanation).toContain('المفاوضات صعبة');
    expect(inside?.kind).toBe('quote-wording');
  });

  it('reports the same words given to another speaker as an attribution discrepancy', () => {
    // Prepare
    const a = quote('rt#0006', 'rt-arabic', TRUST, 'بوتين');
    const b = quote('sana#0006', 'sana', TRUST, 'لافروف');
    // Act
    const finding = compareClaims(a, b, NOW);
    // Assess
    expect(finding?.kind).toBe('attribution');
    expect(finding?.severity).toBe('major');
    expect(finding?.explanation).toContain('لافروف');
  });

  it('reports a different number', () => {
    // Prepare
    const a = claim({ id: 'rt#0007', outlet: 'rt-arabic', text: 'أودت الهجمات بحياة 130 شخصا في العاصمة', numbers: [num(130, '130')] });
    const b = claim({ id: 'sana#0007', outlet: 'sana', text: 'أودت الهجمات بحياة ١٢٩ شخصا في العاصمة', numbers: [num(129, '١٢٩')] });
    // Act
    const finding = compareClaims(a, b, NOW);
    // Assess
    expect(finding?.kind).toBe('number');
    expect(finding?.explanation).toBe('rt-arabic has "130" where sana has "١٢٩"');
  });

  it('reports a different date, comparing only the parts both sides give', () => {
    // Prepare
    const day = (d: number, m: number, y: number | null, text: string): DateFact => ({ day: d, month: m, year: y, text, start: 0, end: 0 });
    const a = claim({ id: 'rt#0008', outlet: 'rt-arabic', text: 'التقى الرئيسان في موسكو يوم 26 تشرين الثاني 2015', dates: [day(26, 11, 2015, '26 تشرين الثاني 2015')] });
    const same = claim({ id: 'mg#0008', outlet: 'maghreb-daily', text: 'التقى الرئيسان في موسكو يوم 26 نونبر', dates: [day(26, 11, null, '26 نونبر')] });
    const other = claim({ id: 'sana#0008', outlet: 'sana', text: 'التقى الرئيسان في موسكو يوم 24 تشرين الثاني 2015', dates: [day(24, 11, 2015, '24 تشرين الثاني 2015')] });
    // Act/Assess
    expect(compareClaims(a, same, NOW)?.kind).toBe('agreement');
    expect(compareClaims(a, other, NOW)?.kind).toBe('date');
  });

  it('reports a month changed across conventions as a date discrepancy even without extracted dates', () => {
    // Prepare
    const a = claim({ id: 'rt#0009', outlet: 'rt-arabic', text: 'وصل الوفد إلى العاصمة في 13 تشرين الثاني الماضي' });
    const b = claim({ id: 'mg#0009', outlet: 'maghreb-daily', text: 'وصل الوفد إلى العاصمة في 13 أكتوبر الماضي' });
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).toBe('date');
  });

  it('reports negation from the claim flag and from a negator token', () => {
    // Prepare
    const a = claim({ id: 'rt#0010', outlet: 'rt-arabic', text: 'السلطات تقوم بحرق النفط المهرب عبر أراضيها' });
    const b = claim({ id: 'sana#0010', outlet: 'sana', text: 'السلطات لا تقوم بحرق النفط المهرب عبر أراضيها', negated: true });
    const c = claim({ id: 'ap#0010', outlet: 'ap', text: 'The authorities are burning the smuggled oil on their territory' });
    const d = claim({ id: 'bbc#0010', outlet: 'bbc', text: 'The authorities are not burning the smuggled oil on their territory' });
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).toBe('negation');
    expect(compareClaims(a, b, NOW)?.explanation).toContain('sana negates the claim ("لا")');
    expect(compareClaims(c, d, NOW)?.kind).toBe('negation');
  });

  it('keeps the same negated words on both sides an agreement', () => {
    // Prepare
    const a = quote('rt#0011', 'rt-arabic', 'لكن شركاءنا غير مستعدين لتحالف أوسع في هذه المرحلة');
    const b = quote('elaph#0011', 'elaph', 'ولكن شركاءنا غير مستعدين لتحالف أوسع في هذه المرحلة');
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).toBe('agreement');
  });

  it('reports a substituted place, leader or capitalised name as an entity discrepancy', () => {
    // Prepare
    const a = claim({ id: 'rt#0012', outlet: 'rt-arabic', text: 'قفزة جديدة في إنتاج الغاز في مصر خلال الربع الأخير' });
    const b = claim({ id: 'sana#0012', outlet: 'sana', text: 'قفزة جديدة في إنتاج الغاز في ليبيا خلال الربع الأخير' });
    const c = claim({ id: 'ap#0012', outlet: 'ap', text: 'The minister met his counterpart in Berlin on Monday morning' });
    const d = claim({ id: 'bbc#0012', outlet: 'bbc', text: 'The minister met his counterpart in Vienna on Monday morning' });
    // Act
    const arabic = compareClaims(a, b, NOW);
    // Assess
    expect(arabic?.kind).toBe('entity');
    expect(arabic?.explanation).toBe('rt-arabic names "مصر" where sana names "ليبيا"');
    expect(compareClaims(c, d, NOW)?.kind).toBe('entity');
  });

  it('reports a reversed direction as a polarity discrepancy', () => {
    // Prepare
    const a = claim({ id: 'rt#0013', outlet: 'rt-arabic', text: 'ارتفاع أسعار القمح في الأسواق العالمية بعد موجة الجفاف' });
    const b = claim({ id: 'sana#0013', outlet: 'sana', text: 'تراجع أسعار القمح في الأسواق العالمية بعد موجة الجفاف' });
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).toBe('negation');
  });
});

describe('compareClaims: statements', () => {
  const statement = (id: string, outlet: string, text: string) => claim({ id, outlet, text });

  it('does not report a nationality adjective and its country as different names', () => {
    // Prepare
    const a = statement('rt#0020', 'rt-arabic', 'محكمة مصرية تقضي بسجن ثلاثة صحفيين بتهمة نشر أخبار كاذبة');
    const b = statement('sana#0020', 'sana', 'مصر: محكمة تقضي بسجن ثلاثة صحفيين بتهمة نشر أخبار كاذبة');
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).toBe('agreement');
  });

  it('reports two names swapping roles around the same verb', () => {
    // Prepare
    const a = statement('rt#0021', 'rt-arabic', 'كندا تقاضي أميركا بسبب الرسوم على الأخشاب');
    const b = statement('sana#0021', 'sana', 'أميركا تقاضي كندا بسبب الرسوم على الأخشاب');
    // Act
    const finding = compareClaims(a, b, NOW);
    // Assess
    expect(finding?.kind).toBe('entity');
    expect(finding?.explanation).toContain('swap the roles');
  });

  it('reads inflected direction words and number words', () => {
    // Prepare
    const fell = statement('rt#0022', 'rt-arabic', 'الحكومة سجلت انخفاضا في عدد العاطلين عن العمل هذا العام');
    const rose = statement('sana#0022', 'sana', 'الحكومة سجلت ارتفاعا في عدد العاطلين عن العمل هذا العام');
    const fifth = statement('ap#0022', 'ap', 'احتل المنتخب المرتبة الخامسة في البطولة القارية');
    const tenth = statement('bbc#0022', 'bbc', 'احتل المنتخب المرتبة العاشرة في البطولة القارية');
    const digits = statement('lm#0022', 'le-monde', 'احتل المنتخب المرتبة 5 في البطولة القارية');
    // Act/Assess
    expect(compareClaims(fell, rose, NOW)?.kind).toBe('negation');
    expect(compareClaims(fifth, tenth, NOW)?.kind).toBe('number');
    expect(compareClaims(fifth, digits, NOW)?.kind).toBe('agreement');
  });

  it('reads "لا يزال" as "still", not as a negation', () => {
    // Prepare
    const a = statement('rt#0023', 'rt-arabic', 'الجيش لا يزال يحاصر المدينة من ثلاث جهات');
    const b = statement('sana#0023', 'sana', 'الجيش يحاصر المدينة من ثلاث جهات');
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).not.toBe('negation');
  });

  it('reports a failure verb as a negation of the action', () => {
    // Prepare
    const a = statement('rt#0024', 'rt-arabic', 'الدفاعات الجوية تسقط طائرة مسيرة فوق العاصمة');
    const b = statement('sana#0024', 'sana', 'الدفاعات الجوية تفشل في إسقاط طائرة مسيرة فوق العاصمة');
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).toBe('negation');
  });

  it('reports a statement with one content word swapped as a minor contradiction naming both words', () => {
    // Prepare
    const a = statement('rt#0025', 'rt-arabic', 'الصحفية تتلقى تهديدات بالقتل بعد نشر تحقيقها عن الفساد');
    const b = statement('sana#0025', 'sana', 'الصحفية تتلقى تهديدات بالخطف بعد نشر تحقيقها عن الفساد');
    // Act
    const finding = compareClaims(a, b, NOW);
    // Assess
    expect(finding?.kind).toBe('negation');
    expect(finding?.severity).toBe('minor');
    expect(finding?.explanation).toBe('rt-arabic says "بالقتل" where sana says "بالخطف": the claims contradict each other');
  });

  const COMMITTEE = 'ضرورة تشكيل لجنة وطنية مستقلة لمراقبة الانتخابات البلدية والعمل معا';

  it('reports agreement for a long claim whose only reworded word refers back to it', () => {
    // Prepare: "in this direction" against "to accomplish it", everything else aligned.
    const a = statement('rt#0027', 'rt-arabic', 'مضيفا أنه من الضروري تشكيل لجنة وطنية مستقلة لمراقبة الانتخابات البلدية والعمل معا في هذا الاتجاه');
    const b = statement('sana#0027', 'sana', `وتحدث عن ${COMMITTEE} لإنجازها`);
    // Act
    const finding = compareClaims(a, b, NOW);
    // Assess
    expect(finding?.kind).toBe('agreement');
  });

  it('does not call a long claim with one plain word swapped an agreement', () => {
    // Prepare: the elections changed, not a back-reference.
    const a = statement('rt#0028', 'rt-arabic', `وتحدث عن ${COMMITTEE} في هذا الاتجاه`);
    const b = statement('sana#0028', 'sana', `وتحدث عن ${COMMITTEE.replace('الانتخابات', 'الأسعار')} في هذا الاتجاه`);
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).not.toBe('agreement');
  });

  it('does not call a back-reference replaced by a new detail an agreement', () => {
    // Prepare: only one side refers back; the other adds where the committee works.
    const a = statement('rt#0029', 'rt-arabic', `وتحدث عن ${COMMITTEE} لإنجازها`);
    const b = statement('sana#0029', 'sana', `وتحدث عن ${COMMITTEE} بالجنوب`);
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).not.toBe('agreement');
  });

  it('reports a contradiction between reworded statements of one topic, but never their agreement', () => {
    // Prepare
    const a = statement('rt#0026', 'rt-arabic', 'أسعار النفط ترتفع في الأسواق الآسيوية مع بداية التداول');
    const b = statement('sana#0026', 'sana', 'تراجع أسعار النفط عند افتتاح جلسات آسيا');
    const c = statement('ap#0026', 'ap', 'صعود أسعار النفط عند افتتاح جلسات آسيا');
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).toBe('negation');
    expect(compareClaims(a, c, NOW)).toBeNull();
  });
});

describe('compareClaims: no finding', () => {
  it('reports nothing within one outlet', () => {
    // Prepare
    const a = quote('rt#0014', 'rt-arabic', TRUST);
    const b = quote('rt2#0001', 'rt-arabic', TRUST.replace('تبديدها', 'إهدارها'));
    // Act/Assess
    expect(compareClaims(a, b, NOW)).toBeNull();
  });

  it('reports nothing for unrelated sentences of the same story', () => {
    // Prepare
    const a = quote('rt#0015', 'rt-arabic', TRUST);
    const b = quote('elaph#0015', 'elaph', 'نريد تنسيقا وتبادلا للمعلومات مع الشركاء لمواجهة الإرهاب في المنطقة');
    // Act/Assess
    expect(compareClaims(a, b, NOW)).toBeNull();
  });

  it('reports nothing for two sentences that share only names and titles', () => {
    // Prepare
    const a = claim({ id: 'rt#0017', outlet: 'rt-arabic', text: 'أكد الرئيس الروسي فلاديمير بوتين مع نظيره الفرنسي فرانسوا هولاند ضرورة تعزيز العمل المشترك ضد الإرهاب' });
    const b = claim({ id: 'mg#0017', outlet: 'maghreb-daily', text: 'جاءت زيارة الوزير استكمالا لزيارة الرئيس الفرنسي فرانسوا هولاند الذي التقى نظيره الروسي فلاديمير بوتين الشهر الماضي' });
    // Act/Assess
    expect(compareClaims(a, b, NOW)).toBeNull();
  });

  it('compares a quotation by its quoted words, not by the rest of its sentence', () => {
    // Prepare
    const sentence = 'وقال هولاند «جئنا لتنسيق العمل مع الشركاء في مكافحة الإرهاب»، مضيفا أنه من الضروري إنشاء تحالف واسع';
    const quoted = { ...quote('sana#0018', 'sana', 'جئنا لتنسيق العمل مع الشركاء في مكافحة الإرهاب', 'هولاند'), text: sentence };
    const reported = claim({ id: 'rt#0018', outlet: 'rt-arabic', text: 'وأضاف هولاند أنه من الضروري إنشاء تحالف واسع', speakerKey: 'هولاند' });
    // Act/Assess
    expect(compareClaims(quoted, reported, NOW)).toBeNull();
  });

  it('reports nothing when different speakers say different things', () => {
    // Prepare
    const a = quote('rt#0016', 'rt-arabic', TRUST, 'بوتين');
    const b = quote('elaph#0016', 'elaph', 'كنا نعتبر الجارة شريكا، غير أن الثقة انتهت', 'أردوغان');
    // Act/Assess
    expect(compareClaims(a, b, NOW)).toBeNull();
  });
});

describe('finding identity and orientation', () => {
  it('derives the same finding whichever claim comes first', () => {
    // Prepare
    const a = quote('rt#0003', 'rt-arabic', TRUST);
    const b = quote('elaph#0003', 'elaph', TRUST.replace('تبديدها', 'إهدارها'));
    // Act
    const ab = compareClaims(a, b, NOW);
    const ba = compareClaims(b, a, NOW);
    // Assess
    expect(ab).toEqual(ba);
    expect(ab?.id).toBe(findingId('rt#0003', 'elaph#0003'));
    expect(ab?.id).toMatch(/^[0-9a-f]{16}$/);
    expect(findingId('x#0001', 'y#0002')).not.toBe(ab?.id);
  });

  it('orients a finding to either article and back', () => {
    // Prepare
    const finding = compareClaims(quote('rt#0003', 'rt-arabic', TRUST), quote('elaph#0003', 'elaph', TRUST.replace('تبديدها', 'إهدارها')), NOW);
    if (!finding) throw new Error('expected a finding');
    // Act
    const forRt = orientFinding(finding, 'rt');
    const back = orientFinding(forRt, 'elaph');
    // Assess
    expect(forRt.claim.articleId).toBe('rt');
    expect(changes(forRt.diff)).toEqual([
      { op: 'delete', text: 'تبديدها' },
      { op: 'insert', text: 'إهدارها' },
    ]);
    expect(back).toEqual(finding);
    expect(orientFinding(finding, 'elaph')).toBe(finding);
  });
});
