/**
 * IngestStore and ReportStore in memory, for unit tests of the pipeline and benchmarks at a scale dynalite
 * cannot reach (10^6 claims). It keeps DynamoDbStore's observable rules, not just its API: the same
 * candidate cap (lowest claim ids first, as DynamoDB's sort order gives), the same listing partitions with
 * one row per finding, the same signed cursors (invalid ones -> BadRequestError), the sequencer guard on
 * article rows, and copies on the way in and out (a caller mutating an object cannot change stored state).
 * It differs where DynamoDB is weaker: reads are always consistent and filtered pages are always full.
 */
import type { Article, Claim, Finding, Page } from '../model';
import type { ArticleQuery, CandidateRef, FindingQuery, IndexedClaim, IngestStore, ReportStore, VersionClaim } from '../ports';
import { CursorCodec, type CursorPosition } from './cursor';
import type { OperationStats } from './dynamodb-batch';
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
  parseClaimId,
  speakerMatchKey,
} from './layout';

/** A row of a listing, as the GSI would hold it. */
interface ListingRow<T> {
  pk: string;
  sk: string;
  feed: { partition: string; sort: string } | null;
  outlet: { partition: string; sort: string } | null;
  value: T;
  kind?: string;
  speakers?: string | null;
}

interface StoredClaim {
  claim: Claim;
  signature: number[];
  indexKeys: string[];
}

interface Bucket {
  refs: Map<string, CandidateRef>;
  /** The first CANDIDATE_CAP refs by claim id; rebuilt lazily after a write. */
  capped: CandidateRef[] | null;
}

const INDEXES = {
  feed: { name: 'feed', pk: 'fpk', sk: 'fsk' },
  outlet: { name: 'outlet', pk: 'opk', sk: 'osk' },
} as const;

const clone = <T>(value: T): T => structuredClone(value);

export interface MemoryStoreOptions {
  cursorSecret: string;
  candidateCap?: number;
}

/** In-memory implementation of both ports with DynamoDbStore's semantics. */
export class MemoryStore implements IngestStore, ReportStore {
  private readonly cursors: CursorCodec;
  private readonly candidateCap: number;
  private readonly sequencers = new Map<string, string>();
  private readonly articles = new Map<string, ListingRow<Article>>();
  /** articleId -> claimId -> claim with its signature and index keys. */
  private readonly claims = new Map<string, Map<string, StoredClaim>>();
  private readonly index = new Map<string, Bucket>();
  /** articleId -> findingId -> that side's reference row. */
  private readonly findingRefs = new Map<string, Map<string, ListingRow<Finding>>>();
  private readonly counters = new Map<string, OperationStats>();

  constructor(options: MemoryStoreOptions) {
    this.cursors = new CursorCodec(options.cursorSecret);
    this.candidateCap = options.candidateCap ?? CANDIDATE_CAP_PER_KEY;
  }

  /** Calls and items read or written per operation (capacity units are not modelled: always 0). */
  stats(): Record<string, OperationStats> {
    return Object.fromEntries([...this.counters].map(([name, s]) => [name, { ...s }]));
  }

  /** Number of index entries stored under one key (for hot-bucket measurements). */
  bucketSize(indexKey: string): number {
    return this.index.get(indexKey)?.refs.size ?? 0;
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
    return row ? clone(row.value) : null;
  }

  /** Ignored when the stored row reflects a newer sequencer, as in DynamoDbStore. */
  async putArticle(article: Article): Promise<void> {
    this.count('putArticle', 1);
    const stored = this.articles.get(article.id);
    if (stored && stored.value.sequencer > article.sequencer) return;
    const sort = listingSortKey(article.ingestedAt, article.id);
    this.articles.set(article.id, {
      pk: `ART#${article.id}`,
      sk: 'A',
      feed: { partition: articleFeedPartition(), sort },
      outlet: { partition: articleOutletPartition(article.outlet), sort },
      value: clone(article),
    });
  }

