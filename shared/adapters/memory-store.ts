/**
 * IngestStore and ReportStore in memory, for unit tests of the pipeline and benchmarks at a scale dynalite
 * cannot reach (10^6 claims). It keeps DynamoDbStore's observable rules, not just its API: the same
 * candidate cap (lowest claim ids first, as DynamoDB's sort order gives), the same listing partitions with
 * one row per finding, the same signed cursors (invalid ones -> BadRequestError), the sequencer guard on
 * article rows, and copies on the way in and out (a caller mutating an object cannot change stored state).
 * It differs where DynamoDB is weaker: reads are always consistent and filtered pages are always full.
 */
import { TABLE } from '../../infra/resources';
import { BadRequestError } from '../errors';
import type { Article, Claim, Finding, Page } from '../model';
import type { ArticleQuery, CandidateRef, FindingQuery, IndexedClaim, IngestStore, ReportStore, VersionClaim } from '../ports';
import { CursorCodec, type CursorPosition } from './cursor';
import type { OperationStats } from './dynamodb-batch';
import type { IndexName } from './dynamodb-listing';
import { CandidateIndex, type StoredRef } from './memory-index';
import { ListingIndex, orderOf } from './memory-listing';
import {
  ALL_FINDINGS_FEED,
  CANDIDATE_CAP_PER_KEY,
  articleFeedPartition,
  articleOutletPartition,
  assertTwoArticles,
  findingKindPartition,
  findingOutletPartition,
  findingSpeakers,
  listingSortKey,
  pageLimit,
  decodeSignature,
  encodeSignature,
  indexEntrySortKey,
  parseClaimId,
  parseIndexKey,
  parseIndexLookup,
  scopeRangeBounds,
  speakerMatchKey,
} from './layout';

/** One side's reference to a finding, with the index attributes DynamoDbStore writes on it. */
interface FindingRow {
  finding: Finding;
  kind: string;
  speakers: string | null;
  sort: string;
  feed: string;
  outlet: string | null;
}

interface StoredClaim {
  /** The claim as JSON, as DynamoDbStore keeps it in `d`: a deep copy that costs one string. */
  json: string;
  /** The index's own bucket strings, so 10^6 claims do not keep 10^7 duplicate key strings alive. */
  indexKeys: string[];
}

const clone = <T>(value: T): T => structuredClone(value);

export interface MemoryStoreOptions {
  cursorSecret: string;
  candidateCap?: number;
  /** Clock for index entry write times, in ms (default Date.now). */
  now?: () => number;
}

/** In-memory implementation of both ports with DynamoDbStore's semantics. */
export class MemoryStore implements IngestStore, ReportStore {
  private readonly cursors: CursorCodec;
  private readonly sequencers = new Map<string, string>();
  private readonly articles = new Map<string, Article>();
  /** articleId -> claimId -> claim with its signature and index keys. */
  private readonly claims = new Map<string, Map<string, StoredClaim>>();
  private readonly index: CandidateIndex;
  private readonly now: () => number;
  /** articleId -> findingId -> that side's reference row. */
  private readonly findingRefs = new Map<string, Map<string, FindingRow>>();
  private readonly listings = {
    articles: { feed: new ListingIndex<Article>(), outlet: new ListingIndex<Article>() },
    findings: { feed: new ListingIndex<FindingRow>(), outlet: new ListingIndex<FindingRow>() },
  };
  private readonly counters = new Map<string, OperationStats>();

  constructor(options: MemoryStoreOptions) {
    this.cursors = new CursorCodec(options.cursorSecret);
    this.index = new CandidateIndex(options.candidateCap ?? CANDIDATE_CAP_PER_KEY);
    this.now = options.now ?? Date.now;
  }

  /** Calls and items read or written per operation (capacity units are not modelled: always 0). */
  stats(): Record<string, OperationStats> {
    return Object.fromEntries([...this.counters].map(([name, s]) => [name, { ...s }]));
  }

  /** Number of index entries stored under one key (for hot-bucket measurements). */
  bucketSize(indexKey: string): number {
    return this.index.size(indexKey);
  }

  async claimObjectVersion(articleId: string, sequencer: string): Promise<VersionClaim> {
    this.count('claimObjectVersion', 1);
    const stored = this.sequencers.get(articleId);
    if (stored === undefined || stored < sequencer) {
      this.sequencers.set(articleId, sequencer);
      return 'new';
    }
    return stored === sequencer ? 'same' : 'stale';
  }

  async getArticle(articleId: string): Promise<Article | null> {
    const row = this.articles.get(articleId);
    this.count('getArticle', row ? 1 : 0);
    return row ? clone(row) : null;
  }

