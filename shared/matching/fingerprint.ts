/**
 * Candidate index: which stored claims a new claim is compared with (design property 1: a bounded set,
 * whatever the size of the archive). Measurements behind every constant: docs/decisions/0001-candidate-index.md
 * and `npm run bench`.
 *
 * Every finding kind the engine reports is a near-verbatim reproduction with a small change: one word
 * (تقويضه/تدميره), a number, a date, an inserted negator, another speaker for the same words, or a quote cut
 * short (omission). Two kinds of index keys cover that at two or three writes per claim:
 *  - **anchors**: the first and the last ANCHOR_WORDS content words of the claim, in order. One changed,
 *    inserted or deleted word leaves one of the two intact, so a one-word variant is found every time (not
 *    with a probability), and a truncated quote keeps its head or its tail. Function words are left out, so
 *    "إن"/"أن" or "في"/"ب" never break an anchor.
 *  - **LSH bands** over a MinHash of the content words (P = 1 − (1 − J^r)^b, MMDS ch. 3): a few bands catch
 *    variants with several scattered changes (J ≳ 0.7) that break both anchors.
 * Function words are also left out of the MinHash: with them, every "وأكد X أن … إلى … على" sentence shared
 * band values with every other, which made the hottest buckets (measured: 131 entries vs 23 at 10^5 claims).
 * There is no speaker key: every quote of a much-quoted speaker in one bucket is the hottest key of all,
 * and what it found beyond the bands (a truncated quote) the anchors now find.
 *
 * Keys are scoped to the ISO week of publication (else ingestion) as `key@2015W48`; a lookup reads the
 * week before, the week and the week after in one range (`key@2015W47..2015W49`), so both claims of a pair
 * look each other up whichever was ingested first (design property 2) and buckets never grow with the years.
 */
import type { Claim } from '../model';
import type { IndexedClaim } from '../ports';
import { type MatchToken, isTopicWord, matchTokens } from './words';

/** Signature length: 64 lanes × 32 bits, 257 bytes packed (index items stay well under 1 KB). */
export const SIGNATURE_LANES = 64;
/** Rows per band: J^4 keeps chance overlaps of unrelated claims (J ≈ 0.1) at 10^-4 per band. */
export const BAND_ROWS = 4;
/** Bands written per claim: each costs one index write; three catch a 2-word change with J = 0.8 in 93% of cases. */
export const BANDS = 3;
/** Content words in an anchor: three in order are specific enough to keep buckets small in a week of 10^6 claims. */
export const ANCHOR_WORDS = 3;
/** Claims with 4 or 5 content words anchor on two words, so their head and tail do not overlap. */
export const SHORT_ANCHOR_WORDS = 2;
/** Claims with fewer content words are too generic to index ("وأضاف: نعم"). */
export const MIN_CONTENT_WORDS = 4;
/**
 * Verify step: estimated Jaccard below this is not worth aligning; the standard error at 64 lanes is ≈ 0.06.
 * A quote cut to a third of its length has J ≈ 0.33, so a candidate also passes on containment.
 */
export const VERIFY_MIN_JACCARD = 0.3;
/** Estimated share of the smaller claim's words found in the larger one that passes verification (omissions). */
export const VERIFY_MIN_CONTAINMENT = 0.7;

const EMPTY_LANE = 0xffffffff;

/** Anchor words of each indexed claim, so lookupKeys does not tokenise the wording a second time. */
const anchorsOf = new WeakMap<IndexedClaim, string[]>();

// Bound once: inside a vm context (jest) every global lookup of `Math` goes through the context's
// interceptor, which made the MinHash loop ~20× slower than the same code on Lambda.
const imul = Math.imul;