  async clearArticleContent(articleId: string): Promise<void> {
    const claims = this.claims.get(articleId);
    for (const [claimId, stored] of claims ?? []) {
      for (const indexKey of stored.indexKeys) {
        const bucket = this.index.get(indexKey);
        if (bucket?.refs.delete(claimId)) bucket.capped = null;
        if (bucket && bucket.refs.size === 0) this.index.delete(indexKey);
      }
    }
    this.claims.delete(articleId);
    const refs = this.findingRefs.get(articleId);
    for (const [findingId, row] of refs ?? []) {
      const other = row.value.claim.articleId === articleId ? row.value.counterpart.articleId : row.value.claim.articleId;
      this.findingRefs.get(other)?.delete(findingId);
    }
    this.findingRefs.delete(articleId);
    this.count('clearArticleContent', (claims?.size ?? 0) + (refs?.size ?? 0));
  }

  async deleteArticle(articleId: string): Promise<void> {
    await this.clearArticleContent(articleId);
    this.articles.delete(articleId);
    this.count('deleteArticle', 1);
  }

  async putClaims(claims: IndexedClaim[]): Promise<void> {
    for (const entry of claims) {
      const { articleId } = parseClaimId(entry.claim.id);
      const stored: StoredClaim = {
        claim: clone(entry.claim),
        signature: [...entry.signature],
        indexKeys: [...new Set(entry.indexKeys)],
      };
      const perArticle = this.claims.get(articleId) ?? new Map<string, StoredClaim>();
      perArticle.set(entry.claim.id, stored);
      this.claims.set(articleId, perArticle);
      for (const indexKey of stored.indexKeys) {
        const bucket = this.index.get(indexKey) ?? { refs: new Map(), capped: null };
        bucket.refs.set(entry.claim.id, {
          claimId: entry.claim.id,
          articleId: entry.claim.articleId,
          outlet: entry.claim.outlet,
          signature: stored.signature,
        });
        bucket.capped = null;
        this.index.set(indexKey, bucket);
      }
    }
    this.count('putClaims', claims.length);
  }

  async findCandidates(indexKeys: string[]): Promise<CandidateRef[]> {
    const found = new Map<string, CandidateRef>();
    let read = 0;
    for (const indexKey of new Set(indexKeys)) {
      const bucket = this.index.get(indexKey);
      if (!bucket) continue;
      bucket.capped ??= [...bucket.refs.values()]
        .sort((a, b) => (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0))
        .slice(0, this.candidateCap);
      read += bucket.capped.length;
      for (const ref of bucket.capped) if (!found.has(ref.claimId)) found.set(ref.claimId, ref);
    }
    this.count('findCandidates', read, new Set(indexKeys).size);
    return [...found.values()].map((ref) => ({ ...ref, signature: [...ref.signature] }));
  }

  async getClaimsByIds(claimIds: string[]): Promise<Claim[]> {
    const out: Claim[] = [];
    for (const claimId of new Set(claimIds)) {
      const stored = this.claims.get(parseClaimId(claimId).articleId)?.get(claimId);
      if (stored) out.push(clone(stored.claim));
    }
    this.count('getClaimsByIds', out.length);
    return out;
  }

  async putFindings(findings: Finding[]): Promise<void> {
    for (const finding of findings) {
      assertTwoArticles(finding);
      const sort = listingSortKey(finding.createdAt, finding.id);
      const { claim, counterpart } = finding;
      const base = { sk: `F#${finding.id}`, kind: finding.kind, speakers: findingSpeakers(finding) };
      this.putRef(claim.articleId, finding, {
        ...base,
        feed: { partition: findingKindPartition(finding.kind), sort },
        outlet: { partition: findingOutletPartition(claim.outlet), sort },
      });
      this.putRef(counterpart.articleId, finding, {
        ...base,
        feed: { partition: ALL_FINDINGS_FEED, sort },
        outlet: counterpart.outlet !== claim.outlet ? { partition: findingOutletPartition(counterpart.outlet), sort } : null,
      });
    }
    this.count('putFindings', findings.length * 2);
  }