  /** Ignored when the stored row reflects a newer sequencer, as in DynamoDbStore. */
  async putArticle(article: Article): Promise<void> {
    this.count('putArticle', 1);
    const stored = this.articles.get(article.id);
    if (stored && stored.sequencer > article.sequencer) return;
    if (stored) this.unlistArticle(stored);
    const value = clone(article);
    const entry = { pk: `ART#${article.id}`, sk: 'A', sort: listingSortKey(article.ingestedAt, article.id), value };
    this.articles.set(article.id, value);
    this.listings.articles.feed.put(articleFeedPartition(), entry);
    this.listings.articles.outlet.put(articleOutletPartition(article.outlet), entry);
  }

  async clearArticleContent(articleId: string): Promise<void> {
    const claims = this.claims.get(articleId);
    for (const [claimId, stored] of claims ?? []) {
      for (const indexKey of stored.indexKeys) {
        this.index.remove(indexKey, claimId);
      }
    }
    this.claims.delete(articleId);
    const refs = this.findingRefs.get(articleId);
    const removed = (claims?.size ?? 0) + (refs?.size ?? 0);
    for (const [findingId, row] of refs ?? []) {
      const { claim, counterpart } = row.finding;
      const other = claim.articleId === articleId ? counterpart.articleId : claim.articleId;
      this.removeRef(other, findingId);
      this.removeRef(articleId, findingId);
    }
    this.count('clearArticleContent', removed);
  }

  async deleteArticle(articleId: string): Promise<void> {
    await this.clearArticleContent(articleId);
    const stored = this.articles.get(articleId);
    if (stored) this.unlistArticle(stored);
    this.articles.delete(articleId);
    this.count('deleteArticle', 1);
  }

  async putClaims(claims: IndexedClaim[]): Promise<void> {
    const writtenAt = this.now();
    for (const entry of claims) {
      const { articleId } = parseClaimId(entry.claim.id);
      const { claim } = entry;
      const signature = encodeSignature(entry.signature);
      // One ref per scope (a claim's keys normally share one week), shared by all its buckets.
      const refs = new Map<string | null, StoredRef>();
      const refFor = (scope: string | null): StoredRef => {
        let ref = refs.get(scope);
        if (!ref) {
          ref = { order: indexEntrySortKey(writtenAt, claim.id, scope), claimId: claim.id, articleId: claim.articleId, outlet: claim.outlet, signature };
          refs.set(scope, ref);
        }
        return ref;
      };
      const stored: StoredClaim = { json: JSON.stringify(claim), indexKeys: [] };
      const perArticle = this.claims.get(articleId) ?? new Map<string, StoredClaim>();
      perArticle.set(claim.id, stored);
      this.claims.set(articleId, perArticle);
      for (const indexKey of new Set(entry.indexKeys)) {
        const { bucket, scope } = parseIndexKey(indexKey);
        stored.indexKeys.push(this.index.add(bucket, refFor(scope)));
      }
    }
    this.count('putClaims', claims.length);
  }

  async findCandidates(indexKeys: string[]): Promise<CandidateRef[]> {
    const found = new Map<string, { ref: StoredRef; keys: string[] }>();
    let read = 0;
    for (const lookupKey of new Set(indexKeys)) {
      const { bucket, range } = parseIndexLookup(lookupKey);
      const refs = this.index.lookup(bucket, range ? scopeRangeBounds(range) : null);
      read += refs.length;
      for (const ref of refs) {
        const seen = found.get(ref.claimId);
        if (!seen) found.set(ref.claimId, { ref, keys: [bucket] });
        else if (!seen.keys.includes(bucket)) seen.keys.push(bucket);
      }
    }
    this.count('findCandidates', read, new Set(indexKeys).size);
    return [...found.values()].map(({ ref, keys }) => ({
      claimId: ref.claimId,
      articleId: ref.articleId,
      outlet: ref.outlet,
      signature: decodeSignature(ref.signature),
      keys,
    }));
  }

  async getClaimsByIds(claimIds: string[]): Promise<Claim[]> {
    const out: Claim[] = [];
    for (const claimId of new Set(claimIds)) {
      const stored = this.claims.get(parseClaimId(claimId).articleId)?.get(claimId);
      if (stored) out.push(JSON.parse(stored.json) as Claim);
    }
    this.count('getClaimsByIds', out.length);
    return out;
  }

  async putFindings(findings: Finding[]): Promise<void> {
    for (const finding of findings) {
      assertTwoArticles(finding);
      const sort = listingSortKey(finding.createdAt, finding.id);
      const { claim, counterpart } = finding;
      const base = { kind: finding.kind, speakers: findingSpeakers(finding), sort };
      this.putRef(claim.articleId, { ...base, finding: clone(finding), feed: findingKindPartition(finding.kind), outlet: findingOutletPartition(claim.outlet) });
      this.putRef(counterpart.articleId, {
        ...base,
        finding: clone(finding),
        feed: ALL_FINDINGS_FEED,
        outlet: counterpart.outlet !== claim.outlet ? findingOutletPartition(counterpart.outlet) : null,
      });
    }
    this.count('putFindings', findings.length * 2);
  }

