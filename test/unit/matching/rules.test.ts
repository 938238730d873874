import { compareClaims } from '../../../shared/matching/compare';
import { isExplicitDate, sameSpeaker } from '../../../shared/matching/facts';
import type { Claim, DateFact } from '../../../shared/model';

const NOW = '2026-02-01T09:00:00.000Z';

interface Spec {
  id: string;
  outlet: string;
  text: string;
  quote?: string;
  speaker?: string | null;
  speakerKey?: string | null;
  dates?: DateFact[];
  negated?: boolean;
  kind?: Claim['kind'];
}

/** A claim as the extractor would produce it, built by hand. */
function claim(spec: Spec): Claim {
  return {
    id: spec.id,
    articleId: spec.id.split('#')[0] as string,
    outlet: spec.outlet,
    kind: spec.kind ?? (spec.quote ? 'quote' : 'statement'),
    text: spec.text,
    quote: spec.quote ?? null,
    speaker: spec.speaker ?? null,
    speakerKey: spec.speakerKey ?? null,
    start: 0,
    end: spec.text.length,
    numbers: [],
    dates: spec.dates ?? [],
    negated: spec.negated ?? false,
  };
}

const date = (text: string, day: number | null, month: number | null, year: number | null = null): DateFact => ({ text, day, month, year, start: 0, end: 0 });

describe('dates: only dates written out can differ', () => {
  it.each([
    ['a day and a Levantine month', '4 أيلول', true],
    ['a Moroccan month', '17 شتنبر', true],
    ['a year', 'عام 2024', true],
    ['a numeric date', '14/03/2027', true],
    ['today', 'اليوم', false],
    ['yesterday', 'أمس', false],
    ['a weekday', 'الأربعاء', false],
    ['last month', 'الشهر الماضي', false],
    ['an English month that is also a word, with its day', 'May 3', true],
    ['a day of last month', '24 الشهر الماضي', false],
  ])('treats %s as explicit: %s', (_label, text, explicit) => {
    // Act/Assess
    expect(isExplicitDate(date(text, 1, 1))).toBe(explicit);
  });

  it('does not report "today" in a quote as another date when the papers came out a day apart', () => {
    // Prepare: each extractor resolved "اليوم" against its own paper's date.
    const words = 'القرار الذي اتخذناه اليوم لا رجعة فيه مهما كانت الضغوط';
    const a = claim({ id: 'evening#0001', outlet: 'evening-post', text: `قال الوزير: «${words}».`, quote: words, speakerKey: 'وزير', dates: [date('اليوم', 5, 2)] });
    const b = claim({ id: 'morning#0001', outlet: 'morning-star', text: `وقال الوزير: «${words}».`, quote: words, speakerKey: 'وزير', dates: [date('اليوم', 6, 2)] });
    // Act
    const finding = compareClaims(a, b, NOW);
    // Assess
    expect(finding?.kind).toBe('agreement');
  });

  it('reports a different year written without a date word as a date change, not a number', () => {
    // Prepare
    const a = claim({ id: 'a#0001', outlet: 'a', text: 'تأسست الجمعية الخيرية في 1994 على يد مجموعة من المعلمين' });
    const b = claim({ id: 'b#0001', outlet: 'b', text: 'تأسست الجمعية الخيرية في 1996 على يد مجموعة من المعلمين' });
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).toBe('date');
  });
});

describe('speakers: one person under two mentions', () => {
  it.each([
    ['hamza seats', 'مسؤول في الوزارة', 'msol', 'مسئول في الوزارة', 'msyl'],
    ['a compound name written apart and joined, one of them cut short', 'المدير عبدالكريم الصافي', 'sfi', 'المدير عبد الكريم', 'krm'],
  ])('treats %s as the same speaker', (_label, displayA, keyA, displayB, keyB) => {
    // Prepare
    const a = claim({ id: 'a#1', outlet: 'a', text: 'x', speaker: displayA, speakerKey: keyA });
    const b = claim({ id: 'b#1', outlet: 'b', text: 'x', speaker: displayB, speakerKey: keyB });
    // Act/Assess
    expect(sameSpeaker(a, b)).toBe(true);
  });

  it('tells two named people apart', () => {
    // Prepare
    const a = claim({ id: 'a#1', outlet: 'a', text: 'x', speaker: 'وزير الزراعة منير العطار', speakerKey: 'atr' });
    const b = claim({ id: 'b#1', outlet: 'b', text: 'x', speaker: 'وزير التجارة هاني سليم', speakerKey: 'slm' });
    // Act/Assess
    expect(sameSpeaker(a, b)).toBe(false);
  });
});

