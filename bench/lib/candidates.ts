/**
 * Candidate flatness: the production index code (fingerprintClaim, lookupKeys, verifyCandidate) over the
 * in-memory storage port (MemoryStore, DynamoDbStore's semantics and cap) with 10^3 … 10^6 stored claims, all
 * published in ONE week (the worst case: every stored claim is inside every lookup's three-week range).
 * At each size, two query sets: planted variants of stored quotes (one word replaced) and fresh claims of old
 * and new stories; against a brute-force baseline that verifies the query against every stored signature.
 */
import { MemoryStore } from '../../shared/adapters/memory-store';
import { fingerprintClaim, lookupKeys, verifyCandidate } from '../../shared/matching/fingerprint';
import type { Claim } from '../../shared/model';
import type { IndexedClaim } from '../../shared/ports';
import type { NewsGenerator, Story } from './corpus';
import { median, quantile } from './random';

const SCOPE = { publishedAt: '2026-11-12T10:00:00Z', ingestedAt: '2026-11-12T10:05:00Z' };
const CLAIMS_PER_ARTICLE = 40;
const ARTICLES_PER_STORY = 4;

export interface SizeResult {
  stored: number;
  queries: number;
  candidatesMedian: number;
  candidatesP99: number;
  candidatesMean: number;
  verifiedMean: number;
  plantedRecall: number;
  planted: number;
  bruteRecall: number;
  /** Comparisons per query: brute force (every stored claim) / index (candidates verified). */
  comparisonsRatio: number;
  indexUsPerQuery: number;
  bruteUsPerQuery: number;
  /** Brute-force queries actually timed (the rest extrapolated from their mean). */
  bruteTimed: number;
  timeRatio: number;
  largestBucket: number;
}

interface Planted {
  query: IndexedClaim;
  originalId: string;
}

/** Stored claims so far, with their signatures packed for the brute-force baseline. */
class Archive {
  readonly store = new MemoryStore({ cursorSecret: 'bench-cursor-secret-0123456789', now: () => Date.UTC(2026, 10, 12, 10) });
  readonly quotes: Claim[] = [];
  /** The signatures as fingerprintClaim returned them (the brute-force baseline verifies against each). */
  readonly signatures: number[][] = [];
  readonly ids: string[] = [];
  stories: Story[] = [];
  size = 0;
  private articles = 0;

  constructor(private readonly generator: NewsGenerator) {}

  /** Adds articles of CLAIMS_PER_ARTICLE claims, a new story every ARTICLES_PER_STORY articles, up to `target` claims. */
  async growTo(target: number): Promise<void> {
    while (this.size < target) {
      if (this.articles % ARTICLES_PER_STORY === 0) this.stories.push(this.generator.story());
      const story = this.stories[this.stories.length - 1] as Story;
      const articleId = `a${this.articles}`;
      const outlet = `outlet-${this.articles % ARTICLES_PER_STORY}`;
      const batch: IndexedClaim[] = [];
      for (let i = 1; i <= CLAIMS_PER_ARTICLE && this.size < target; i++) {
        const claim = this.generator.claim(story, articleId, outlet, i);
        const indexed = fingerprintClaim(claim, SCOPE);
        batch.push(indexed);
        this.signatures.push(indexed.signature);
        this.ids.push(claim.id);
        if (claim.kind === 'quote' && indexed.indexKeys.length > 0 && this.quotes.length < 200_000) this.quotes.push(claim);
        this.size += 1;
      }
      await this.store.putClaims(batch);
      this.articles += 1;
    }
  }
}

/** Brute force: the verify step against every stored signature (what the index exists to avoid). */
function bruteForce(archive: Archive, query: readonly number[]): string[] {
  const out: string[] = [];
  for (let c = 0; c < archive.size; c++) if (verifyCandidate(query, archive.signatures[c] as number[])) out.push(archive.ids[c] as string);
  return out;
}

export interface ProbeResult {
  stored: number;
  /** The stored claim was among the candidates the index returned for the query. */
  found: boolean;
  /** ... and passed the verify step. */
  verified: boolean;
  candidates: number;
}

/**
 * Runs the index and brute-force measurements at each size (sizes ascending; the archive grows between them),
 * then, at the largest size, stores `probe.stored` and looks up `probe.query` (the seed quotation pair).
 */
