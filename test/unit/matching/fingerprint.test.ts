import {
  BANDS,
  estimateJaccard,
  fingerprintClaim,
  isoWeek,
  lookupKeys,
  verifyCandidate,
} from '../../../shared/matching/fingerprint';
import type { Claim } from '../../../shared/model';

function quoteClaim(id: string, outlet: string, quote: string, speakerKey: string | null = 'بوتين'): Claim {
  return {
    id,
    articleId: id.split('#')[0] as string,
    outlet,
    kind: 'quote',
    text: `وقال ${speakerKey ?? ''}: «${quote}»`,
    quote,
    speaker: speakerKey,
    speakerKey,
    start: 0,
    end: quote.length,
    numbers: [],
    dates: [],
    negated: false,
  };
}

const scope = { publishedAt: '2015-11-26T18:00:00Z', ingestedAt: '2026-01-05T10:00:00Z' };

// Words the team wrote for generated quotes: ordinary news vocabulary, no two spelling variants of one word.
const VOCABULARY = `حكومة وزير رئيس برلمان مجلس قرار اتفاق مفاوضات جولة وفد سفير قمة مؤتمر حدود جيش قوات طائرة سفينة
ميناء مطار مدينة قرية منطقة شارع سوق مصنع مدرسة مستشفى جامعة طالب طبيب مهندس عامل فلاح تاجر صحفي كاتب شاعر
موسم مطر ثلج شمس رياح بحر نهر جبل صحراء غابة حديقة شجرة زهرة ثمرة قمح شعير زيتون تمر حليب خبز ماء كهرباء وقود
طريق جسر قطار حافلة سيارة دراجة رحلة زيارة لقاء حوار خطاب بيان تقرير دراسة بحث مشروع خطة برنامج ميزانية ضريبة
تضخم أسعار رواتب عقود صفقة شركة بنك مصرف سهم سند تصدير استيراد إنتاج استهلاك طاقة مناخ تلوث غبار ضباب عاصفة
زلزال فيضان حريق إنقاذ إسعاف علاج لقاح دواء مرض وباء صحة تعليم ثقافة فن مسرح سينما متحف مكتبة رواية قصيدة لحن`.split(/\s+/).filter(Boolean);

