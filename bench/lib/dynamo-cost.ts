/**
 * DynamoDB requests and capacity per article: the stream goes through the real ingest use case with the
 * production adapters (DynamoDbStore, DynamoDbLeases, as functions/wiring.ts composes them) against dynalite,
 * and every request is metered at the SDK client (capacity.ts). Articles are read from memory: the figure
 * is the table's cost, not S3's.
 */
import { DynamoDbLeases } from '../../shared/adapters/dynamodb-leases';
import { DynamoDbStore } from '../../shared/adapters/dynamodb-store';
import { ingestObjectEvent } from '../../shared/ingest';
import { startDynamoDb } from '../../test/helpers/emulators';
import { type Meter, cost, emptyMeter, meterClient } from './capacity';
import type { StreamArticle } from './stream';
import { memoryBlobs } from './stream';

export interface DynamoCost {
  articles: number;
  claimsPerArticle: number;
  findingsPerArticle: number;
  meter: Meter;
  /** Per article. */
  requests: number;
  read: number;
  write: number;
  gsiWrite: number;
  reportedRead: number;
  reportedWrite: number;
  /** Dollars per 1,000 articles at on-demand prices. */
  costPerThousand: number;
  /** Index-entry reads and writes per claim. */
  queriesPerClaim: number;
  indexWritesPerClaim: number;
  largestIndexItem: number;
  wallMs: number;
}

/** Ingests `articles` one after another (the cost of an article does not depend on concurrency). */
export async function measureDynamoCost(articles: readonly StreamArticle[], layout: { compressDocuments?: boolean }): Promise<DynamoCost> {
  const db = await startDynamoDb('qarin-bench');
  let meter = emptyMeter();
  meterClient(db.client, () => meter);
  const store = new DynamoDbStore(db.client, db.tableName, { cursorSecret: 'bench-cursor-secret-0123456789', ...layout });
  const deps = { store, leases: new DynamoDbLeases(db.client, db.tableName), blobs: memoryBlobs(articles), clock: { now: () => new Date() }, maxObjectBytes: 5 * 1024 * 1024 };
  let claims = 0;
  let findings = 0;
  let sequencer = 0;
  const started = performance.now();
  try {
    // Warm-up (connections, JIT) outside the meter.
    for (const article of articles.slice(0, 1)) await ingest(article, `${++sequencer}`);
    meter = emptyMeter();
    store.resetStats();
    for (const article of articles.slice(1)) {
      const outcome = await ingest(article, `${++sequencer}`);
      if (outcome.status !== 'done') throw new Error(`bench article ${article.key} ended ${outcome.status}`);
      claims += outcome.claimCount;
      findings += outcome.findingCount;
    }
  } finally {
    await db.stop();
  }
  const n = articles.length - 1;
  const stats = store.stats();
  const queries = stats.findCandidates?.requests ?? 0;
  // Claims are written in blocks (several per item), so index entries are counted at the client.
  const indexItems = meter.indexItems;
  return {
    articles: n,
    claimsPerArticle: claims / n,
    findingsPerArticle: findings / n,
    meter,
    requests: meter.requests / n,
    read: meter.read / n,
    write: meter.write / n,
    gsiWrite: meter.gsiWrite / n,
    reportedRead: meter.reportedRead / n,
    reportedWrite: meter.reportedWrite / n,
    costPerThousand: cost(meter.read, meter.write) * (1000 / n),
    queriesPerClaim: queries / Math.max(1, claims),
    indexWritesPerClaim: indexItems / Math.max(1, claims),
    largestIndexItem: meter.largestIndexItem,
    wallMs: performance.now() - started,
  };

  function ingest(article: StreamArticle, seq: string) {
    return ingestObjectEvent(
      { type: 'put', bucket: 'qarin-bench', key: article.key, size: article.bytes.byteLength, sequencer: seq.padStart(32, '0'), versionId: null },
      deps,
    );
  }
}
