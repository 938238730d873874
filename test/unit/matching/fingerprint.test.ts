import {
  MAX_QUOTE_KEYS,
  MIN_ANCHOR_WORDS,
  SKETCH_KEYS,
  estimateJaccard,
  estimateSetSize,
  fingerprintClaim,
  isoWeek,
  lookupKeys,
  minhash,
  verifyCandidate,
} from '../../../shared/matching/fingerprint';
import type { Claim } from '../../../shared/model';
import { seededRandom } from '../../helpers/random';

function quoteClaim(id: string, outlet: string, quote: string, speakerKey: string | null = 'slm'): Claim {
  return {
    id,
    articleId: id.split('#')[0] as string,
    outlet,
    kind: 'quote',
    text: `وقال سالم: «${quote}»`,
    quote,
    speaker: speakerKey ? 'سالم' : null,
    speakerKey,
    start: 0,
    end: quote.length,
    numbers: [],
    dates: [],
    negated: false,
  };
}

function statement(id: string, text: string): Claim {
  return { ...quoteClaim(id, 'wire', text, null), kind: 'statement', text, quote: null };
}

const scope = { publishedAt: '2026-11-12T18:00:00Z', ingestedAt: '2027-01-05T10:00:00Z' };

/** What a store does with the keys: a written `bucket@week` is read by `bucket@from..to` when the week is in range. */
function meets(stored: Claim, query: Claim, storedScope = scope, queryScope = scope): boolean {
  const written = fingerprintClaim(stored, storedScope).indexKeys.map((k) => k.split('@') as [string, string]);
  const q = fingerprintClaim(query, queryScope);
  return lookupKeys(q, queryScope).some((lookup) => {
    const [bucket, range = ''] = lookup.split('@');
    const [from = '', to = ''] = range.split('..');
    return written.some(([b, week]) => b === bucket && week >= from && week <= to);
  });
}

// Words the team wrote for generated sentences: ordinary news vocabulary, no two spellings of one word, and no
// titles or gazetteer names (وزير, سفير, قمح), which anchors leave out by design.
const VOCABULARY = `حكومة برلمان مجلس قرار اتفاق مفاوضات جولة وفد قمة مؤتمر حدود جيش قوات طائرة سفينة
ميناء مطار مدينة قرية منطقة شارع سوق مصنع مدرسة مستشفى جامعة طالب طبيب مهندس عامل فلاح تاجر صحفي كاتب شاعر
موسم مطر ثلج شمس رياح بحر نهر جبل صحراء غابة حديقة شجرة زهرة ثمرة شعير زيتون تمر حليب خبز ماء كهرباء وقود
طريق جسر قطار حافلة سيارة دراجة رحلة زيارة لقاء حوار خطاب بيان تقرير دراسة بحث مشروع خطة برنامج ميزانية ضريبة
تضخم أسعار رواتب عقود صفقة شركة بنك مصرف سهم سند تصدير استيراد إنتاج استهلاك طاقة مناخ تلوث غبار ضباب عاصفة
زلزال فيضان حريق إنقاذ إسعاف علاج لقاح دواء مرض وباء صحة تعليم ثقافة فن مسرح سينما متحف مكتبة رواية قصيدة لحن`
  .split(/\s+/)
  .filter(Boolean);


function sentence(random: () => number, length: number): string[] {
  const out: string[] = [];
  while (out.length < length) {
    const word = VOCABULARY[Math.floor(random() * VOCABULARY.length)] as string;
    if (!out.includes(word)) out.push(word);
  }
  return out;
}

const QUOTE = 'كنا نعتبر الجارة شريكا موثوقا في التجارة لكن هذه الثقة يجري تبديدها اليوم';

