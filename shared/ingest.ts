/**
 * The ingest use case: one S3 object event in, an article with its claims and cross-outlet findings out.
 * Order of writes matters (design.md, properties 2 and 3): the article's own claims and index entries are
 * written before candidates are read (strongly consistent), so of two articles ingested at the same moment
 * at least one sees the other; the article row is marked `done` last, so a crash half-way is retried in full.
 */
import { analyseArticle } from './analyse';
import { ArticleRejectedError } from './errors';
import { compareClaims } from './matching/compare';
import { fingerprintClaim, lookupKeys, verifyCandidate } from './matching/fingerprint';
import type { Article, Claim, Finding } from './model';
import { type ObjectEvent, articleIdFor, outletFor } from './object-events';
import type { ArticleBlobs, CandidateRef, Clock, IndexedClaim, IngestStore } from './ports';

export interface IngestDeps {
  store: IngestStore;
  blobs: ArticleBlobs;
  clock: Clock;
  maxObjectBytes: number;
}

export type IngestOutcome =
  | { status: 'done'; articleId: string; claimCount: number; findingCount: number }
  | { status: 'failed'; articleId: string; code: string; error: string }
  | { status: 'deleted' | 'stale' | 'duplicate'; articleId: string };

/** Processes one object event. Throws only on infrastructure errors (worth a retry); bad articles end as `failed`. */
export async function ingestObjectEvent(event: ObjectEvent, deps: IngestDeps): Promise<IngestOutcome> {
  const { store } = deps;
  const articleId = articleIdFor(event.bucket, event.key);
  const version = await store.claimObjectVersion(articleId, event.sequencer);
  if (version === 'stale') return { status: 'stale', articleId };

  if (event.type === 'delete') {
    const existing = version === 'same' ? await store.getArticle(articleId) : null;
    if (version === 'same' && existing === null) return { status: 'duplicate', articleId };
    await store.deleteArticle(articleId);
    return { status: 'deleted', articleId };
  }

  if (version === 'same') {
    // A redelivery of the version already recorded: finished work is kept; unfinished work (a crash
    // half-way, or a concurrent twin) is redone, which converges because every write is idempotent.
    const existing = await store.getArticle(articleId);
    if (existing && existing.sequencer === event.sequencer && existing.status !== 'processing') {
      return { status: 'duplicate', articleId };
    }
  }

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

  let analysed: ReturnType<typeof analyseArticle>;
  try {
    if (event.size !== null && event.size > deps.maxObjectBytes) {
      throw new ArticleRejectedError(
        'too-large',
        `Object is ${event.size} bytes; the limit is ${deps.maxObjectBytes} bytes, so it was not read`,
      );
    }
    const object = await deps.blobs.get(event.bucket, event.key, deps.maxObjectBytes);
    article.outlet = outletFor(event.key, object.metadata.outlet);
    analysed = analyseArticle(object.bytes, {
      key: event.key,
      contentType: object.contentType,
      metadata: object.metadata,
      articleId,
      outlet: article.outlet,
    });
  } catch (error) {
    if (!(error instanceof ArticleRejectedError)) throw error;
    await store.clearArticleContent(articleId);
    await store.putArticle({ ...article, status: 'failed', error: error.message, errorCode: error.code });
    return { status: 'failed', articleId, code: error.code, error: error.message };
  }

  const { doc, claims } = analysed;
  Object.assign(article, { title: doc.title, url: doc.url, language: doc.language, publishedAt: doc.publishedAt });
  await store.putArticle(article);
  await store.clearArticleContent(articleId);

  const scope = { publishedAt: doc.publishedAt, ingestedAt };
  const indexed = claims.map((claim) => fingerprintClaim(claim, scope));
  await store.putClaims(indexed);

  const findings = await findFindings(indexed, article, scope, deps);
  await store.putFindings(findings);
  await store.putArticle({ ...article, status: 'done', claimCount: claims.length });
  return { status: 'done', articleId, claimCount: claims.length, findingCount: findings.length };
}

/** Candidates from other outlets through the index, a cheap signature check, then the full comparison. */
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
    for (const ref of refs) if (verifyCandidate(entry.signature, ref.signature)) pairs.push([entry, ref]);
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
