/**
 * Domain-core CPU per article: decode, extract, claims (quotes, speakers, numbers, dates), fingerprint and
 * lookup keys — everything the ingest Lambda computes between reading the object and talking to DynamoDB,
 * without the comparison of candidates (which depends on what the archive holds; see the candidates rows).
 * Timed as process CPU time (user + system), fastest of several interleaved rounds, so another process on
 * this 2-core machine inflates the figure as little as possible; the 10× article is timed in the same rounds.
 */
import { analyseArticle } from '../../shared/analyse';
import { fingerprintClaim, lookupKeys } from '../../shared/matching/fingerprint';
import type { NewsGenerator } from './corpus';

export interface CoreCpu {
  articles: number;
  wordsPerArticle: number;
  claimsPerArticle: number;
  /** CPU ms per article of ~1,000 words, normalised to exactly 1,000 words. */
  msPer1000Words: number;
  /** Of which fingerprinting and lookup keys (shared/matching/fingerprint.ts), same normalisation. */
  fingerprintMsPer1000Words: number;
  longWords: number;
  /** CPU ms for the ~10,000-word article. */
  longMs: number;
  /** longMs / msPer(1,000-word article), i.e. the time ratio for 10× the length. */
  ratio: number;
  lengthRatio: number;
}

function core(bytes: Uint8Array, key: string): number {
  const { doc, claims } = analyseArticle(bytes, { key, contentType: 'text/plain; charset=utf-8', metadata: { 'published-at': '2026-11-12T10:00:00Z' }, articleId: 'bench', outlet: 'levant-news' });
  const scope = { publishedAt: doc.publishedAt, ingestedAt: '2026-11-12T10:05:00Z' };
  let keys = 0;
  for (const claim of claims) keys += lookupKeys(fingerprintClaim(claim, scope), scope).length;
  return keys > 0 ? claims.length : 0;
}

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

export function measureCoreCpu(generator: NewsGenerator, options: { articles: number; rounds: number }): CoreCpu {
  const story = generator.story();
  const encode = (text: string) => new TextEncoder().encode(text);
  const short = Array.from({ length: options.articles }, () => generator.article(story, 'levant-news', 1000).text);
  const long = generator.article(story, 'levant-news', 10_000).text;
  const words = (text: string) => text.split(/\s+/u).length;
  const shortWords = short.reduce((s, t) => s + words(t), 0) / short.length;
  const shortBytes = short.map(encode);
  const longBytes = encode(long);

  let claims = 0;
  for (const bytes of shortBytes) claims += core(bytes, 'warm.txt'); // warm-up: JIT, lexicon maps
  core(longBytes, 'warm.txt');

  const analysed = shortBytes.map((bytes) => analyseArticle(bytes, { key: 'c.txt', contentType: 'text/plain; charset=utf-8', metadata: {}, articleId: 'bench', outlet: 'levant-news' }).claims);
  const scope = { publishedAt: '2026-11-12T10:00:00Z', ingestedAt: '2026-11-12T10:05:00Z' };
  const fingerprintAll = () => analysed.forEach((claims) => claims.forEach((claim) => lookupKeys(fingerprintClaim(claim, scope), scope)));
  let bestShort = Number.POSITIVE_INFINITY;
  let bestLong = Number.POSITIVE_INFINITY;
  let bestFingerprint = Number.POSITIVE_INFINITY;
  for (let round = 0; round < options.rounds; round++) {
    bestShort = Math.min(bestShort, cpuMs(() => shortBytes.forEach((bytes) => core(bytes, 'a.txt'))) / shortBytes.length);
    bestLong = Math.min(bestLong, cpuMs(() => core(longBytes, 'b.txt')));
    bestFingerprint = Math.min(bestFingerprint, cpuMs(fingerprintAll) / shortBytes.length);
  }
  return {
    articles: short.length,
    wordsPerArticle: shortWords,
    claimsPerArticle: claims / short.length,
    msPer1000Words: (bestShort * 1000) / shortWords,
    fingerprintMsPer1000Words: (bestFingerprint * 1000) / shortWords,
    longWords: words(long),
    longMs: bestLong,
    ratio: bestLong / bestShort,
    lengthRatio: words(long) / shortWords,
  };
}