describe('polarity', () => {
  it('reads "بلا توقف" (non-stop) as an idiom, not a negation', () => {
    // Prepare
    const a = claim({ id: 'a#1', outlet: 'a', text: 'x', quote: 'فرق الصيانة تعمل بلا توقف لإعادة التيار إلى القرى الجبلية', speakerKey: 'مدير' });
    const b = claim({ id: 'b#1', outlet: 'b', text: 'x', quote: 'فرق الصيانة تعمل دون انقطاع لإعادة التيار إلى القرى الجبلية', speakerKey: 'مدير' });
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).toBe('quote-wording');
  });

  it('does not call a quote cut before a negated condition a negation', () => {
    // Prepare
    const full = 'المحصول سيكون وفيرا هذا العام إذا لم تتأخر الأمطار أكثر من شهر';
    const a = claim({ id: 'a#1', outlet: 'a', text: 'x', quote: full, speakerKey: 'وزير', negated: true });
    const b = claim({ id: 'b#1', outlet: 'b', text: 'x', quote: 'المحصول سيكون وفيرا هذا العام', speakerKey: 'وزير' });
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).toBe('omission');
  });

  it('finds opposite words among the words only one side has, even when both sides share a word of either direction', () => {
    // Prepare: "توقف" (a stop) is on both sides; "استئناف" and "تجميد" face each other.
    const a = claim({ id: 'a#1', outlet: 'a', text: 'أعلنت البلدية استئناف أشغال الترامواي بعد توقف دام عاما' });
    const b = claim({ id: 'b#1', outlet: 'b', text: 'أعلنت البلدية تجميد أشغال الترامواي بعد توقف دام عاما' });
    // Act
    const finding = compareClaims(a, b, NOW);
    // Assess
    expect(finding?.kind).toBe('negation');
    expect(finding?.explanation).toContain('استئناف');
  });

  it('lets a word on both sides match itself before it excuses a change next to it', () => {
    // Prepare: "فرض" and "الحظر" share the direction "ban"; "الحظر" must not explain "فرض".
    const a = claim({ id: 'a#1', outlet: 'a', text: 'قررت الولاية رفع الحظر عن صيد السردين في الخليج' });
    const b = claim({ id: 'b#1', outlet: 'b', text: 'قررت الولاية فرض الحظر على صيد السردين في الخليج' });
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).toBe('negation');
  });
});

describe('names and roles', () => {
  it('does not read a role swap into a sentence whose place name recurs (dateline and body)', () => {
    // Prepare: "تونس" opens one sentence as a dateline and is named again inside both.
    const a = claim({ id: 'a#1', outlet: 'a', text: 'تونس – التقى الوزير الليبي نظيره التونسي في تونس لبحث ملف المعابر' });
    const b = claim({ id: 'b#1', outlet: 'b', text: 'التقى الوزير الليبي نظيره التونسي في تونس لبحث ملف المعابر' });
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).toBe('agreement');
  });
});

describe('names of one country', () => {
  it('does not report a capital written for its country as a change of name', () => {
    // Prepare
    const a = claim({ id: 'a#1', outlet: 'a', text: 'طهران تستدعي السفير احتجاجا على تصريحات وزير الخارجية' });
    const b = claim({ id: 'b#1', outlet: 'b', text: 'إيران تستدعي السفير احتجاجا على تصريحات وزير الخارجية' });
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).toBe('agreement');
  });

  it('still reports one country swapped for another as an entity change', () => {
    // Prepare
    const a = claim({ id: 'a#1', outlet: 'a', text: 'إيران تستدعي السفير احتجاجا على تصريحات وزير الخارجية' });
    const b = claim({ id: 'b#1', outlet: 'b', text: 'العراق تستدعي السفير احتجاجا على تصريحات وزير الخارجية' });
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).toBe('entity');
  });

  it('reports a French nationality adjective swapped for another as an entity change, whatever its gender', () => {
    // Prepare: lower-case adjectives, feminine on one side.
    const a = claim({ id: 'a#1', outlet: 'a', text: 'Une délégation italienne est arrivée mardi à Tunis pour négocier le contrat du port' });
    const b = claim({ id: 'b#1', outlet: 'b', text: 'Une délégation allemande est arrivée mardi à Tunis pour négocier le contrat du port' });
    const c = claim({ id: 'c#1', outlet: 'c', text: 'Le ministre italien est arrivé mardi à Tunis pour négocier le contrat du port' });
    const d = claim({ id: 'd#1', outlet: 'd', text: "Le ministre de l'Italie est arrivé mardi à Tunis pour négocier le contrat du port" });
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).toBe('entity');
    expect(compareClaims(c, d, NOW)?.kind).not.toBe('entity');
  });

  it('does not report the seat of government named for the country as a contradiction', () => {
    // Prepare: synonyms on both sides ("البيت الأبيض" / "واشنطن", "يندد" / "يدين", "الغارة" / "القصف").
    const a = claim({ id: 'a#1', outlet: 'a', text: 'البيت الأبيض يندد بالغارة على قافلة الإغاثة قرب الحدود' });
    const b = claim({ id: 'b#1', outlet: 'b', text: 'واشنطن تدين القصف على قافلة الإغاثة قرب الحدود' });
    // Act
    const kind = compareClaims(a, b, NOW)?.kind;
    // Assess
    expect(kind === undefined || kind === 'agreement').toBe(true);
  });
});

