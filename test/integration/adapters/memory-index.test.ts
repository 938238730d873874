import { CandidateIndex, type StoredRef } from '../../../shared/adapters/memory-index';

/** Entry n, written at time `at` (default n: a higher n is newer). */
const ref = (n: number, outlet = 'al-masdar', at = n): StoredRef => ({
  order: `${String(at).padStart(9, '0')}#art-${String(n).padStart(4, '0')}#0001`,
  claimId: `art-${String(n).padStart(4, '0')}#0001`,
  articleId: `art-${String(n).padStart(4, '0')}`,
  outlet,
  signature: Uint8Array.of(1, n & 0xff, 0, 0, 0),
});
const ids = (refs: readonly StoredRef[]): string[] => refs.map((r) => r.claimId);

describe('CandidateIndex', () => {
  it('keeps a lone entry, replaces it for the same claim and forgets it on removal', () => {
    const index = new CandidateIndex(3);
    index.add('k', ref(1));
    index.add('k', ref(1, 'le-quotidien'));
    expect(index.lookup('k')).toEqual([ref(1, 'le-quotidien')]);
    expect(index.size('k')).toBe(1);
    index.remove('k', ref(2).claimId);
    expect(index.size('k')).toBe(1);
    index.remove('k', ref(1).claimId);
    expect(index.lookup('k')).toEqual([]);
    expect(index.size('k')).toBe(0);
  });

  it('stores each claim once however often it is re-added, past the id-set threshold', () => {
    const index = new CandidateIndex(1000);
    for (let round = 0; round < 3; round++) for (let n = 0; n < 50; n++) index.add('hot', ref(n));
    expect(index.size('hot')).toBe(50);
    expect(ids(index.lookup('hot'))).toEqual(Array.from({ length: 50 }, (_, n) => ref(49 - n).claimId));
  });

  it('yields the newest entries, refilling from the rest of the bucket when one is removed or rewritten', () => {
    const index = new CandidateIndex(3);
    for (const n of [5, 1, 4, 2, 3]) index.add('k', ref(n));
    expect(ids(index.lookup('k'))).toEqual([5, 4, 3].map((n) => ref(n).claimId));
    index.remove('k', ref(4).claimId);
    index.add('k', ref(6));
    expect(ids(index.lookup('k'))).toEqual([6, 5, 3].map((n) => ref(n).claimId));
    index.add('k', ref(1, 'al-masdar', 9)); // claim 1 rewritten later: now the newest
    expect(ids(index.lookup('k'))).toEqual([1, 6, 5].map((n) => ref(n).claimId));
    expect(index.size('k')).toBe(5);
  });
});
