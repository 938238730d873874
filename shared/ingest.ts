/**
 * The ingest use case: one S3 object event in, an article with its claims and cross-outlet findings out.
 * Order of writes matters (design.md, properties 2 and 3): the article's own claims and index entries are
 * written before candidates are read (strongly consistent), so of two articles ingested at the same moment
 * at least one sees the other; the article row is marked `done` last, so a crash half-way is retried in full.
 *
 * Events arrive at least once and in any order (reliability-and-scale.md A1). Two ingests of one key must
 * never interleave their writes: claim ids are `<articleId>#<ordinal>`, so a slow ingest of an older version
 * writing after a newer one would overwrite the newer claims with old ones. Hence:
 *   1. the event's sequencer is recorded (claimObjectVersion): an older event than the recorded one is stale;
 *   2. reading and analysing the object happens outside any lock (it is pure and may be slow);
 *   3. all writes happen under the article's lease, after re-checking under it that this event is still the
 *      newest, and that no twin finished the same version meanwhile. A killed holder keeps the lease only
 *      until its invocation is certainly over, then a retry redoes the version from scratch (every write is
 *      an idempotent put of a deterministic item, and the article's old content is cleared first).
 */
import { randomUUID } from 'node:crypto';
import { MemoryLeases } from './leases';
import { analyseArticle } from './analyse';
import { ArticleRejectedError } from './errors';
import { compareClaims } from './matching/compare';
import { fingerprintClaim, lookupKeys, sharesSpeakerQuoteKey, verifyCandidate } from './matching/fingerprint';
import type { Article, ArticleText, Claim, Finding } from './model';
import { type ObjectEvent, articleIdFor, outletFor } from './object-events';
import type { ArticleBlobs, ArticleLeases, CandidateRef, Clock, IndexedClaim, IngestStore, VersionClaim } from './ports';

export interface IngestDeps {
  store: IngestStore;
  blobs: ArticleBlobs;
  clock: Clock;
  maxObjectBytes: number;
  /**
   * One writer per article. Default: leases held in this process, which is enough when every ingest runs in
   * one process (evaluation, benchmarks) but not across Lambda instances (functions/wiring.ts passes DynamoDB's).
   */
  leases?: ArticleLeases;
  /** Epoch ms at which this invocation may be killed (Lambda: now + remaining time). Default: now + 60 s. */
  deadlineMs?: number;
  /** Longest wait for another ingest of the same key to finish its writes before giving the message back. */
  leaseWaitMs?: number;
  /** How long a lease outlives the deadline (clock skew between instances). Default LEASE_MARGIN_MS. */
  leaseMarginMs?: number;
}

export type IngestOutcome =
  | { status: 'done'; articleId: string; claimCount: number; findingCount: number }
  | { status: 'failed'; articleId: string; code: string; error: string }
  | { status: 'deleted' | 'stale' | 'duplicate'; articleId: string };

/** Another ingest of the same key held its lease for longer than we could wait: retry the message later. */
export class ArticleBusyError extends Error {
  override name = 'ArticleBusyError';
  constructor(readonly articleId: string) {
    super(`Another ingest of article ${articleId} is still writing; the message will be retried`);
  }
}

/**
 * Most claims one article may have. Each claim costs about fifty index lookups and a few dozen writes, so
 * past this an ingest would outrun its Lambda timeout, be retried to the DLQ and never get a status. Real
 * articles carry about five claims per hundred words (the seed articles: 14-31), so this is a 20,000-word
 * transcript, or a hostile flood of short quotations.
 */
export const MAX_CLAIMS_PER_ARTICLE = 1_000;

/** A lease outlives its holder's deadline by this much, for clock skew between instances. */
export const LEASE_MARGIN_MS = 2_000;
const DEFAULT_INVOCATION_MS = 60_000;
const DEFAULT_LEASE_WAIT_MS = 10_000;

const processLeases = new MemoryLeases();