/** Deterministic lane seeds (splitmix32 from a fixed start): signatures are comparable across runs and deploys. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(SIGNATURE_LANES);
  let state = 0x9e3779b9;
  for (let i = 0; i < SIGNATURE_LANES; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = imul(z ^ (z >>> 16), 0x85ebca6b);
    z = imul(z ^ (z >>> 13), 0xc2b2ae35);
    seeds[i] = (z ^ (z >>> 16)) >>> 0;
  }
  return seeds;
})();

/** FNV-1a over UTF-16 code units: stable, fast for short strings (≈ 150 ns, see B6). */
export function fnv1a32(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: a bijective avalanche, so (h ^ seed) gives independent-looking lane orders. */
function fmix32(value: number): number {
  let h = value;
  h = imul(h ^ (h >>> 16), 0x85ebca6b);
  h = imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Matching keys of the claim's content words in order: function words and reporting verbs left out. */
export function contentKeys(tokens: readonly MatchToken[]): string[] {
  const out: string[] = [];
  for (const token of tokens) if (!token.filler) out.push(token.key);
  return out;
}

/**
 * Keys anchors are taken from: content words that are not names of places, people or titles. Outlets open the
 * same sentence with a dateline ("بيروت –") or name a minister by another title ("ونظيره اللبناني" vs "ووزير
 * الطاقة والمياه اللبناني"), which would break the head anchor for nothing the claim says.
 */
export function anchorWords(tokens: readonly MatchToken[]): string[] {
  const out: string[] = [];
  for (const token of tokens) if (!token.filler && !isTopicWord(token)) out.push(token.key);
  return out;
}

/**
 * Shingles of a claim: its distinct content-word keys. A one-word change in a claim of n content words keeps
 * J = (n − 1)/(n + 1); bigrams would lose two shingles per change for no gain the anchors do not already give.
 */
export function shingles(tokens: readonly MatchToken[]): string[] {
  return [...new Set(contentKeys(tokens))];
}

/** MinHash signature of a shingle set; all lanes EMPTY_LANE for an empty set. */
export function minhash(shingleSet: readonly string[]): number[] {
  const signature = new Array<number>(SIGNATURE_LANES).fill(EMPTY_LANE);
  for (const shingle of shingleSet) {
    const h = fnv1a32(shingle);
    for (let lane = 0; lane < SIGNATURE_LANES; lane++) {
      const v = fmix32(h ^ (SEEDS[lane] as number));
      if (v < (signature[lane] as number)) signature[lane] = v;
    }
  }
  return signature;
}

/** Fraction of equal lanes: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i] && a[i] !== EMPTY_LANE) equal++;
  return equal / a.length;
}

/**
 * Size of the shingle set behind a signature, from its lane minima: each lane's minimum of n uniform hashes
 * has mean 1/(n + 1), so (k − 1)/Σ u is the usual estimator (relative error ≈ 1/√k ≈ 13% at 64 lanes).
 */
export function estimateSetSize(signature: readonly number[]): number {
  let sum = 0;
  for (const lane of signature) sum += (lane >>> 0) / 4294967296;
  if (sum === 0 || signature.length < 2) return 0;
  return Math.max(0, (signature.length - 1) / sum - 1);
}

/**
 * Cheap check before alignment: do the stored signatures suggest the claims share enough wording? Either
 * by Jaccard, or because most words of the shorter claim are in the longer (a quote cut short).
 */
export function verifyCandidate(a: readonly number[], b: readonly number[]): boolean {
  const j = estimateJaccard(a, b);
  if (j >= VERIFY_MIN_JACCARD) return true;
  if (j === 0) return false;
  const na = estimateSetSize(a);
  const nb = estimateSetSize(b);
  const smaller = Math.min(na, nb);
  if (smaller <= 0) return false;
  // |A ∩ B| = J (|A| + |B|) / (1 + J)
  return (j * (na + nb)) / (1 + j) / smaller >= VERIFY_MIN_CONTAINMENT;
}

export interface FingerprintScope {
  publishedAt: string | null;
  ingestedAt: string;
}

/** ISO-8601 week of a date as "2015W48" (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}W${String(week).padStart(2, '0')}`;
}

/** The date that scopes a claim: publication if known and valid, else ingestion. */
function scopeDate(scope: FingerprintScope): Date {
  const published = scope.publishedAt ? new Date(scope.publishedAt) : null;
  if (published && !Number.isNaN(published.getTime())) return published;
  const ingested = new Date(scope.ingestedAt);
  return Number.isNaN(ingested.getTime()) ? new Date(0) : ingested;
}

/** Band hashes of a signature: one 32-bit hash per band, base36, band index in hex. */
function bandKeys(signature: readonly number[]): string[] {
  const out: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = fmix32(0x811c9dc5 ^ band);
    for (let row = 0; row < BAND_ROWS; row++) h = fmix32(imul(h, 0x01000193) ^ (signature[band * BAND_ROWS + row] as number));
    out.push(`b${band.toString(16)}:${h.toString(36)}`);
  }
  return out;
}

/** Anchor keys: the first and the last `words` content words ("h:" head, "t:" tail). */
function anchorKeys(content: readonly string[], words: number): string[] {
  const anchor = (part: readonly string[]) => fnv1a32(part.join(' ')).toString(36);
  return [`h:${anchor(content.slice(0, words))}`, `t:${anchor(content.slice(content.length - words))}`];
}

/** Anchor length written for a claim of `n` content words: head and tail never overlap. */
function anchorLength(n: number): number {
  return n >= 2 * ANCHOR_WORDS ? ANCHOR_WORDS : SHORT_ANCHOR_WORDS;
}

/** The wording a claim is indexed (and compared) by: the quote for quotations, else the sentence. */
export function indexedWording(claim: Claim): string {
  return claim.kind === 'quote' && claim.quote ? claim.quote : claim.text;
}

/**
 * Signature and index keys of a claim, keys scoped to the ISO week of publication (else ingestion).
 * Claims with fewer than MIN_CONTENT_WORDS content words get a signature but no keys; anchors need as many
 * words that are not names or titles.
 * @example fingerprintClaim(claim, { publishedAt: '2015-11-26', ingestedAt }).indexKeys[0] // 'h:1x3kq9@2015W48'
 */
export function fingerprintClaim(claim: Claim, scope: FingerprintScope): IndexedClaim {
  const tokens = matchTokens(indexedWording(claim));
  const content = contentKeys(tokens);
  const signature = minhash([...new Set(content)]);
  if (content.length < MIN_CONTENT_WORDS) return { claim, signature, indexKeys: [] };
  const anchors = anchorWords(tokens);
  const week = isoWeek(scopeDate(scope));
  const keys = [...(anchors.length >= MIN_CONTENT_WORDS ? anchorKeys(anchors, anchorLength(anchors.length)) : []), ...bandKeys(signature)];
  const indexed: IndexedClaim = { claim, signature, indexKeys: keys.map((key) => `${key}@${week}`) };
  anchorsOf.set(indexed, anchors);
  return indexed;
}

/**
 * Keys to read for an indexed claim, each over the three weeks around its own. Anchors are read at both
 * lengths: a claim of 4–5 anchor words anchors on two, a longer one on three, and a quote cut short must
 * still meet its full version (reads cost a fifth of writes, so the asymmetry is paid on the cheap side).
 */
export function lookupKeys(indexed: IndexedClaim, scope: FingerprintScope): string[] {
  if (indexed.indexKeys.length === 0) return [];
  const anchors = anchorsOf.get(indexed) ?? anchorWords(matchTokens(indexedWording(indexed.claim)));
  const date = scopeDate(scope);
  const week = 7 * 86_400_000;
  const range = `@${isoWeek(new Date(date.getTime() - week))}..${isoWeek(new Date(date.getTime() + week))}`;
  const keys = new Set<string>();
  if (anchors.length >= SHORT_ANCHOR_WORDS * 2) {
    for (const words of [SHORT_ANCHOR_WORDS, ANCHOR_WORDS]) for (const key of anchorKeys(anchors, words)) keys.add(key);
  }
  for (const key of bandKeys(indexed.signature)) keys.add(key);
  return [...keys].map((key) => `${key}${range}`);
}