describe('names of more than one word', () => {
  it('reports one international lender swapped for another as an entity change', () => {
    // Prepare: "الدولي" is on both sides; only the whole name tells the lenders apart.
    const a = claim({ id: 'a#1', outlet: 'a', text: 'وافق البنك الدولي على منح الحكومة تمويلا لإصلاح شبكة الكهرباء' });
    const b = claim({ id: 'b#1', outlet: 'b', text: 'وافق صندوق النقد الدولي على منح الحكومة تمويلا لإصلاح شبكة الكهرباء' });
    const c = claim({ id: 'c#1', outlet: 'c', text: 'The World Bank approved a loan to repair the power grid' });
    const d = claim({ id: 'd#1', outlet: 'd', text: 'The International Monetary Fund approved a loan to repair the power grid' });
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).toBe('entity');
    expect(compareClaims(c, d, NOW)?.kind).toBe('entity');
  });

  it('treats a shorter or translated spelling of one organisation as the same name', () => {
    // Prepare
    const a = claim({ id: 'a#1', outlet: 'a', text: 'وافق صندوق النقد الدولي على منح الحكومة تمويلا لإصلاح شبكة الكهرباء' });
    const b = claim({ id: 'b#1', outlet: 'b', text: 'وافق صندوق النقد على منح الحكومة تمويلا لإصلاح شبكة الكهرباء' });
    // Act
    const kind = compareClaims(a, b, NOW)?.kind;
    // Assess
    expect(kind).toBe('agreement');
  });
});

describe('a quotation against an unattributed claim', () => {
  it('reports no discrepancy between a quote and a sentence that reports somebody else', () => {
    // Prepare: the statement relays the other side's claim that the quote answers.
    const a = claim({ id: 'a#1', outlet: 'a', text: 'x', quote: 'لا نرى أن الشركة تدفع أجور العمال في مواعيدها', speaker: 'النقابي سالم', speakerKey: 'slm' });
    const b = claim({ id: 'b#1', outlet: 'b', text: 'في رد على ما قالته الإدارة بأن الشركة تدفع أجور العمال في مواعيدها' });
    // Act/Assess
    expect(compareClaims(a, b, NOW)).toBeNull();
  });
});

describe('contradictions the model reports must point at something', () => {
  it('does not call two outlets adding different context around one claim a contradiction', () => {
    // Prepare
    const a = claim({ id: 'a#1', outlet: 'a', text: 'أكد مدير الميناء خلال جولة تفقدية برفقة خبراء أجانب صباح الإثنين استئناف تصدير الفوسفات عبر الرصيف الجديد' });
    const b = claim({ id: 'b#1', outlet: 'b', text: 'أكد مدير الميناء وفق ما أوردته الصحافة المحلية الصادرة أمس استئناف تصدير الفوسفات عبر الرصيف الجديد' });
    // Act
    const kind = compareClaims(a, b, NOW)?.kind;
    // Assess
    expect(kind === undefined || kind === 'agreement').toBe(true);
  });
});

describe('one long claim in different context', () => {
  it('reports the same long claim wrapped in different context as an agreement', () => {
    // Prepare
    const a = claim({ id: 'a#1', outlet: 'a', text: 'أكد مدير الميناء خلال جولة تفقدية برفقة خبراء أجانب صباح الإثنين استئناف تصدير الفوسفات عبر الرصيف الجديد' });
    const b = claim({ id: 'b#1', outlet: 'b', text: 'أكد مدير الميناء وفق ما أوردته الصحافة المحلية الصادرة أمس استئناف تصدير الفوسفات عبر الرصيف الجديد' });
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).toBe('agreement');
  });

  it('leaves a short claim with different context undecided', () => {
    // Prepare
    const a = claim({ id: 'a#1', outlet: 'a', text: 'الميناء يستأنف التصدير خلال جولة تفقدية برفقة خبراء أجانب' });
    const b = claim({ id: 'b#1', outlet: 'b', text: 'الميناء يستأنف التصدير وفق ما أوردته الصحافة المحلية الصادرة' });
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).not.toBe('agreement');
  });
});