/** Processes one object event. Throws only on infrastructure errors (worth a retry); bad articles end as `failed`. */
export async function ingestObjectEvent(event: ObjectEvent, deps: IngestDeps): Promise<IngestOutcome> {
  const articleId = articleIdFor(event.bucket, event.key);
  if (event.type === 'put') {
    // Most redeliveries find their version finished (or overtaken): one read, nothing to claim or lock.
    const existing = await deps.store.getArticle(articleId);
    if (existing && existing.sequencer > event.sequencer) return { status: 'stale', articleId };
    if (isFinished(existing, event)) return { status: 'duplicate', articleId };
  }
  const version = await deps.store.claimObjectVersion(articleId, event.sequencer);
  if (version === 'stale') return { status: 'stale', articleId };
  if (event.type === 'delete') return withLease(articleId, deps, () => deleteVersion(event, articleId, version, deps));
  const prepared = await prepare(event, articleId, deps);
  return withLease(articleId, deps, () => writeVersion(event, prepared, deps));
}

function isFinished(article: Article | null, event: ObjectEvent): boolean {
  return article !== null && article.sequencer === event.sequencer && article.status !== 'processing';
}

async function deleteVersion(event: ObjectEvent, articleId: string, version: VersionClaim, deps: IngestDeps): Promise<IngestOutcome> {
  // Re-checked under the lease: a newer upload may have been recorded while we waited for it.
  if ((await deps.store.claimObjectVersion(articleId, event.sequencer)) === 'stale') return { status: 'stale', articleId };
  // deleteArticle removes the row last, so no row means a previous delivery of this delete completed.
  if (version === 'same' && (await deps.store.getArticle(articleId)) === null) return { status: 'duplicate', articleId };
  await deps.store.deleteArticle(articleId);
  return { status: 'deleted', articleId };
}

interface Prepared {
  article: Article;
  /** Claims with their fingerprints, or why the article was rejected. */
  result: { doc: ArticleText; indexed: IndexedClaim[] } | { rejected: ArticleRejectedError };
}

/** Reads and analyses the object: no write, so it needs no lease. Throws only on I/O errors. */
async function prepare(event: ObjectEvent, articleId: string, deps: IngestDeps): Promise<Prepared> {
  const ingestedAt = deps.clock.now().toISOString();
  const article: Article = {
    id: articleId,
    bucket: event.bucket,
    key: event.key,
    outlet: outletFor(event.key, undefined),
    title: null,
    url: null,
    language: 'und',
    publishedAt: null,
    status: 'processing',
    error: null,
    errorCode: null,
    claimCount: 0,
    ingestedAt,
    sequencer: event.sequencer,
  };
  try {
    if (event.size !== null && event.size > deps.maxObjectBytes) {
      throw new ArticleRejectedError(
        'too-large',
        `Object is ${event.size} bytes; the limit is ${deps.maxObjectBytes} bytes, so it was not read`,
      );
    }
    const object = await deps.blobs.get(event.bucket, event.key, deps.maxObjectBytes, event.versionId ?? undefined);
    article.outlet = outletFor(event.key, object.metadata.outlet);
    const { doc, claims } = analyseOrReject(object.bytes, {
      key: event.key,
      contentType: object.contentType,
      metadata: object.metadata,
      articleId,
      outlet: article.outlet,
    });
    if (claims.length > MAX_CLAIMS_PER_ARTICLE) {
      throw new ArticleRejectedError('too-many-claims', `The article has ${claims.length} claims; at most ${MAX_CLAIMS_PER_ARTICLE} are indexed per article`);
    }
    Object.assign(article, { title: doc.title, url: doc.url, language: doc.language, publishedAt: doc.publishedAt });
    const scope = { publishedAt: doc.publishedAt, ingestedAt };
    return { article, result: { doc, indexed: claims.map((claim) => fingerprintClaim(claim, scope)) } };
  } catch (error) {
    if (!(error instanceof ArticleRejectedError)) throw error;
    return { article, result: { rejected: error } };
  }
}

/**
 * The analysis is pure: whatever it throws on these bytes it will throw again on every retry, so an
 * unexpected error (a defect meeting hostile input, e.g. a stack overflow) fails the article, not the message.
 */
function analyseOrReject(bytes: Uint8Array, source: Parameters<typeof analyseArticle>[1]): ReturnType<typeof analyseArticle> {
  try {
    return analyseArticle(bytes, source);
  } catch (error) {
    if (error instanceof ArticleRejectedError) throw error;
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new ArticleRejectedError('unprocessable', `The article could not be analysed (${reason.slice(0, 200)})`, { cause: error });
  }
}