  async getClaims(articleId: string): Promise<Claim[]> {
    const claims = [...(this.claims.get(articleId)?.values() ?? [])].map((s) => clone(s.claim));
    this.count('getClaims', claims.length);
    return claims.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async findingsForArticle(articleId: string): Promise<Finding[]> {
    const rows = [...(this.findingRefs.get(articleId)?.values() ?? [])];
    this.count('findingsForArticle', rows.length);
    return rows.sort((a, b) => (a.sk < b.sk ? -1 : a.sk > b.sk ? 1 : 0)).map((row) => clone(row.value));
  }

  async listArticles(query: ArticleQuery): Promise<Page<Article>> {
    const rows = [...this.articles.values()];
    return query.outlet === undefined
      ? this.listing(rows, 'feed', articleFeedPartition(), query.limit, query.cursor)
      : this.listing(rows, 'outlet', articleOutletPartition(query.outlet), query.limit, query.cursor);
  }

  async listFindings(query: FindingQuery): Promise<Page<Finding>> {
    const speaker = query.speaker === undefined ? '' : speakerMatchKey(query.speaker.replace(/\|/g, ' '));
    const rows = [...this.findingRefs.values()]
      .flatMap((refs) => [...refs.values()])
      .filter((row) => query.outlet === undefined || query.kind === undefined || row.kind === query.kind)
      .filter((row) => speaker.length === 0 || (row.speakers ?? '').includes(speaker));
    if (query.outlet !== undefined) {
      return this.listing(rows, 'outlet', findingOutletPartition(query.outlet), query.limit, query.cursor);
    }
    const partition = query.kind !== undefined ? findingKindPartition(query.kind) : ALL_FINDINGS_FEED;
    return this.listing(rows, 'feed', partition, query.limit, query.cursor);
  }

  private putRef(articleId: string, finding: Finding, row: Omit<ListingRow<Finding>, 'pk' | 'value'>): void {
    const refs = this.findingRefs.get(articleId) ?? new Map<string, ListingRow<Finding>>();
    refs.set(finding.id, { ...row, pk: `ART#${articleId}`, value: clone(finding) });
    this.findingRefs.set(articleId, refs);
  }

  /** Newest first within one index partition, continuing strictly after the cursor's row. */
  private listing<T>(
    rows: ListingRow<T>[],
    index: keyof typeof INDEXES,
    partition: string,
    requestedLimit: number,
    cursor: string | undefined,
  ): Page<T> {
    const limit = pageLimit(requestedLimit);
    const spec = INDEXES[index];
    const scope = `${spec.name}|${partition}`;
    const keys = ['pk', 'sk', spec.pk, spec.sk];
    const order = (row: ListingRow<T>): string => `${row[index]?.sort ?? ''}\u0000${row.pk}\u0000${row.sk}`;
    let after: string | null = null;
    if (cursor !== undefined) {
      const p = this.cursors.decode(scope, cursor, keys);
      after = `${p[spec.sk]}\u0000${p.pk}\u0000${p.sk}`;
    }
    const selected = rows
      .filter((row) => row[index]?.partition === partition && (after === null || order(row) < after))
      .sort((a, b) => (order(a) < order(b) ? 1 : order(a) > order(b) ? -1 : 0));
    this.count(`list:${spec.name}`, Math.min(selected.length, limit + 1));
    const page = selected.slice(0, limit);
    const last = page[page.length - 1];
    const position = (row: ListingRow<T>): CursorPosition => ({
      pk: row.pk,
      sk: row.sk,
      [spec.pk]: partition,
      [spec.sk]: row[index]?.sort ?? '',
    });
    return {
      items: page.map((row) => clone(row.value)),
      nextCursor: selected.length > limit && last ? this.cursors.encode(scope, position(last)) : null,
    };
  }

  private count(operation: string, items: number, requests = 1): void {
    const entry = this.counters.get(operation) ?? { requests: 0, capacityUnits: 0, items: 0, retries: 0 };
    entry.requests += requests;
    entry.items += items;
    this.counters.set(operation, entry);
  }
}
