/**
 * Candidate index: which stored claims a new claim is compared with (design property 1: a bounded set,
 * whatever the size of the archive). Measurements behind every constant: docs/decisions/0001-candidate-index.md
 * and `npm run bench`.
 *
 * Every finding kind the engine reports is a near-verbatim reproduction with a small change: one word
 * (تقويضه/تدميره), a number, a date, an inserted negator, another speaker for the same words, a quote cut
 * short (omission), or the same statement inside another outlet's wrapper ("مضيفاً أنه من الضروري …" /
 * "وتحدث عن ضرورة …"). Index keys are taken from the claim's *anchor words* (content words that are not
 * function words, reporting verbs, names or titles), in order, and cover those at four writes per claim:
 *  - **head and tail anchors**: the first and the last two anchor words, three for claims of eight or more
 *    (two frequent words in a row fill a bucket in a week of 10^6 claims; three do not). From four anchor
 *    words on, one changed, inserted or deleted word leaves one of the two intact, so a one-word variant is
 *    found every time (not with a probability), and a quote cut short keeps its head or its tail. A dateline
 *    ("بيروت –"), another title or "إن"/"أن" never breaks an anchor.
 *  - **core sketch**: the two smallest hashes of the claim's anchor-word trigrams (a bottom-k MinHash sketch
 *    of one permutation). A statement both outlets wrap differently still shares most trigrams, and its
 *    smallest ones with them; so do variants with changes at both ends. Specific ordered triples keep these
 *    buckets small, where LSH bands over word MinHash filled up with the most frequent words (measured: 15
 *    entries vs 195 in the fullest bucket at 10^5 claims, recall better for every edit type but adjacent swaps).
 *  - **speaker-scoped quote keys**: for a quotation with a resolved speaker, the speaker with the first and the
 *    last two anchor words of each of its sentences (at most three sentences). The same speaker's statement
 *    translated by two outlets shares no run of three words, and one outlet often quotes one sentence of the
 *    other's longer quotation: they still share a sentence end ("… من أجل السلام") under one speaker.
 * A 64-lane MinHash of the content words is kept for the verify step only. There is no speaker key on its own:
 * every quote of a much-quoted speaker in one bucket is the hottest key of all; speaker + two words is not.
 *
 * Keys are scoped to the ISO week of publication (else ingestion) as `key@2015W48`; a lookup reads the
 * week before, the week and the week after in one range (`key@2015W47..2015W49`), so both claims of a pair
 * look each other up whichever was ingested first (design property 2) and buckets never grow with the years.
 */
import type { Claim } from '../model';
import type { IndexedClaim } from '../ports';
import { type MatchToken, isTopicWord, matchTokens, speakerMatchKey } from './words';

/** Signature length (verify step only): 64 lanes × 32 bits, 257 bytes packed, index items stay well under 1 KB. */
export const SIGNATURE_LANES = 64;
/** Anchor words in a head or a tail anchor of a claim shorter than LONG_CLAIM_WORDS. */
export const ANCHOR_WORDS = 2;
/** Anchor words in a head or a tail anchor of a long claim: two frequent words in a row fill buckets at 10^6. */
export const LONG_ANCHOR_WORDS = 3;
/** Claims of this many anchor words or more anchor on LONG_ANCHOR_WORDS. */
export const LONG_CLAIM_WORDS = 8;
/** Claims with fewer anchor words get no keys ("وأضاف: نعم"). */
export const MIN_ANCHOR_WORDS = 2;
/** Core sketch: this many smallest trigram hashes per claim (each one index write). */
export const SKETCH_KEYS = 2;
/** Claims need this many anchor words for a core sketch (two trigrams at least). */
export const MIN_SKETCH_WORDS = 4;
/** Anchor words in a speaker-scoped quote key: the speaker makes two words specific (see quoteKeys). */
export const QUOTE_ANCHOR_WORDS = 2;
/** Speaker-scoped quote keys per quotation at most: head and tail of three of its sentences. */
export const MAX_QUOTE_KEYS = 6;
/**
 * Verify step: estimated Jaccard below this is not worth aligning; the standard error at 64 lanes is ≈ 0.06.
 * A quote cut to a third of its length has J ≈ 0.33, so a candidate also passes on containment.
 */
export const VERIFY_MIN_JACCARD = 0.3;
/** Estimated share of the smaller claim's words found in the larger one that passes verification (omissions). */
export const VERIFY_MIN_CONTAINMENT = 0.7;

const EMPTY_LANE = 0xffffffff;

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

/**
 * fnv1a32(words.slice(from, to).join(' ')) without building the string: anchors and trigrams are hashed for every
 * claim, and a joined (cons) string is flattened before its characters can be read.
 */
