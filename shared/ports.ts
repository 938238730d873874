/**
 * Ports: what the domain needs from storage, in domain terms. Adapters live in shared/adapters/
 * (DynamoDB, S3, in-memory); use cases receive them as parameters and never import an adapter.
 */
import type { Article, Claim, Finding, FindingKind, Page } from './model';

/** Raw object as uploaded by a newsroom system. */
export interface ArticleObject {
  bytes: Uint8Array;
  /** User metadata (x-amz-meta-*), keys lower-cased without the prefix. */
  metadata: Record<string, string>;
  contentType: string | null;
}

/** Read access to uploaded articles (S3 in production, s3rver locally). */
export interface ArticleBlobs {
  /**
   * Throws ArticleRejectedError('not-found') when the object is gone, ('too-large') past maxBytes.
   * With `versionId` (versioned buckets) reads exactly the version the event names, so processing one event
   * depends on that event alone and not on which later version happens to be current.
   */
  get(bucket: string, key: string, maxBytes: number, versionId?: string): Promise<ArticleObject>;
}

/** A claim plus what the candidate index needs to store for it. */
export interface IndexedClaim {
  claim: Claim;
  /** MinHash signature over the claim's normalised shingles (kept for the cheap verify step). */
  signature: number[];
  /** Index keys (LSH band keys, speaker keys), already scoped in time. At most a few dozen per claim. */
  indexKeys: string[];
}

/** A stored claim reached through an index key, before it is fetched. */
export interface CandidateRef {
  claimId: string;
  articleId: string;
  outlet: string;
  signature: number[];
  /** The index keys (without their time scope) the claim was found under: what the two claims share. */
  keys: string[];
}

export type VersionClaim = 'new' | 'same' | 'stale';

/** Write side used by the ingest pipeline. */
export interface IngestStore {
  /**
   * Records that `sequencer` (already padded) is the newest event seen for bucket/key.
   * `stale` when a newer event was recorded, `same` when this one was (a duplicate or a retry).
   */
  claimObjectVersion(articleId: string, sequencer: string): Promise<VersionClaim>;
  getArticle(articleId: string): Promise<Article | null>;
  putArticle(article: Article): Promise<void>;
  /** Removes the article's claims, index entries and findings on both sides; keeps the article row. */
  clearArticleContent(articleId: string): Promise<void>;
  /** Removes the article row as well as its content. */
  deleteArticle(articleId: string): Promise<void>;
  /** Writes claim items and their index entries. Idempotent. */
  putClaims(claims: IndexedClaim[]): Promise<void>;
  /** Strongly consistent lookup of index keys; returns each stored claim at most once. */
  findCandidates(indexKeys: string[]): Promise<CandidateRef[]>;
  getClaimsByIds(claimIds: string[]): Promise<Claim[]>;
  /** Idempotent: a finding id is derived from its claim pair, so concurrent writers converge on one item. */
  putFindings(findings: Finding[]): Promise<void>;
}

/**
 * One writer per article at a time. Two ingests of one key (a duplicate delivery, or an older and a newer
 * version) must never interleave their writes: claim ids are per article, so interleaved writes would mix two
 * versions' claims. A lease expires on its own, after its holder's invocation is certain to be over (the
 * Lambda timeout), so a killed holder blocks the key only until then.
 */
export interface ArticleLeases {
  /** Takes the lease until `untilMs` (epoch ms) unless another owner holds one that is unexpired at `nowMs`. */
  acquire(articleId: string, owner: string, untilMs: number, nowMs: number): Promise<boolean>;
  /** Gives the lease up if `owner` still holds it; otherwise does nothing. */
  release(articleId: string, owner: string): Promise<void>;
}

export interface ArticleQuery {
  outlet?: string;
  limit: number;
  cursor?: string;
}

export interface FindingQuery {
  kind?: FindingKind;
  outlet?: string;
  speaker?: string;
  limit: number;
  cursor?: string;
}

/** Read side used by the HTTP API. Cursors are opaque and tamper-evident (BadRequestError otherwise). */
export interface ReportStore {
  getArticle(articleId: string): Promise<Article | null>;
  listArticles(query: ArticleQuery): Promise<Page<Article>>;
  getClaims(articleId: string): Promise<Claim[]>;
  findingsForArticle(articleId: string): Promise<Finding[]>;
  listFindings(query: FindingQuery): Promise<Page<Finding>>;
}

export interface Clock {
  now(): Date;
}
