/**
 * Builders for store tests. The sentences are written for these tests (not taken from the seed corpus);
 * they imitate what the stores must carry intact: Arabic with harakat and guillemets, French accents,
 * numbers, nulls and empty lists.
 */
import type { Article, Claim, Finding, FindingKind } from '../../../shared/model';
import type { IndexedClaim } from '../../../shared/ports';

/** A sequencer as S3 emits it, right-padded to 32 hex digits as the pipeline stores it. */
export const padded = (hex: string): string => hex.toUpperCase().padEnd(32, '0');

export function article(id: string, overrides: Partial<Article> = {}): Article {
  return {
    id,
    bucket: 'qarin-articles',
    key: `${overrides.outlet ?? 'al-masdar'}/${id}.txt`,
    outlet: 'al-masdar',
    title: 'وزير الخارجية: المفاوضات تُستأنف في القاهرة',
    url: null,
    language: 'ar',
    publishedAt: '2026-03-02T08:00:00.000Z',
    status: 'done',
    error: null,
    errorCode: null,
    claimCount: 0,
    ingestedAt: '2026-03-02T09:00:00.000Z',
    sequencer: padded('0055AED6DCD90281E5'),
    ...overrides,
  };
}

export function claim(articleId: string, ordinal: number, overrides: Partial<Claim> = {}): Claim {
  const text = 'وقال الوزير إنّ «المفاوضات ستُستأنف الأسبوع المقبل في القاهرة بمشاركة 3 وفود».';
  return {
    id: `${articleId}#${String(ordinal).padStart(4, '0')}`,
    articleId,
    outlet: 'al-masdar',
    kind: 'quote',
    text,
    quote: 'المفاوضات ستُستأنف الأسبوع المقبل في القاهرة بمشاركة 3 وفود',
    speaker: 'وزير الخارجية أحمد سالم',
    speakerKey: 'سالم',
    start: 10 * ordinal,
    end: 10 * ordinal + text.length,
    numbers: [{ value: 3, text: '3', start: 60, end: 61 }],
    dates: [],
    negated: false,
    ...overrides,
  };
}

/** A MinHash-like signature: 128 uint32 lanes, some above 2^31 (they must survive the binary encoding). */
export function signature(seed: number, lanes = 128): number[] {
  let x = seed >>> 0 || 1;
  return Array.from({ length: lanes }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  });
}

export function indexed(c: Claim, indexKeys: string[], seed = 7): IndexedClaim {
  return { claim: c, signature: signature(seed), indexKeys };
}

export function finding(a: Claim, b: Claim, kind: FindingKind, createdAt: string, overrides: Partial<Finding> = {}): Finding {
  const [first, second] = a.id < b.id ? [a, b] : [b, a];
  const ref = (c: Claim) => ({
    claimId: c.id,
    articleId: c.articleId,
    outlet: c.outlet,
    text: c.text,
    quote: c.quote,
    speaker: c.speaker,
  });
  return {
    id: `${first.id}|${second.id}`,
    kind,
    severity: kind === 'agreement' ? 'info' : 'major',
    similarity: 0.8333333333333334,
    explanation: 'Le nombre de délégations diffère : 3 contre 4.',
    claim: ref(first),
    counterpart: ref(second),
    diff: [
      { op: 'equal', text: 'المفاوضات ستُستأنف الأسبوع المقبل في القاهرة بمشاركة ' },
      { op: 'delete', text: '3' },
      { op: 'insert', text: '4' },
      { op: 'equal', text: ' وفود' },
    ],
    createdAt,
    ...overrides,
  };
}