/** mulberry32: a seeded RNG so the generated variants are the same on every run. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(random: () => number, length: number): string[] {
  const out: string[] = [];
  while (out.length < length) {
    const word = VOCABULARY[Math.floor(random() * VOCABULARY.length)] as string;
    if (!out.includes(word)) out.push(word);
  }
  return out;
}

const bandKeys = (c: Claim) => fingerprintClaim(c, scope).indexKeys.filter((k) => k.startsWith('b:'));
const shareBand = (a: Claim, b: Claim) => {
  const keysA = new Set(bandKeys(a));
  return bandKeys(b).some((k) => keysA.has(k));
};

describe('fingerprintClaim', () => {
  it('is deterministic', () => {
    // Prepare
    const claim = quoteClaim('a1#0001', 'rt', 'نحن مستعدون للعمل مع جميع الشركاء في التسوية السياسية');
    // Act
    const first = fingerprintClaim(claim, scope);
    const second = fingerprintClaim({ ...claim }, { ...scope });
    // Assess
    expect(second).toEqual(first);
    expect(first.signature).toHaveLength(64);
    expect(first.signature.every((v) => Number.isInteger(v) && v >= 0 && v <= 0xffffffff)).toBe(true);
  });

  it('scopes band and speaker keys by ISO week of publication, falling back to ingestion', () => {
    // Prepare
    const claim = quoteClaim('a1#0001', 'rt', 'نحن مستعدون للعمل مع جميع الشركاء في التسوية السياسية');
    // Act
    const published = fingerprintClaim(claim, scope).indexKeys;
    const unpublished = fingerprintClaim(claim, { publishedAt: null, ingestedAt: '2026-01-05T10:00:00Z' }).indexKeys;
    // Assess
    expect(published.filter((k) => k.startsWith('b:'))).toHaveLength(BANDS);
    expect(published.every((k) => /^(b:2015W48:[0-9a-f]:[0-9a-z]{1,7}|s:2015W48:\S+)$/u.test(k))).toBe(true);
    expect(published).toContain('s:2015W48:بوتين');
    expect(unpublished.every((k) => k.includes(':2026W02:'))).toBe(true);
    expect(Math.max(...published.map((k) => k.length))).toBeLessThanOrEqual(24);
  });

  it('gives the same speaker key to spelling variants of the speaker', () => {
    // Prepare
    const a = quoteClaim('a1#0001', 'rt', 'نحن مستعدون للعمل مع جميع الشركاء', 'لو دريان');
    const b = quoteClaim('a2#0001', 'sana', 'نحن مستعدون للعمل مع جميع الشركاء', 'لو دريان');
    // Act/Assess
    expect(fingerprintClaim(a, scope).indexKeys.filter((k) => k.startsWith('s:'))).toEqual(
      fingerprintClaim(b, scope).indexKeys.filter((k) => k.startsWith('s:')),
    );
  });

  it('gives claims with fewer than four meaningful words no band keys', () => {
    // Prepare
    const claim = quoteClaim('a1#0001', 'rt', 'هذا ما لدينا الآن');
    // Act
    const indexed = fingerprintClaim(claim, scope);
    // Assess
    expect(indexed.indexKeys.filter((k) => k.startsWith('b:'))).toEqual([]);
    expect(indexed.indexKeys).toEqual(['s:2015W48:بوتين']);
  });

  it('looks up its own keys in its week and both neighbouring weeks', () => {
    // Prepare
    const claim = quoteClaim('a1#0001', 'rt', 'نحن مستعدون للعمل مع جميع الشركاء في التسوية السياسية');
    const indexed = fingerprintClaim(claim, { publishedAt: '2016-01-01', ingestedAt: scope.ingestedAt });
    // Act
    const keys = lookupKeys(indexed, { publishedAt: '2016-01-01', ingestedAt: scope.ingestedAt });
    // Assess
    expect(keys).toHaveLength(3 * indexed.indexKeys.length);
    for (const key of indexed.indexKeys) expect(keys).toContain(key);
    const weeks = new Set(keys.map((k) => k.split(':')[1]));
    expect([...weeks].sort()).toEqual(['2015W52', '2015W53', '2016W01']);
  });

  it('computes ISO weeks across year boundaries', () => {
    expect(isoWeek(new Date('2015-11-26'))).toBe('2015W48');
    expect(isoWeek(new Date('2016-01-03'))).toBe('2015W53');
    expect(isoWeek(new Date('2019-12-30'))).toBe('2020W01');
  });
});

describe('LSH candidates', () => {
  it('makes a 14-word quote and its one-word substitution share a band key in at least 99% of 1,000 variants', () => {
    // Prepare
    const random = rng(20151126);
    let shared = 0;
    const runs = 1000;
    // Act
    for (let run = 0; run < runs; run++) {
      const words = sentence(random, 15);
      const original = words.slice(0, 14);
      const changed = [...original];
      changed[Math.floor(random() * 14)] = words[14] as string;
      if (shareBand(quoteClaim('a1#0001', 'rt', original.join(' ')), quoteClaim('a2#0001', 'elaph', changed.join(' ')))) shared++;
    }
    // Assess
    expect(shared / runs).toBeGreaterThanOrEqual(0.99);
  });

  it('rarely makes unrelated sentences candidates of each other', () => {
    // Prepare
    const random = rng(7);
    let shared = 0;
    const runs = 1000;
    // Act
    for (let run = 0; run < runs; run++) {
      const a = sentence(random, 14).join(' ');
      const b = sentence(random, 14).join(' ');
      if (shareBand(quoteClaim('a1#0001', 'rt', a), quoteClaim('a2#0001', 'elaph', b))) shared++;
    }
    // Assess
    expect(shared / runs).toBeLessThan(0.01);
  });
});

describe('verifyCandidate', () => {
  it('accepts a reworded copy and rejects an unrelated claim', () => {
    // Prepare
    const base = fingerprintClaim(quoteClaim('a1#0001', 'rt', 'كنا نعتبر الجارة شريكا موثوقا لكن هذه الثقة يجري تبديدها اليوم'), scope);
    const reworded = fingerprintClaim(quoteClaim('a2#0001', 'elaph', 'كنا نعتبر الجارة شريكا موثوقا لكن هذه الثقة يجري إهدارها اليوم'), scope);
    const other = fingerprintClaim(quoteClaim('a3#0001', 'sana', 'ارتفعت أسعار القمح في الأسواق المحلية بسبب موجة الجفاف'), scope);
    // Act/Assess
    expect(verifyCandidate(base.signature, reworded.signature)).toBe(true);
    expect(verifyCandidate(base.signature, other.signature)).toBe(false);
    expect(estimateJaccard(base.signature, base.signature)).toBe(1);
  });

  it('does not verify two claims that have no words at all', () => {
    // Prepare
    const empty = fingerprintClaim(quoteClaim('a1#0001', 'rt', '«»'), scope);
    // Act/Assess
    expect(verifyCandidate(empty.signature, empty.signature)).toBe(false);
  });
});
