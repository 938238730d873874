/**
 * Scenario 2: versions of one key in any order, deletes among them, and the race of a stalled older ingest.
 */
import { S3ArticleBlobs } from '../../../shared/adapters/s3-article-blobs';
import { articleIdFor, padSequencer } from '../../../shared/object-events';
import type { ArticleBlobs } from '../../../shared/ports';
import { cleanRun, uploadPair } from './common';
import { FaultPlan } from './faults';
import { type Lab, captureOutcomes, deliver, notification, sequencerFor } from './harness';
import { seededRandom as random, shuffle, sleep } from '../../helpers/random';
import { type Item, type TableDiff, copyItems, diffTables, isClean } from './snapshot';
import { versionArticle } from './texts';

/**
 * s3rver has no versioning (reliability-and-scale.md A1), so this stand-in keeps each version of a key under
 * a hidden key of its own and serves `get(..., versionId)` from there, as S3 serves GetObject?versionId.
 * A random delay per read makes ingests of different versions overlap, which is where the races are.
 */
export class VersionedBlobs implements ArticleBlobs {
  constructor(
    private readonly inner: ArticleBlobs,
    private readonly delayMs: number,
    private readonly next: () => number,
  ) {}

  static hiddenKey(key: string, versionId: string): string {
    return `__versions/${versionId}/${key}`;
  }

  async get(bucket: string, key: string, maxBytes: number, versionId?: string) {
    if (this.delayMs > 0) await sleep(this.next() * this.delayMs);
    return this.inner.get(bucket, versionId ? VersionedBlobs.hiddenKey(key, versionId) : key, maxBytes);
  }
}

export interface OrderingFigures {
  orders: number;
  versions: number;
  /** Orders whose final article row is the newest version (or absent when the newest event is a delete). */
  newestWon: number;
  /** Orders whose table differs in any item from a clean run of the newest version alone. */
  dirtyOrders: number;
  staleEvents: number;
  /** Receives that failed for any reason, and messages parked. */
  failedReceives: number;
  deadLetters: number;
  examples: string[];
  elapsedMs: number;
}

export const VERSIONED_KEY = 'gulf-courier/الثقة نسخ متعددة.txt';

/** Sequencers of the versions: increasing by S3's rule, some longer than others (right-padding decides). */
export const versionSequencers = (versions: number): string[] =>
  Array.from({ length: versions }, (_, i) => sequencerFor(100 + i) + (i % 3 === 2 ? '7F' : ''));

/** Ten versions of one key in the (stand-in) versioned bucket, the other outlet's article, and clean runs. */
export interface VersionFixture {
  sequencers: string[];
  puts: string[];
  deleteOf(version: number): string;
  /** Items of a table holding only the other outlet's article. */
  seedItems: Item[];
  /** Items after a clean run of the other outlet's article then `body`. */
  expectedAfter(body: string): Promise<Item[]>;
  blobs(delayMs: number, next: () => number): VersionedBlobs;
  /** A fresh table holding seedItems. */
  seededTable(): Promise<string>;
}

export async function versionFixture(lab: Lab, versions: number): Promise<VersionFixture> {
  const sequencers = versionSequencers(versions);
  const puts: string[] = [];
  for (let v = 0; v < versions; v++) {
    const versionId = `v${v}`;
    const size = await lab.upload(VersionedBlobs.hiddenKey(VERSIONED_KEY, versionId), versionArticle(v), { outlet: 'gulf-courier' });
    puts.push(notification({ bucket: lab.bucket, key: VERSIONED_KEY, kind: 'put', size, sequencer: sequencers[v] as string, versionId }));
  }
  const pair = await uploadPair(lab);
  const blobs = (delayMs: number, next: () => number) => new VersionedBlobs(new S3ArticleBlobs(lab.emulators.s3.client), delayMs, next);
  const seedItems = (await cleanRun(lab, [pair.levant])).items;
  return {
    sequencers,
    puts,
    deleteOf: (v) => notification({ bucket: lab.bucket, key: VERSIONED_KEY, kind: 'delete', sequencer: sequencers[v] as string, versionId: `d${v}` }),
    seedItems,
    expectedAfter: async (body) => (await cleanRun(lab, [pair.levant, body], (table) => lab.handler(lab.deps(table, { blobs: blobs(0, Math.random) })))).items,
    blobs,
    seededTable: async () => {
      const table = await lab.newTable();
      await copyItems(lab.emulators.dynamodb.client, table, seedItems);
      return table;
    },
  };
}

/**
 * `orders` runs, each delivering `versions` events of one key in a random order: even runs one by one in
 * that order, odd runs all at once with jitter (overlapping ingests). Every fourth run's newest event is a
 * delete, and in another quarter a middle version is a delete. The other outlet's article is in the table
 * from the start, so every version has a finding to replace.
 */
