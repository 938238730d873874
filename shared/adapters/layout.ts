/**
 * Rules both stores share (DynamoDB and in-memory), so the fast in-memory store cannot drift from the
 * real one: key shapes, listing partitions, the candidate cap, page limits, the speaker filter key and
 * the compact binary form of MinHash signatures. No AWS import here.
 */
import { BadRequestError } from '../errors';
import type { Finding, FindingKind } from '../model';
import { comparisonKey } from '../text/normalize';

/**
 * Most index entries one index key yields to findCandidates. Boilerplate ("المصدر: وكالات", bylines) lands
 * hundreds of claims under one key; reading all of them would make the cost per article grow with the archive
 * (design.md, properties 1 and 4). The cut keeps the most recently written entries: the same story is covered
 * by other outlets within hours, and an entry written by a concurrent ingest is always among the newest, so
 * property 2 (one of two simultaneous ingests sees the other) holds even in a full bucket. 50 entries are
 * ≈ 17 KB, 5 read units; the benchmark's fullest bucket at 10^6 claims in one week holds far fewer.
 */
export const CANDIDATE_CAP_PER_KEY = 50;

/**
 * Index keys may carry a time scope: `bucket@scope` when written (e.g. `h:1x3kq9@2015W48`), and
 * `bucket@from..to` when read, which reads the entries of every scope in [from, to] in one request. The
 * bucket is the partition, the scope leads the sort key, so a range of weeks is one Query and a bucket's
 * entries from past years are never read. Scopes must be fixed-width, sortable and made of [0-9A-Za-z]
 * (ISO weeks are). A key without a valid scope is a bucket of its own, read whole.
 */
export interface IndexKeyParts {
  bucket: string;
  scope: string | null;
}

export interface IndexLookup {
  bucket: string;
  /** Inclusive scope range; null reads the whole bucket. */
  range: { from: string; to: string } | null;
}

const SCOPE = /^[0-9A-Za-z]+$/;

/** Splits a written index key into its bucket and scope. */
export function parseIndexKey(indexKey: string): IndexKeyParts {
  const at = indexKey.lastIndexOf('@');
  const scope = at > 0 ? indexKey.slice(at + 1) : '';
  return SCOPE.test(scope) ? { bucket: indexKey.slice(0, at), scope } : { bucket: indexKey, scope: null };
}

/** Splits a lookup key (`bucket`, `bucket@scope` or `bucket@from..to`) into its bucket and scope range. */
export function parseIndexLookup(lookupKey: string): IndexLookup {
  const at = lookupKey.lastIndexOf('@');
  if (at > 0) {
    const [from = '', to = from, ...rest] = lookupKey.slice(at + 1).split('..');
    if (rest.length === 0 && SCOPE.test(from) && SCOPE.test(to) && from <= to) {
      return { bucket: lookupKey.slice(0, at), range: { from, to } };
    }
  }
  return { bucket: lookupKey, range: null };
}

/**
 * Sort key of an index entry: the scope if any, then the write time (ms, base36, fixed width so string order
 * is time order), then the claim id; a descending Query returns the newest scope's newest entries first.
 */
export function indexEntrySortKey(writtenAtMs: number, claimId: string, scope: string | null = null): string {
  const time = Math.max(0, Math.floor(writtenAtMs)).toString(36).padStart(9, '0');
  return scope === null ? `${time}#${claimId}` : `${scope}~${time}#${claimId}`;
}

/**
 * Sort-key bounds of a scope range, inclusive: `from` sorts before every `from~…` entry, and `to~~` after
 * every `to~<time>#…` one (time digits and '#' sort below '~').
 */
export function scopeRangeBounds(range: { from: string; to: string }): { lower: string; upper: string } {
  return { lower: range.from, upper: `${range.to}~~` };
}

/** The claim id of an index entry sort key (scoped or not: neither scope nor time holds a '#'). */
export function claimIdOfIndexEntry(sortKey: string): string {
  return sortKey.slice(sortKey.indexOf('#') + 1);
}

/** Largest page a listing returns, whatever the client asks (findings are a few KB each: pages stay < 1 MB). */
export const MAX_PAGE_LIMIT = 100;

/** Partition of the article feed (newest first by ingestedAt). */
export const ARTICLE_FEED = 'ARTICLES';
/** Feed partition holding one row per finding, all kinds. */
export const ALL_FINDINGS_FEED = 'FIND#*';