describe('kind of a contradiction the model finds', () => {
  it('names two capitalised places as an entity change even when they open the sentence', () => {
    // Prepare
    const a = claim({ id: 'a#1', outlet: 'a', text: 'Tunis will host the regional water forum next spring.' });
    const b = claim({ id: 'b#1', outlet: 'b', text: 'Amman will host the regional water forum next spring.' });
    // Act
    const finding = compareClaims(a, b, NOW);
    // Assess
    expect(finding?.kind).toBe('entity');
    expect(finding?.explanation).toContain('Amman');
  });
});

describe('a quotation matching part of a longer one', () => {
  const long =
    'المياه حق للجميع ولا يمكن أن نتركها رهينة للخلافات السياسية بين الحكومات المتعاقبة. الجفاف ضرب القرى الزراعية ثلاث سنوات متتالية وهجر آلاف الفلاحين أرضهم. لهذا نعمل مع جيراننا على خطة مشتركة لحماية النهر من التلوث، ولكن أيضا لضمان حصة عادلة لكل مزارع في الحوض.';
  const part = 'نتعاون مع جيراننا في خطة مشتركة لصون النهر من التلوث، ولكن أيضا لضمان حصة منصفة لكل مزارع';

  it('reports a reworded passage of the same speaker as a quote-wording change', () => {
    // Prepare
    const a = claim({ id: 'a#1', outlet: 'a', text: 'x', quote: long, speaker: 'الوزير فادي سرور', speakerKey: 'srr' });
    const b = claim({ id: 'b#1', outlet: 'b', text: 'x', quote: part, speaker: 'سرور', speakerKey: 'srr' });
    // Act
    const finding = compareClaims(a, b, NOW);
    // Assess
    expect(finding?.kind).toBe('quote-wording');
    expect(finding?.explanation).toBe('b quotes part of what a quotes سرور as saying, in other words');
  });

  it('reports nothing when the speakers differ or are unknown', () => {
    // Prepare
    const a = claim({ id: 'a#1', outlet: 'a', text: 'x', quote: long, speaker: 'الوزير فادي سرور', speakerKey: 'srr' });
    const other = claim({ id: 'b#1', outlet: 'b', text: 'x', quote: part, speaker: 'المحافظ نادر حلو', speakerKey: 'hl' });
    const unknown = claim({ id: 'c#1', outlet: 'c', text: 'x', quote: part });
    // Act/Assess
    expect(compareClaims(a, other, NOW)).toBeNull();
    expect(compareClaims(a, unknown, NOW)).toBeNull();
  });
});

describe('negators in a clause only one quote has', () => {
  it('ignores a negator in an opening sentence the shorter quote replaces with one word', () => {
    // Prepare
    const a = claim({ id: 'a#1', outlet: 'a', text: 'x', quote: 'لن نقبل بالتأجيل بعد اليوم تحت أي ذريعة. سنبدأ ترميم المدارس المتضررة في أول الصيف', speakerKey: 'وزير' });
    const b = claim({ id: 'b#1', outlet: 'b', text: 'x', quote: 'نشرع في ترميم المدارس المتضررة في أول الصيف', speakerKey: 'وزير' });
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).not.toBe('negation');
  });
});

describe('dates written two ways', () => {
  it('reports a statement with a month name and one with a numeric date as the same claim', () => {
    // Prepare
    const a = claim({ id: 'a#1', outlet: 'a', text: 'Le forum régional de l’eau se tiendra le 9 avril 2027 à Tunis.', dates: [date('9 avril 2027', 9, 4, 2027)] });
    const b = claim({ id: 'b#1', outlet: 'b', text: 'Le forum régional de l’eau se tiendra le 09/04/2027 à Tunis.', dates: [date('09/04/2027', 9, 4, 2027)] });
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).toBe('agreement');
  });

  it('quotes the same words when only the way a date is written differs', () => {
    // Prepare
    const a = claim({ id: 'a#1', outlet: 'a', text: 'x', quote: 'سنفتتح المستشفى الجديد يوم 9 نيسان 2027 أمام جميع المرضى', speakerKey: 'وزير', dates: [date('9 نيسان 2027', 9, 4, 2027)] });
    const b = claim({ id: 'b#1', outlet: 'b', text: 'x', quote: 'سنفتتح المستشفى الجديد يوم 9/4/2027 أمام جميع المرضى', speakerKey: 'وزير', dates: [date('9/4/2027', 9, 4, 2027)] });
    // Act/Assess
    expect(compareClaims(a, b, NOW)?.kind).toBe('agreement');
  });
});