export async function measureCandidates(
  generator: NewsGenerator,
  sizes: readonly number[],
  options: { queries: number; bruteQueries: (size: number) => number; probe?: { stored: Claim; query: Claim } | null },
): Promise<{ sizes: SizeResult[]; probe: ProbeResult | null }> {
  const archive = new Archive(generator);
  const results: SizeResult[] = [];
  for (const size of sizes) {
    await archive.growTo(size);
    const planted = plant(generator, archive, options.queries);
    const fresh = Array.from({ length: options.queries }, (_, i) => {
      const story = i % 2 === 0 ? generator.story() : (archive.stories[Math.floor(generator.rng() * archive.stories.length)] as Story);
      return fingerprintClaim(generator.claim(story, `q${size}-${i}`, 'outlet-new', 1), SCOPE);
    });
    const queries = [...planted.map((p) => p.query), ...fresh];

    const counts: number[] = [];
    const verified: number[] = [];
    const found: Array<Set<string>> = [];
    const started = performance.now();
    for (const query of queries) {
      const refs = await archive.store.findCandidates(lookupKeys(query, SCOPE));
      const ok = refs.filter((ref) => verifyCandidate(query.signature, ref.signature));
      counts.push(refs.length);
      verified.push(ok.length);
      found.push(new Set(ok.map((ref) => ref.claimId)));
    }
    const indexUs = ((performance.now() - started) * 1000) / queries.length;
    const hits = planted.filter((p, i) => found[i]?.has(p.originalId)).length;

    const timed = Math.min(queries.length, options.bruteQueries(size));
    let bruteHits = 0;
    let bruteTimedPlanted = 0;
    const bruteStarted = performance.now();
    for (let i = 0; i < timed; i++) {
      // Alternate planted and fresh queries so the timed sample mixes both.
      const at = i % 2 === 0 ? i / 2 : planted.length + (i - 1) / 2;
      const ids = bruteForce(archive, (queries[at] as IndexedClaim).signature);
      if (at < planted.length) {
        bruteTimedPlanted += 1;
        if (ids.includes((planted[at] as Planted).originalId)) bruteHits += 1;
      }
    }
    const bruteUs = ((performance.now() - bruteStarted) * 1000) / timed;
    const sorted = [...counts].sort((a, b) => a - b);
    const mean = counts.reduce((s, c) => s + c, 0) / counts.length;
    results.push({
      stored: archive.size,
      queries: queries.length,
      candidatesMedian: median(counts),
      candidatesP99: quantile(sorted, 0.99),
      candidatesMean: mean,
      verifiedMean: verified.reduce((s, c) => s + c, 0) / verified.length,
      plantedRecall: hits / planted.length,
      planted: planted.length,
      bruteRecall: bruteHits / Math.max(1, bruteTimedPlanted),
      comparisonsRatio: archive.size / Math.max(mean, 1e-9),
      indexUsPerQuery: indexUs,
      bruteUsPerQuery: bruteUs,
      bruteTimed: timed,
      timeRatio: bruteUs / indexUs,
      largestBucket: largestBucket(archive, queries),
    });
  }
  let probe: ProbeResult | null = null;
  if (options.probe) {
    await archive.store.putClaims([fingerprintClaim(options.probe.stored, SCOPE)]);
    const query = fingerprintClaim(options.probe.query, SCOPE);
    const refs = await archive.store.findCandidates(lookupKeys(query, SCOPE));
    const ref = refs.find((r) => r.claimId === options.probe?.stored.id);
    probe = { stored: archive.size, found: ref !== undefined, verified: ref !== undefined && verifyCandidate(query.signature, ref.signature), candidates: refs.length };
  }
  return { sizes: results, probe };
}

/** One-word substitutions of stored, indexed quotes, published by another outlet (variants that still get keys). */
function plant(generator: NewsGenerator, archive: Archive, count: number): Planted[] {
  const out: Planted[] = [];
  while (out.length < count) {
    const original = archive.quotes[Math.floor(generator.rng() * archive.quotes.length)] as Claim;
    const words = (original.quote ?? '').split(' ');
    const quote = generator.substituteOneWord(words).join(' ');
    const articleId = `planted-${out.length}`;
    const variant: Claim = { ...original, id: `${articleId}#0001`, articleId, outlet: 'outlet-planted', quote, text: `وقال: «${quote}».` };
    const query = fingerprintClaim(variant, SCOPE);
    if (query.indexKeys.length === 0) continue; // too few words left to index (the stored quote had keys)
    out.push({ query, originalId: original.id });
  }
  return out;
}

/** Fullest bucket any query read (entries stored under the key, not just the capped read). */
function largestBucket(archive: Archive, queries: readonly IndexedClaim[]): number {
  let largest = 0;
  for (const query of queries) {
    for (const key of query.indexKeys) largest = Math.max(largest, archive.store.bucketSize(key.slice(0, key.lastIndexOf('@'))));
  }
  return largest;
}