describe('fingerprintClaim', () => {
  it('is deterministic, with 32-bit lanes', () => {
    // Prepare
    const claim = quoteClaim('a1#0001', 'rt', QUOTE);
    // Act
    const first = fingerprintClaim(claim, scope);
    const second = fingerprintClaim({ ...claim }, { ...scope });
    // Assess
    expect(second).toEqual(first);
    expect(first.signature).toHaveLength(64);
    expect(first.signature.every((v) => Number.isInteger(v) && v >= 0 && v <= 0xffffffff)).toBe(true);
  });

  it('writes a head anchor, a tail anchor, the core sketch and two quote keys, scoped to the ISO week of publication, else of ingestion', () => {
    // Prepare: a one-sentence quotation with a speaker (the quote keys: its head and tail under the speaker).
    const claim = quoteClaim('a1#0001', 'rt', QUOTE);
    // Act
    const published = fingerprintClaim(claim, scope).indexKeys;
    const unpublished = fingerprintClaim(claim, { publishedAt: null, ingestedAt: '2027-01-05T10:00:00Z' }).indexKeys;
    // Assess
    expect(published).toHaveLength(2 + SKETCH_KEYS + 2);
    expect(published.filter((k) => /^q:[0-9a-z]+@2026W46$/.test(k))).toHaveLength(2);
    expect(published.filter((k) => /^h:[0-9a-z]+@2026W46$/.test(k))).toHaveLength(1);
    expect(published.filter((k) => /^t:[0-9a-z]+@2026W46$/.test(k))).toHaveLength(1);
    expect(new Set(published.filter((k) => /^c:[0-9a-z]+@2026W46$/.test(k))).size).toBe(SKETCH_KEYS);
    expect(unpublished.every((k) => k.endsWith('@2027W01'))).toBe(true);
    expect(Math.max(...published.map((k) => k.length))).toBeLessThanOrEqual(24);
  });

  it(`gives claims with fewer than ${MIN_ANCHOR_WORDS} anchor words no keys`, () => {
    // Prepare: function words, a reporting verb, a title and a place name do not count.
    const claim = quoteClaim('a1#0001', 'rt', 'هذا صحيح في القاهرة');
    // Act
    const indexed = fingerprintClaim(claim, scope);
    // Assess
    expect(indexed.indexKeys).toEqual([]);
    expect(lookupKeys(indexed, scope)).toEqual([]);
  });

  it('computes ISO weeks across year boundaries', () => {
    expect(isoWeek(new Date('2015-11-26'))).toBe('2015W48');
    expect(isoWeek(new Date('2016-01-03'))).toBe('2015W53');
    expect(isoWeek(new Date('2019-12-30'))).toBe('2020W01');
  });
});

describe('lookupKeys', () => {
  it('reads every written bucket over the week before, the week and the week after, in one range per key', () => {
    // Prepare
    const newYear = { publishedAt: '2016-01-01', ingestedAt: scope.ingestedAt };
    const indexed = fingerprintClaim(quoteClaim('a1#0001', 'rt', QUOTE), newYear);
    // Act
    const keys = lookupKeys(indexed, newYear);
    // Assess
    expect(keys.every((k) => k.endsWith('@2015W52..2016W01'))).toBe(true);
    const buckets = new Set(keys.map((k) => k.split('@')[0]));
    for (const written of indexed.indexKeys) expect(buckets).toContain(written.split('@')[0]);
    expect(keys.length).toBeLessThanOrEqual(indexed.indexKeys.length + 2);
  });

  it('finds a claim published in the neighbouring week whichever of the two is looked up', () => {
    // Prepare
    const a = quoteClaim('a1#0001', 'rt', QUOTE);
    const b = quoteClaim('a2#0001', 'elaph', QUOTE);
    const sunday = { publishedAt: '2026-11-15T23:00:00Z', ingestedAt: scope.ingestedAt };
    const monday = { publishedAt: '2026-11-16T01:00:00Z', ingestedAt: scope.ingestedAt };
    const later = { publishedAt: '2026-11-30T01:00:00Z', ingestedAt: scope.ingestedAt };
    // Act/Assess
    expect(meets(a, b, sunday, monday)).toBe(true);
    expect(meets(b, a, monday, sunday)).toBe(true);
    expect(meets(a, b, sunday, later)).toBe(false);
  });
});