  async getClaims(articleId: string): Promise<Claim[]> {
    const claims = [...(this.claims.get(articleId)?.values() ?? [])].map((s) => JSON.parse(s.json) as Claim);
    this.count('getClaims', claims.length);
    return claims.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async findingsForArticle(articleId: string): Promise<Finding[]> {
    const rows = [...(this.findingRefs.get(articleId)?.values() ?? [])];
    this.count('findingsForArticle', rows.length);
    return rows.map((row) => clone(row.finding)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async listArticles(query: ArticleQuery): Promise<Page<Article>> {
    const [index, partition]: [IndexName, string] =
      query.outlet === undefined ? ['feed', articleFeedPartition()] : ['outlet', articleOutletPartition(query.outlet)];
    return this.listing(this.listings.articles[index], index, partition, query, () => true, (a) => a);
  }

  async listFindings(query: FindingQuery): Promise<Page<Finding>> {
    const speaker = query.speaker === undefined ? '' : speakerMatchKey(query.speaker.replace(/\|/g, ' '));
    const keep = (row: FindingRow): boolean =>
      (query.outlet === undefined || query.kind === undefined || row.kind === query.kind) &&
      (speaker.length === 0 || (row.speakers ?? '').includes(speaker));
    const [index, partition]: [IndexName, string] =
      query.outlet !== undefined
        ? ['outlet', findingOutletPartition(query.outlet)]
        : ['feed', query.kind !== undefined ? findingKindPartition(query.kind) : ALL_FINDINGS_FEED];
    return this.listing(this.listings.findings[index], index, partition, query, keep, (row) => row.finding);
  }

  private unlistArticle(article: Article): void {
    this.listings.articles.feed.remove(articleFeedPartition(), `ART#${article.id}`, 'A');
    this.listings.articles.outlet.remove(articleOutletPartition(article.outlet), `ART#${article.id}`, 'A');
  }

  private putRef(articleId: string, row: FindingRow): void {
    this.removeRef(articleId, row.finding.id);
    const refs = this.findingRefs.get(articleId) ?? new Map<string, FindingRow>();
    refs.set(row.finding.id, row);
    this.findingRefs.set(articleId, refs);
    const entry = { pk: `ART#${articleId}`, sk: `F#${row.finding.id}`, sort: row.sort, value: row };
    this.listings.findings.feed.put(row.feed, entry);
    if (row.outlet !== null) this.listings.findings.outlet.put(row.outlet, entry);
  }

  private removeRef(articleId: string, findingId: string): void {
    const refs = this.findingRefs.get(articleId);
    const row = refs?.get(findingId);
    if (!refs || !row) return;
    refs.delete(findingId);
    if (refs.size === 0) this.findingRefs.delete(articleId);
    this.listings.findings.feed.remove(row.feed, `ART#${articleId}`, `F#${findingId}`);
    if (row.outlet !== null) this.listings.findings.outlet.remove(row.outlet, `ART#${articleId}`, `F#${findingId}`);
  }

  /** A page of one index partition, newest first, with DynamoDbStore's cursor format and checks. */
  private listing<T, R>(
    listing: ListingIndex<T>,
    index: IndexName,
    partition: string,
    query: { limit: number; cursor?: string },
    keep: (value: T) => boolean,
    project: (value: T) => R,
  ): Page<R> {
    const limit = pageLimit(query.limit);
    const spec = TABLE.indexes[index];
    const scope = `${spec.name}|${partition}`;
    let after: string | null = null;
    if (query.cursor !== undefined) {
      const p = this.cursors.decode(scope, query.cursor, ['pk', 'sk', spec.partitionKey, spec.sortKey]);
      if (p[spec.partitionKey] !== partition) throw new BadRequestError('Invalid cursor');
      after = orderOf(p[spec.sortKey] as string, p.pk as string, p.sk as string);
    }
    const { rows, more } = listing.page(partition, after, limit, keep);
    this.count(`list:${spec.name}`, rows.length);
    const last = rows[rows.length - 1];
    const position = (e: NonNullable<typeof last>): CursorPosition => ({ pk: e.pk, sk: e.sk, [spec.partitionKey]: partition, [spec.sortKey]: e.sort });
    return {
      items: rows.map((row) => clone(project(row.value))),
      nextCursor: more && last ? this.cursors.encode(scope, position(last)) : null,
    };
  }

  private count(operation: string, items: number, requests = 1): void {
    const entry = this.counters.get(operation) ?? { requests: 0, capacityUnits: 0, items: 0, retries: 0 };
    entry.requests += requests;
    entry.items += items;
    this.counters.set(operation, entry);
  }
}