function fnv1a32Joined(words: readonly string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) {
    if (k > from) h = imul(h ^ 0x20, 0x01000193);
    const word = words[k] as string;
    for (let i = 0; i < word.length; i++) h = imul(h ^ word.charCodeAt(i), 0x01000193);
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

const DAY_MS = 86_400_000;
/** Week and lookup range per UTC day: every claim of an article shares them (bounded memo, as in speakers.ts). */
const weeksByDay = new Map<number, { week: string; range: string }>();

/** The scope asked last and its weeks: every claim of an article has the same scope, and parsing its dates twice per claim cost more than the rest of weeksOf. */
let lastScope: { publishedAt: string | null; ingestedAt: string; weeks: { week: string; range: string } } | null = null;

function weeksOf(scope: FingerprintScope): { week: string; range: string } {
  if (lastScope !== null && lastScope.publishedAt === scope.publishedAt && lastScope.ingestedAt === scope.ingestedAt) return lastScope.weeks;
  const weeks = weeksOfDay(Math.floor(scopeDate(scope).getTime() / DAY_MS));
  lastScope = { publishedAt: scope.publishedAt, ingestedAt: scope.ingestedAt, weeks };
  return weeks;
}

function weeksOfDay(day: number): { week: string; range: string } {
  let weeks = weeksByDay.get(day);
  if (!weeks) {
    if (weeksByDay.size > 10_000) weeksByDay.clear();
    const at = (days: number) => isoWeek(new Date((day + days) * DAY_MS));
    weeks = { week: at(0), range: `${at(-7)}..${at(7)}` };
    weeksByDay.set(day, weeks);
  }
  return weeks;
}

/** Anchor keys: the first and the last `length` anchor words ("h:" head, "t:" tail). */
function anchorKeys(words: readonly string[], length: number): string[] {
  const anchor = (part: readonly string[]) => fnv1a32Joined(part, 0, part.length).toString(36);
  return [`h:${anchor(words.slice(0, length))}`, `t:${anchor(words.slice(words.length - length))}`];
}

/** Anchors written: two words, three from LONG_CLAIM_WORDS on. */
const anchorLength = (n: number): number => (n >= LONG_CLAIM_WORDS ? LONG_ANCHOR_WORDS : ANCHOR_WORDS);

/** Anchor words of each indexed claim, so lookupKeys does not tokenise the wording a second time. */
const anchorsOf = new WeakMap<IndexedClaim, string[]>();

/**
 * Core sketch keys: the SKETCH_KEYS smallest hashes of the claim's anchor-word trigrams ("c:"). Two claims
 * sharing a long run of words share its trigrams, and the smallest hash of the union is in the run with
 * probability (shared trigrams / all trigrams), whatever the words around it.
 */
function sketchKeys(words: readonly string[]): string[] {
  // The SKETCH_KEYS smallest distinct hashes, ascending, kept while hashing (no set of every trigram to sort).
  const smallest: number[] = [];
  for (let i = 0; i + 3 <= words.length; i++) {
    const h = fnv1a32Joined(words, i, i + 3);
    if (smallest.length === SKETCH_KEYS && h >= (smallest[SKETCH_KEYS - 1] as number)) continue;
    let at = smallest.length;
    while (at > 0 && (smallest[at - 1] as number) > h) at--;
    if (at > 0 && smallest[at - 1] === h) continue;
    smallest.splice(at, 0, h);
    if (smallest.length > SKETCH_KEYS) smallest.pop();
  }
  return smallest.map((h) => `c:${h.toString(36)}`);
}

// A sentence ends at . ! ? ؟ or … (closing quotes and brackets after it) before a space or the end, or at a line
// break; "3.5" and "2.000" are not ends. An abbreviation ("د. أحمد") only splits a sentence: one more key pair.
const SENTENCE_END = /[.!?\u061f\u2026]+["'\u00bb\u201d\u2019)]*(?=\s|$)|\n/gu;

/** Anchor words of each sentence of a wording, sentences with fewer than QUOTE_ANCHOR_WORDS left out. */
function sentenceAnchors(tokens: readonly MatchToken[], wording: string, anchors: string[]): string[][] {
  const ends: number[] = [];
  for (const end of wording.matchAll(SENTENCE_END)) if (end.index < wording.length - end[0].length) ends.push(end.index);
  // Most quotations are one sentence (a final full stop is no boundary): their anchors are the claim's.
  if (ends.length === 0) return anchors.length >= QUOTE_ANCHOR_WORDS ? [anchors] : [];
  const sentences: string[][] = [[]];
  let passed = 0;
  for (const token of tokens) {
    while (passed < ends.length && (ends[passed] as number) < token.start) {
      passed++;
      sentences.push([]);
    }
    if (!token.filler && !isTopicWord(token)) (sentences[sentences.length - 1] as string[]).push(token.key);
  }
  return sentences.filter((words) => words.length >= QUOTE_ANCHOR_WORDS);
}

/** speakerMatchKey per speaker key, bounded: an article quotes a few speakers many times. */
const speakersByKey = new Map<string, string | null>();

function speakerOf(claim: Claim): string | null {
  if (!claim.speakerKey) return null;
  let speaker = speakersByKey.get(claim.speakerKey);
  if (speaker === undefined) {
    if (speakersByKey.size > 10_000) speakersByKey.clear();
    speaker = speakerMatchKey(claim.speakerKey);
    speakersByKey.set(claim.speakerKey, speaker);
  }
  return speaker;
}

/**
 * Speaker-scoped quote keys ("q:"): a hash of the speaker and the first or the last QUOTE_ANCHOR_WORDS anchor
 * words of each sentence of a quotation, at most MAX_QUOTE_KEYS (the first and last sentences, then inner ones in
 * order). Two outlets translating one statement differently share no run of three words, and one of them often
 * quotes one sentence of a longer quotation: its ends are inner sentence ends of the other's, where no claim-level
 * anchor lies ("… من أجل السلام" closing both, the longer quote one sentence longer and "سياسي" dropped). Two
 * words would be a hot key on their own; under one speaker they are specific, and a speaker alone was the
 * hottest key of all (decision 0001). Quotations without a resolved speaker get none.
 */
function quoteKeys(claim: Claim, tokens: readonly MatchToken[], wording: string, anchors: string[]): string[] {
  if (claim.kind !== 'quote' || !claim.quote) return [];
  const speaker = speakerOf(claim);
  if (!speaker) return [];
  const sentences = sentenceAnchors(tokens, wording, anchors);
  const most = MAX_QUOTE_KEYS / 2;
  const chosen = sentences.length <= most ? sentences : [sentences[0] as string[], ...sentences.slice(1, most - 1), sentences[sentences.length - 1] as string[]];
  const key = (end: 'h' | 't', words: readonly string[]) => `q:${fnv1a32(`${speaker}\u0000${end}\u0000${words.join(' ')}`).toString(36)}`;
  return chosen.flatMap((words) => [key('h', words.slice(0, QUOTE_ANCHOR_WORDS)), key('t', words.slice(words.length - QUOTE_ANCHOR_WORDS))]);
}

/** The wording a claim is indexed (and compared) by: the quote for quotations, else the sentence. */
export function indexedWording(claim: Claim): string {
  return claim.kind === 'quote' && claim.quote ? claim.quote : claim.text;
}

/**
 * Signature and index keys of a claim, keys scoped to the ISO week of publication (else ingestion).
 * Claims with fewer than MIN_ANCHOR_WORDS anchor words get a signature but no keys.
 * @example fingerprintClaim(claim, { publishedAt: '2015-11-26', ingestedAt }).indexKeys[0] // 'h:1x3kq9@2015W48'
 */
export function fingerprintClaim(claim: Claim, scope: FingerprintScope): IndexedClaim {
  const wording = indexedWording(claim);
  const tokens = matchTokens(wording);
  const signature = minhash([...new Set(contentKeys(tokens))]);
  const anchors = anchorWords(tokens);
  if (anchors.length < MIN_ANCHOR_WORDS) return { claim, signature, indexKeys: [] };
  const { week } = weeksOf(scope);
  const keys = new Set([
    ...anchorKeys(anchors, anchorLength(anchors.length)),
    ...(anchors.length >= MIN_SKETCH_WORDS ? sketchKeys(anchors) : []),
    ...quoteKeys(claim, tokens, wording, anchors),
  ]);
  const indexed: IndexedClaim = { claim, signature, indexKeys: [...keys].map((key) => `${key}@${week}`) };
  anchorsOf.set(indexed, anchors);
  return indexed;
}

/**
 * Keys to read for an indexed claim, each over the week before, its week and the week after, in one range:
 * the keys it wrote (speaker-scoped quote keys included), and its anchors at the other length, so a long claim
 * (three-word anchors) and a short one (two-word anchors: a quote cut down to "We are ready to negotiate") meet. Reading what both sides
 * write is what makes a pair symmetric: whichever of two matching claims is ingested second finds the first.
 */
export function lookupKeys(indexed: IndexedClaim, scope: FingerprintScope): string[] {
  if (indexed.indexKeys.length === 0) return [];
  const range = `@${weeksOf(scope).range}`;
  const keys = new Set(indexed.indexKeys.map((key) => key.slice(0, key.lastIndexOf('@'))));
  const anchors = anchorsOf.get(indexed) ?? anchorWords(matchTokens(indexedWording(indexed.claim)));
  for (const length of [ANCHOR_WORDS, LONG_ANCHOR_WORDS]) if (anchors.length >= length) for (const key of anchorKeys(anchors, length)) keys.add(key);
  return [...keys].map((key) => `${key}${range}`);
}

/**
 * Whether a candidate was found under one of the claim's own speaker-scoped quote keys (`candidateKeys`: the keys
 * it was found under, without their scope). Such a pair is the same speaker with the same two words opening or
 * closing a sentence of the quotation: evidence enough to compare, where the signatures of a translated passage
 * and the longer quotation around it share too few words to pass verifyCandidate.
 */
export function sharesSpeakerQuoteKey(indexed: IndexedClaim, candidateKeys: readonly string[]): boolean {
  if (!candidateKeys.some((key) => key.startsWith('q:'))) return false;
  return indexed.indexKeys.some((key) => key.startsWith('q:') && candidateKeys.includes(key.slice(0, key.lastIndexOf('@'))));
}