describe('anchors', () => {
  it('make every one-word substitution of a 14-word quote meet the original, at every position', () => {
    // Prepare
    const words = sentence(seededRandom(20261112), 15);
    const original = words.slice(0, 14);
    // Act
    const missed = original.filter((_, at) => {
      const changed = [...original];
      changed[at] = words[14] as string;
      return !meets(quoteClaim('a1#0001', 'rt', original.join(' ')), quoteClaim('a2#0001', 'elaph', changed.join(' ')));
    });
    // Assess
    expect(missed).toEqual([]);
  });

  it('make a quote cut short meet its full version, from the head or from the tail, both ways round', () => {
    // Prepare: cuts of three to six words of a twelve-word quote (its anchors have three words, theirs two).
    const full = sentence(seededRandom(7), 12);
    const whole = quoteClaim('a1#0001', 'rt', full.join(' '));
    // Act/Assess
    for (const cut of [full.slice(0, 3), full.slice(0, 4), full.slice(-5), full.slice(-6), full.slice(-3)].map((w) => w.join(' '))) {
      expect(meets(whole, quoteClaim('a2#0001', 'elaph', cut))).toBe(true);
      expect(meets(quoteClaim('a2#0001', 'elaph', cut), whole)).toBe(true);
    }
  });

  it('ignore function words, a dateline and a title before the same sentence (the tails differ: the head must hold)', () => {
    // Prepare
    const a = statement('a1#0001', 'أعلن الوزير أن الحكومة سترفع رواتب المعلمين في مطلع العام المقبل بعد مفاوضات طويلة');
    const b = statement('a2#0001', 'بيروت – أعلن وزير إن الحكومة سترفع رواتب المعلمين في مطلع العام المقبل عقب جولة مفاوضات');
    // Act/Assess
    expect(meets(a, b)).toBe(true);
    expect(meets(b, a)).toBe(true);
  });

  it('make a 6-word quote with one word changed in each half meet its twin', () => {
    // Prepare
    const a = quoteClaim('a1#0001', 'rt', 'المشروع سيغير وجه المنطقة خلال عقد من الزمن');
    const b = quoteClaim('a2#0001', 'elaph', 'المشروع سيغير حياة السكان خلال عقد من الزمن');
    // Act/Assess
    expect(meets(a, b)).toBe(true);
    expect(meets(b, a)).toBe(true);
  });

  it('rarely let unrelated generated sentences meet', () => {
    // Prepare
    const random = seededRandom(11);
    let met = 0;
    const runs = 1000;
    // Act
    for (let run = 0; run < runs; run++) {
      if (meets(quoteClaim('a1#0001', 'rt', sentence(random, 14).join(' ')), quoteClaim('a2#0001', 'elaph', sentence(random, 14).join(' ')))) met++;
    }
    // Assess
    expect(met / runs).toBeLessThan(0.01);
  });
});

describe('core sketch', () => {
  it('makes one statement in two outlets\' wrappers meet (different heads and tails, a shared core)', () => {
    // Prepare: eight shared words in the middle; both ends differ, so no head or tail anchor is shared. (The
    // sketch is probabilistic in general: P = shared trigrams / all trigrams; for these sentences it holds.)
    const core = 'تعزيز التعاون بين البلدين في مجالات الطاقة والنقل والتعليم';
    const a = statement('a1#0001', `وأشار الناطق إلى أهمية ${core} خلال المرحلة المقبلة`);
    const b = statement('a2#0001', `ودعا البيان أمس إلى ${core} بشكل عاجل`);
    const keys = (c: Claim) => new Set(fingerprintClaim(c, scope).indexKeys);
    // Act
    const shared = [...keys(a)].filter((k) => keys(b).has(k));
    // Assess
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.every((k) => k.startsWith('c:'))).toBe(true);
    expect(meets(a, b)).toBe(true);
    expect(meets(b, a)).toBe(true);
  });
});

