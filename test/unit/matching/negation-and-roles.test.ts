import { classifyPair } from '../../../shared/matching/evaluate';
import { type MatchToken, matchTokens } from '../../../shared/matching/words';

/** The token written `word` in `text` (undefined when the tokenizer split or merged it differently). */
const tokenOf = (text: string, word: string): MatchToken | undefined => matchTokens(text).find((t) => t.text === word);

describe('negation particles are read on their written form', () => {
  it.each([
    ['المغني كاني ويست يحيي حفلا في باريس', 'ويست'],
    ['الحكومة غيرت موقفها من الاتفاق النووي', 'غيرت'],
    ['الشرطة ترحل المهاجرين الغير شرعيين', 'الغير'],
  ])('does not read "%s" as negated by "%s"', (text, word) => {
    // Prepare/Act
    const token = tokenOf(text, word);
    // Assess
    expect(token?.negator).toBe(false);
  });

  it.each([
    ['الحفلة ليست مجانية هذا العام', 'ليست'],
    ['المحكمة تعتبر القرار غير قانوني', 'غير'],
    ['الوزير لم يحضر الجلسة ولا نائبه', 'ولا'],
    ['الحكومة تتهم المعارضة بعدم احترام الهدنة', 'بعدم'],
    ['القافلة تصل إلى المدينة وبدون حراسة', 'وبدون'],
  ])('reads "%s" as negated by "%s"', (text, word) => {
    // Prepare/Act
    const token = tokenOf(text, word);
    // Assess
    expect(token?.negator).toBe(true);
  });

  it('reports no negation when one outlet drops the surname "ويست"', () => {
    // Prepare/Act
    const kind = classifyPair('المغني كاني ويست يحيي حفلا في باريس', 'المغني كاني يحيي حفلا في باريس');
    // Assess
    expect(kind).toBe('agreement');
  });

  it('reports a negation when one outlet adds "ليست"', () => {
    // Prepare/Act
    const kind = classifyPair('الحفلة ليست مجانية في لندن', 'الحفلة مجانية في لندن');
    // Assess
    expect(kind).toBe('negation');
  });
});

describe('"دون" before a number means "below"', () => {
  it('does not read "دون" before a price as a negator, but does before a noun', () => {
    // Prepare/Act
    const below = tokenOf('سعر الذهب دون 1300 دولار', 'دون');
    const without = tokenOf('انتهى الحريق دون ضحايا', 'دون');
    // Assess
    expect(below?.negator).toBe(false);
    expect(without?.negator).toBe(true);
  });

  it('reports agreement when one outlet adds the level "دون 1300 دولار"', () => {
    // Prepare/Act
    const kind = classifyPair(
      'الذهب ينهي الأسبوع دون 1300 دولار للأوقية مع تحسن شهية المخاطرة في الأسواق',
      'الذهب ينهي الأسبوع مع تحسن شهية المخاطرة في الأسواق',
    );
    // Assess
    expect(kind).toBe('agreement');
  });

  it('reports a negation for "دون ضحايا" against "يوقع ضحايا"', () => {
    // Prepare/Act
    const kind = classifyPair('حريق في مصنع للنسيج بالقاهرة دون ضحايا', 'حريق في مصنع للنسيج بالقاهرة يوقع ضحايا');
    // Assess
    expect(kind).toBe('negation');
  });
});

describe('a negator both outlets have is not a polarity change', () => {
  it.each([
    ['moved to the other end', 'مباراة بلا جمهور في ملعب القاهرة الدولي', 'في ملعب القاهرة الدولي مباراة بلا جمهور', 'agreement'],
    ['inflected and moved (تنفي / نفت)', 'وزارة الدفاع تنفي سقوط طائرة حربية قرب الحدود الشمالية', 'نفت وزارة الدفاع سقوط طائرة حربية قرب الحدود الشمالية', 'agreement'],
    ['inflected and moved (يرفض / رفض)', 'البرلمان يرفض مشروع قانون الضرائب الجديد', 'رفض البرلمان مشروع قانون الضرائب الجديد', 'agreement'],
    ['repeated for emphasis and reworded', 'الأردن يرفض رفضا قاطعا توطين اللاجئين', 'رفض أردني قاطع لتوطين اللاجئين', 'agreement'],
    ['repeated for emphasis', 'البرلمان يرفض رفضا قاطعا مشروع قانون الضرائب', 'البرلمان يرفض مشروع قانون الضرائب', 'agreement'],
  ])('does not report a negation for a negator %s', (_how, a, b, expected) => {
    // Prepare/Act
    const kind = classifyPair(a, b);
    // Assess
    expect(kind).toBe(expected);
  });

  // With a changed number too, the number is reported only when polarity agrees (the polarity check runs first).
  it.each([
    ['moved', 'number', 'الشرطة تفرج بدون كفالة عن 12 صحفيا معتقلا', 'الشرطة تفرج عن 15 صحفيا معتقلا بدون كفالة'],
    ['repeated for emphasis', 'number', 'البرلمان يرفض رفضا قاطعا مشروع قانون الضرائب بأغلبية 80 صوتا', 'البرلمان يرفض مشروع قانون الضرائب بأغلبية 90 صوتا'],
    ['on one side only', 'negation', 'الشرطة تفرج بدون كفالة عن 12 صحفيا معتقلا', 'الشرطة تفرج عن 15 صحفيا معتقلا بكفالة'],
  ])('with a negator %s and a changed number, reports %s', (_how, expected, a, b) => {
    // Prepare/Act
    const kind = classifyPair(a, b);
    // Assess
    expect(kind).toBe(expected);
  });

  it.each([
    ['الوزير يوافق على الخطة', 'الوزير لا يوافق على الخطة'],
    ['الوزير لا يوافق على الخطة', 'الوزير يوافق على الخطة'],
  ])('reports a negation when only one side has the negator: "%s" / "%s"', (a, b) => {
    // Prepare/Act
    const kind = classifyPair(a, b);
    // Assess
    expect(kind).toBe('negation');
  });
});