/** All writes of one version, under the article's lease. */
async function writeVersion(event: ObjectEvent, { article, result }: Prepared, deps: IngestDeps): Promise<IngestOutcome> {
  const { store } = deps;
  const articleId = article.id;
  if ((await store.claimObjectVersion(articleId, event.sequencer)) === 'stale') return { status: 'stale', articleId };
  if (isFinished(await store.getArticle(articleId), event)) return { status: 'duplicate', articleId };

  if ('rejected' in result) {
    const { code, message } = result.rejected;
    await store.clearArticleContent(articleId);
    await store.putArticle({ ...article, status: 'failed', error: message, errorCode: code });
    return { status: 'failed', articleId, code, error: message };
  }

  await store.putArticle(article);
  await store.clearArticleContent(articleId);
  await store.putClaims(result.indexed);
  const scope = { publishedAt: result.doc.publishedAt, ingestedAt: article.ingestedAt };
  const findings = await findFindings(result.indexed, article, scope, deps);
  await store.putFindings(findings);
  await store.putArticle({ ...article, status: 'done', claimCount: result.indexed.length });
  return { status: 'done', articleId, claimCount: result.indexed.length, findingCount: findings.length };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` holding the article's lease. Waits (exponential backoff, full jitter) while another ingest of
 * the key holds it, up to leaseWaitMs of real time, then throws ArticleBusyError so the queue redelivers.
 */
async function withLease<T>(articleId: string, deps: IngestDeps, work: () => Promise<T>): Promise<T> {
  const leases = deps.leases ?? processLeases;
  const owner = randomUUID();
  const waitBudget = deps.leaseWaitMs ?? DEFAULT_LEASE_WAIT_MS;
  const started = performance.now();
  for (let attempt = 0; ; attempt++) {
    const now = deps.clock.now().getTime();
    const deadline = deps.deadlineMs ?? now + DEFAULT_INVOCATION_MS;
    if (await leases.acquire(articleId, owner, Math.max(deadline, now) + (deps.leaseMarginMs ?? LEASE_MARGIN_MS), now)) break;
    const left = waitBudget - (performance.now() - started);
    if (left <= 0) throw new ArticleBusyError(articleId);
    await sleep(Math.min(left, Math.random() * Math.min(500, 20 * 2 ** attempt)));
  }
  try {
    return await work();
  } finally {
    // A release that fails (the invocation is dying) leaves the lease to expire at the deadline on its own.
    await leases.release(articleId, owner).catch(() => undefined);
  }
}

/**
 * Candidates from other outlets through the index, a cheap signature check, then the full comparison.
 * A candidate sharing one of the claim's speaker-scoped quote keys skips the signature check: the same
 * speaker with the same words opening or closing a sentence of the quotation is evidence enough, and a
 * translated passage of a longer quotation shares too few words for the signatures to show it.
 */
async function findFindings(
  indexed: IndexedClaim[],
  article: Article,
  scope: { publishedAt: string | null; ingestedAt: string },
  deps: IngestDeps,
): Promise<Finding[]> {
  const keys = [...new Set(indexed.flatMap((entry) => lookupKeys(entry, scope)))];
  if (keys.length === 0) return [];
  const refs = (await deps.store.findCandidates(keys)).filter(
    (ref) => ref.articleId !== article.id && ref.outlet !== article.outlet,
  );
  const pairs: Array<[IndexedClaim, CandidateRef]> = [];
  for (const entry of indexed) {
    for (const ref of refs) {
      if (verifyCandidate(entry.signature, ref.signature) || sharesSpeakerQuoteKey(entry, ref.keys)) pairs.push([entry, ref]);
    }
  }
  if (pairs.length === 0) return [];
  const counterparts = new Map<string, Claim>(
    (await deps.store.getClaimsByIds([...new Set(pairs.map(([, ref]) => ref.claimId))])).map((c) => [c.id, c]),
  );
  const createdAt = deps.clock.now().toISOString();
  const findings = new Map<string, Finding>();
  for (const [entry, ref] of pairs) {
    const counterpart = counterparts.get(ref.claimId);
    if (!counterpart) continue; // deleted between lookup and fetch
    const finding = compareClaims(entry.claim, counterpart, createdAt);
    if (finding) findings.set(finding.id, finding);
  }
  return [...findings.values()];
}