export const articleFeedPartition = (): string => ARTICLE_FEED;
export const articleOutletPartition = (outlet: string): string => `OUTLET#${outlet}`;
export const findingKindPartition = (kind: FindingKind): string => `FIND#${kind}`;
export const findingOutletPartition = (outlet: string): string => `FOUT#${outlet}`;

/** Sort key of a listing row: time first so a descending Query is newest first, the id to make it unique. */
export const listingSortKey = (isoTime: string, id: string): string => `${isoTime}#${id}`;

/** Splits `${articleId}#${ordinal}` at its last '#'. */
export function parseClaimId(claimId: string): { articleId: string; ordinal: string } {
  const at = claimId.lastIndexOf('#');
  if (at <= 0 || at === claimId.length - 1) throw new Error(`Not a claim id: ${JSON.stringify(claimId)}`);
  return { articleId: claimId.slice(0, at), ordinal: claimId.slice(at + 1) };
}

/** Validates a client page size: a positive integer, clamped to MAX_PAGE_LIMIT. */
export function pageLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1) throw new BadRequestError('limit must be a positive integer');
  return Math.min(limit, MAX_PAGE_LIMIT);
}

/**
 * Matching form of a speaker name for the `speaker` filter: the comparison key (harakat, hamza forms,
 * ta marbuta folded) with whitespace collapsed, so "بوتين" finds "الرئيس الروسي فلاديمير بوتين" and
 * "Poutine" finds "Vladimir Poutine". Empty when nothing matchable is left.
 */
export function speakerMatchKey(name: string): string {
  return comparisonKey(name).replace(/\s+/gu, ' ').trim();
}

/**
 * The stored speaker attribute of a finding: both sides' names, each wrapped in '|', so a substring test
 * (DynamoDB `contains`) cannot match across the two names. Null when neither side names a speaker.
 */
export function findingSpeakers(finding: Finding): string | null {
  const names = [finding.claim.speaker, finding.counterpart.speaker]
    .map((name) => (name ? speakerMatchKey(name.replace(/\|/g, ' ')) : ''))
    .filter((name) => name.length > 0);
  return names.length === 0 ? null : `|${names.join('|')}|`;
}

// Signature encoding: one tag byte, then 4 bytes per lane (uint32 or int32, little-endian) or 8 (float64).
// MinHash lanes are usually uint32 (`>>> 0`) but `Math.imul` yields signed values; either round-trips exactly,
// which matters because verifyCandidate compares lanes for equality. 128 lanes -> 513 bytes.
const TAG_UINT32 = 1;
const TAG_INT32 = 2;
const TAG_FLOAT64 = 3;

/** Compact binary form of a signature; decodeSignature(encodeSignature(s)) deep-equals s. */
export function encodeSignature(signature: readonly number[]): Uint8Array {
  const allInt = signature.every((v) => Number.isInteger(v));
  const uint = allInt && signature.every((v) => v >= 0 && v <= 0xffffffff);
  const int = allInt && signature.every((v) => v >= -0x80000000 && v <= 0x7fffffff);
  const width = uint || int ? 4 : 8;
  const out = new Uint8Array(1 + width * signature.length);
  const view = new DataView(out.buffer);
  out[0] = uint ? TAG_UINT32 : int ? TAG_INT32 : TAG_FLOAT64;
  signature.forEach((value, i) => {
    const at = 1 + width * i;
    if (uint) view.setUint32(at, value, true);
    else if (int) view.setInt32(at, value, true);
    else view.setFloat64(at, value, true);
  });
  return out;
}

export function decodeSignature(bytes: Uint8Array): number[] {
  const tag = bytes[0];
  const width = tag === TAG_FLOAT64 ? 8 : 4;
  if ((tag !== TAG_UINT32 && tag !== TAG_INT32 && tag !== TAG_FLOAT64) || (bytes.length - 1) % width !== 0) {
    throw new Error('Corrupt signature attribute');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: number[] = [];
  for (let at = 1; at < bytes.length; at += width) {
    out.push(tag === TAG_UINT32 ? view.getUint32(at, true) : tag === TAG_INT32 ? view.getInt32(at, true) : view.getFloat64(at, true));
  }
  return out;
}

/** Rejects a finding the layout cannot hold: its two sides must come from two different articles. */
export function assertTwoArticles(finding: Finding): void {
  if (finding.claim.articleId === finding.counterpart.articleId) {
    throw new Error(`Finding ${finding.id} relates two claims of one article (${finding.claim.articleId})`);
  }
}