describe('organisation names with بلا / sans', () => {
  it.each([
    ['أطباء بلا حدود تفتح مستشفى في اليمن', ['أطباء', 'بلا', 'حدود']],
    ['Médecins sans frontières ouvre un hôpital au Yémen', ['Médecins', 'sans', 'frontières']],
  ])('reads "%s" as one organisation, with no negator in its name', (text, words) => {
    // Prepare/Act
    const tokens = words.map((w) => tokenOf(text, w));
    const arabicId = tokenOf('أطباء بلا حدود تفتح مستشفى في اليمن', 'أطباء')?.entityId;
    // Assess
    expect(arabicId).toEqual(expect.any(String));
    expect(tokens.map((t) => t?.entityId)).toEqual([arabicId, arabicId, arabicId]);
    expect(tokens.map((t) => t?.negator)).toEqual([false, false, false]);
  });

  it('reads "Reporters sans frontières" as one organisation other than Médecins sans frontières', () => {
    // Prepare/Act
    const rsf = ['Reporters', 'sans', 'frontières'].map((w) => tokenOf("Reporters sans frontières dénonce l'arrestation d'un journaliste", w)?.entityId);
    const msf = tokenOf('Médecins sans frontières ouvre un hôpital', 'Médecins')?.entityId;
    // Assess
    expect(rsf[0]).toEqual(expect.any(String));
    expect(rsf).toEqual([rsf[0], rsf[0], rsf[0]]);
    expect(rsf[0]).not.toBe(msf);
  });

  it('still reads "بلا" outside a name as a negator', () => {
    // Prepare/Act
    const token = tokenOf('انتخابات بلا مرشحين في المدينة', 'بلا');
    // Assess
    expect(token?.negator).toBe(true);
    expect(token?.entityId).toBeNull();
  });

  it('reports a changed organisation as an entity finding, not a negation', () => {
    // Prepare/Act
    const kind = classifyPair('أطباء بلا حدود تدين قصف مستشفى في اليمن', 'العفو الدولية تدين قصف مستشفى في اليمن');
    // Assess
    expect(kind).toBe('entity');
  });
});

describe('a head of state stands for the country', () => {
  it.each([
    ['أردوغان يعلن حظر استيراد القمح من روسيا', 'تركيا تعلن حظر استيراد القمح من روسيا'],
    ['ترامب يرفع الرسوم على الصلب الصيني', 'رسوم أمريكية جديدة على الصلب الصيني'],
  ])('reports agreement for "%s" / "%s"', (a, b) => {
    // Prepare/Act
    const kind = classifyPair(a, b);
    // Assess
    expect(kind).toBe('agreement');
  });

  it('reports an entity finding for two different people of one government', () => {
    // Prepare/Act
    const kind = classifyPair('بوتين يلتقي وزير الخارجية التركي في سوتشي', 'لافروف يلتقي وزير الخارجية التركي في سوتشي');
    // Assess
    expect(kind).toBe('entity');
  });

  it('keeps a leader apart from his country when his own side names that country too', () => {
    // Prepare/Act: "ماكرون" would stand for فرنسا, but his own side names فرنسا as well.
    const kind = classifyPair('ماكرون يتعهد بأن تلتزم فرنسا باتفاق باريس للمناخ', 'ميركل تتعهد بأن تلتزم فرنسا باتفاق باريس للمناخ');
    // Assess
    expect(kind).toBe('entity');
  });
});

describe('who did what to whom', () => {
  it.each([
    ['الصين تتحدى أمريكا بمناورات عسكرية قرب تايوان', 'أمريكا تتحدى الصين بمناورات عسكرية قرب تايوان'],
    ['بوتين يزور تركيا لبحث صفقة الغاز', 'أردوغان يزور روسيا لبحث صفقة الغاز'],
    ['الذهب يتراجع بسبب قوة الدولار', 'الدولار يتراجع بسبب قوة الذهب'],
  ])('reports swapped roles as an entity finding: "%s" / "%s"', (a, b) => {
    // Prepare/Act
    const kind = classifyPair(a, b);
    // Assess
    expect(kind).toBe('entity');
  });

  it('reports agreement when only one side turns the sentence with a cause construction', () => {
    // Prepare/Act
    const kind = classifyPair('الذهب يتراجع بسبب قوة الدولار', 'قوة الدولار تؤدي إلى تراجع الذهب');
    // Assess
    expect(kind).toBe('agreement');
  });
});

describe('a negator is never glued to the next word as a split spelling', () => {
  it('keeps "لا" of "لا لانتخاب" to face the other side\'s "عدم"', () => {
    // Prepare/Act: "لا" + "لانتخاب" would stem to "انتخاب", leaving "عدم" alone on the other side.
    const kind = classifyPair('النقابة تدعو إلى عدم انتخاب المرشحين الجدد في المجلس البلدي', 'النقابة: لا لانتخاب المرشحين الجدد في المجلس البلدي');
    // Assess
    expect(kind).not.toBe('negation');
  });
});