describe('speaker-scoped quote keys', () => {
  // A three-sentence quotation, and its last sentence as another outlet translated it: other verbs, another
  // noun, one word dropped, so no head, tail or trigram of the claims is shared; only "من أجل الازدهار" is.
  const LONG = 'الاقتصاد يمر بمرحلة صعبة تتطلب الصبر من الجميع. لذلك قررنا خفض الضرائب على المصانع الصغيرة هذا العام. جئت إلى هذه المدينة لأفهم كيف نستطيع العمل سويا حتى نعيد بناء الأسواق المحلية من أجل الازدهار';
  const PART = 'أتيت إلى هنا للتعرف على الطريقة التي نتمكن بها من التعاون حتى نعيد تشييد المتاجر من أجل الازدهار';
  const buckets = (c: Claim) => fingerprintClaim(c, scope).indexKeys.map((k) => k.slice(0, k.lastIndexOf('@')));
  const shared = (a: Claim, b: Claim) => buckets(a).filter((k) => buckets(b).includes(k));

  it('makes a reworded passage of a longer multi-sentence quote meet it when the speaker is the same', () => {
    // Prepare
    const long = quoteClaim('a1#0001', 'rt', LONG, 'slm');
    const part = quoteClaim('a2#0001', 'elaph', PART, 'slm');
    // Act
    const keys = shared(long, part);
    // Assess: only a speaker-scoped quote key links them, and the lookup finds the pair.
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k.startsWith('q:'))).toBe(true);
    expect(meets(long, part)).toBe(true);
  });

  it('gives two speakers\' similar quotes, and quotes without a speaker, no shared quote key', () => {
    // Prepare
    const long = quoteClaim('a1#0001', 'rt', LONG, 'slm');
    const other = quoteClaim('a2#0001', 'elaph', PART, 'khl');
    const unattributed = quoteClaim('a3#0001', 'wire', PART, null);
    // Act
    const keys = [...shared(long, other), ...shared(long, unattributed)];
    // Assess
    expect(keys).toEqual([]);
    expect(meets(long, other) || meets(other, long)).toBe(false);
    expect(buckets(unattributed).some((k) => k.startsWith('q:'))).toBe(false);
    expect(buckets(statement('a4#0001', PART)).some((k) => k.startsWith('q:'))).toBe(false);
  });

  it('is symmetric: whichever of the two is ingested second finds the first, across neighbouring weeks', () => {
    // Prepare: random three-sentence quotes; the passage keeps the last two words of one sentence, rewrites the rest.
    const random = seededRandom(11);
    const nextWeek = { publishedAt: '2026-11-18T09:00:00Z', ingestedAt: '2026-11-18T09:05:00Z' };
    const runs = 200;
    let found = 0;
    // Act
    for (let run = 0; run < runs; run++) {
      const words = sentence(random, 30);
      const sentences = [words.slice(0, 10), words.slice(10, 20), words.slice(20, 30)];
      const kept = sentences[run % 3] as string[];
      const long = quoteClaim('a1#0001', 'rt', sentences.map((w) => w.join(' ')).join('. '), 'slm');
      const passage = quoteClaim('a2#0001', 'elaph', [...sentence(random, 5), ...kept.slice(-2)].join(' '), 'slm');
      const forward = meets(long, passage, scope, nextWeek);
      const backward = meets(passage, long, nextWeek, scope);
      expect(backward).toBe(forward);
      if (forward) found++;
    }
    // Assess: a passage that keeps a sentence end of the same speaker's quote is found every time.
    expect(found).toBe(runs);
  });

  it('writes at most MAX_QUOTE_KEYS quote keys, however many sentences the quotation has', () => {
    // Prepare
    const random = seededRandom(5);
    const quote = Array.from({ length: 8 }, () => sentence(random, 5).join(' ')).join('. ');
    // Act
    const keys = buckets(quoteClaim('a1#0001', 'rt', quote, 'slm')).filter((k) => k.startsWith('q:'));
    // Assess
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.length).toBeLessThanOrEqual(MAX_QUOTE_KEYS);
  });
});

describe('verifyCandidate', () => {
  it('accepts a reworded copy and a quote cut to a third, rejects an unrelated claim', () => {
    // Prepare
    const sig = (text: string) => fingerprintClaim(quoteClaim('a1#0001', 'rt', text), scope).signature;
    const base = sig(QUOTE);
    const reworded = sig(QUOTE.replace('تبديدها', 'إهدارها'));
    const long = sentence(seededRandom(3), 18);
    const other = sig('ارتفعت أسعار القمح في الأسواق المحلية بسبب موجة الجفاف الطويلة');
    // Act/Assess
    expect(verifyCandidate(base, reworded)).toBe(true);
    expect(verifyCandidate(sig(long.join(' ')), sig(long.slice(0, 6).join(' ')))).toBe(true);
    expect(verifyCandidate(base, other)).toBe(false);
    expect(estimateJaccard(base, base)).toBe(1);
  });

  it('does not verify two claims that have no words at all', () => {
    // Prepare
    const empty = fingerprintClaim(quoteClaim('a1#0001', 'rt', '«»'), scope);
    // Act/Assess
    expect(verifyCandidate(empty.signature, empty.signature)).toBe(false);
  });

  it('estimates the size of the set behind a signature within 40%', () => {
    // Prepare
    const random = seededRandom(5);
    for (const size of [5, 20, 80]) {
      const words = Array.from({ length: size }, (_, i) => `w${i}-${Math.floor(random() * 1e9)}`);
      // Act
      const estimate = estimateSetSize(minhash(words));
      // Assess
      expect(Math.abs(estimate - size) / size).toBeLessThan(0.4);
    }
  });
});