export async function versionOrdering(lab: Lab, options: { orders: number; versions: number; seed: number; readDelayMs: number }): Promise<OrderingFigures> {
  const next = random(options.seed);
  const fixture = await versionFixture(lab, options.versions);
  const { sequencers, puts, deleteOf } = fixture;
  const newest = options.versions - 1;
  const expected = { put: await fixture.expectedAfter(puts[newest] as string), delete: await fixture.expectedAfter(deleteOf(newest)) };

  const figures: OrderingFigures = { orders: options.orders, versions: options.versions, newestWon: 0, dirtyOrders: 0, staleEvents: 0, failedReceives: 0, deadLetters: 0, examples: [], elapsedMs: 0 };
  const started = performance.now();
  const log = captureOutcomes();
  try {
    for (let order = 0; order < options.orders; order++) {
      const newestIsDelete = order % 4 === 3;
      const bodies = puts.map((body, v) => (v === newest && newestIsDelete) || (order % 4 === 1 && v === newest >> 1) ? deleteOf(v) : body);
      const table = await fixture.seededTable();
      const concurrent = order % 2 === 1;
      // Concurrent runs also get network jitter on every DynamoDB call, so one ingest's writes can straddle
      // another's version claim, and arrivals spread over a few ingest durations.
      const client = concurrent ? new FaultPlan({ seed: options.seed + order, latencyMs: 4 }).attach(lab.dynamoDbClient()) : undefined;
      const deps = lab.deps(table, { blobs: fixture.blobs(options.readDelayMs, next), ...(client ? { client } : {}) });
      log.clear();
      const report = await deliver(lab.handler(deps), shuffle(bodies, next), {
        invocations: concurrent ? bodies.length : 1,
        batchSize: 1,
        jitterMs: concurrent ? options.readDelayMs * 3 : 0,
        random: next,
      });
      client?.destroy();
      const items = await lab.scan(table);
      const article = await deps.store.getArticle(articleIdFor(lab.bucket, VERSIONED_KEY));
      const won = newestIsDelete ? article === null : article?.sequencer === padSequencer(sequencers[newest] as string);
      const diff = diffTables(items, newestIsDelete ? expected.delete : expected.put);
      figures.newestWon += won ? 1 : 0;
      figures.staleEvents += log.count('stale');
      figures.failedReceives += report.failedReceives;
      figures.deadLetters += report.deadLetters.length;
      if (!isClean(diff) || !won) {
        figures.dirtyOrders += 1;
        if (figures.examples.length < 3) figures.examples.push(`order ${order} (${concurrent ? 'concurrent' : 'one by one'}): ${diff.examples.join('; ')}`);
      }
    }
  } finally {
    log.restore();
  }
  figures.elapsedMs = performance.now() - started;
  return figures;
}

export interface RaceFigures {
  /** The final article row is the newer version. */
  newerWon: boolean;
  diff: TableDiff;
  outcomes: string[];
}

/**
 * The race named in issue 5: an ingest of an older version passes its version check, then stalls before
 * writing its claims (a slow network, a GC pause) while the newer version is ingested start to finish; then
 * it resumes. Its writes must not land over the newer version's claims, index entries and findings.
 */
export async function slowOlderVersion(lab: Lab, options: { stallMs: number }): Promise<RaceFigures> {
  const fixture = await versionFixture(lab, 2);
  const [older, newer] = fixture.puts as [string, string];
  const expected = await fixture.expectedAfter(newer);
  const table = await fixture.seededTable();
  const blobs = fixture.blobs(0, Math.random);
  let newerDone: () => void = () => undefined;
  const newerFinished = new Promise<void>((resolve) => {
    newerDone = resolve;
  });
  // The older ingest's store: its first putClaims waits for the newer ingest (or stallMs, whichever first).
  const olderDeps = lab.deps(table, { blobs });
  const realPutClaims = olderDeps.store.putClaims.bind(olderDeps.store);
  olderDeps.store.putClaims = async (claims) => {
    await Promise.race([newerFinished, sleep(options.stallMs)]);
    return realPutClaims(claims);
  };
  const log = captureOutcomes();
  try {
    const slow = deliver(lab.handler(olderDeps), [older]);
    await sleep(options.stallMs / 4); // the older ingest is past its version check, stalled in putClaims
    const fast = deliver(lab.handler(lab.deps(table, { blobs, leaseWaitMs: options.stallMs * 4 })), [newer]).then((report) => {
      newerDone();
      return report;
    });
    await Promise.all([slow, fast]);
    const items = await lab.scan(table);
    const article = await olderDeps.store.getArticle(articleIdFor(lab.bucket, VERSIONED_KEY));
    return {
      newerWon: article?.sequencer === padSequencer(fixture.sequencers[1] as string),
      diff: diffTables(items, expected),
      outcomes: log.outcomes.map((o) => o.status),
    };
  } finally {
    log.restore();
  }
}
