/**
 * The reliability scenarios of issue 5 as functions of their size, shared by `npm test` (small N, in
 * test/integration/reliability/*.test.ts) and `npm run soak` (bench/soak.ts, large N). Each runs the real
 * ingest handler against dynalite and s3rver, compares the final table with a clean run, and returns the
 * figures the test asserts and prints. Nothing here asserts: a soak run and a jest run judge the same numbers.
 */
import { newMessage, sqsRecordFor } from '../../../local/notifications';
import type { DynamoDbStore } from '../../../shared/adapters/dynamodb-store';
import { S3ArticleBlobs } from '../../../shared/adapters/s3-article-blobs';
import { articleIdFor, padSequencer } from '../../../shared/object-events';
import type { ArticleBlobs } from '../../../shared/ports';
import { ENVELOPE, type IngestHandler, type Lab, captureOutcomes, deliver, ingestContext, notification, sequencerFor } from './harness';
import { random, shuffle, sleep } from './random';
import { FaultPlan } from './faults';
import { type Item, type TableDiff, copyItems, diffTables, isClean, leasesHeld } from './snapshot';
import { GULF_ARTICLE, LEVANT_ARTICLE, SIBLING_ARTICLE, versionArticle } from './texts';

export const KEYS = {
  levant: 'levant-wire/الحوار مستمر.txt',
  gulf: 'gulf-courier/الثقة+الحوار.txt',
} as const;

/** Puts the two outlets' articles in the bucket (idempotent) and returns their event bodies. */
export async function uploadPair(lab: Lab): Promise<{ levant: string; gulf: string }> {
  const levantSize = await lab.upload(KEYS.levant, LEVANT_ARTICLE, { outlet: 'levant-wire' });
  const gulfSize = await lab.upload(KEYS.gulf, GULF_ARTICLE, { outlet: 'gulf-courier' });
  return {
    levant: notification({ bucket: lab.bucket, key: KEYS.levant, kind: 'put', size: levantSize, sequencer: sequencerFor(1) }),
    gulf: notification({ bucket: lab.bucket, key: KEYS.gulf, kind: 'put', size: gulfSize, sequencer: sequencerFor(2) }),
  };
}

/** Delivers the bodies one at a time on a fresh table: the reference every scenario is compared with. */
export async function cleanRun(lab: Lab, bodies: readonly string[], handler?: (table: string) => IngestHandler): Promise<{ table: string; items: Item[]; elapsedMs: number }> {
  const table = await lab.newTable();
  const run = handler ? handler(table) : lab.handler(lab.deps(table));
  const started = performance.now();
  const log = captureOutcomes(); // a reference run's log lines are noise
  try {
    for (const body of bodies) {
      const report = await deliver(run, [body]);
      if (report.failedReceives > 0) throw new Error(`clean run failed on ${body.slice(0, 200)}`);
    }
  } finally {
    log.restore();
  }
  return { table, items: await lab.scan(table), elapsedMs: performance.now() - started };
}

// ---------------------------------------------------------------- 1. duplicate delivery

export interface DuplicateFigures {
  copies: number;
  concurrency: number;
  done: number;
  duplicates: number;
  /** Receives handed back (lease busy or error) and redelivered. */
  redelivered: number;
  deadLetters: number;
  leasesHeld: number;
  diff: TableDiff;
  elapsedMs: number;
}

/**
 * The same S3 event (same bucket, key, sequencer) as `copies` distinct SQS messages, `invocations` batches of
 * `batchSize` in flight at once, after the other outlet's article was ingested.
 */
export async function duplicateDelivery(lab: Lab, options: { copies: number; invocations: number; batchSize: number; seed: number }): Promise<DuplicateFigures> {
  const bodies = await uploadPair(lab);
  const clean = await cleanRun(lab, [bodies.levant, bodies.gulf]);

  const table = await lab.newTable();
  const handler = lab.handler(lab.deps(table));
  const log = captureOutcomes();
  try {
    await deliver(handler, [bodies.levant]);
    log.clear();
    const report = await deliver(handler, Array.from({ length: options.copies }, () => bodies.gulf), {
      invocations: options.invocations,
      batchSize: options.batchSize,
      jitterMs: 3,
      random: random(options.seed),
    });
    const items = await lab.scan(table);
    return {
      copies: options.copies,
      concurrency: options.invocations * options.batchSize,
      done: log.count('done'),
      duplicates: log.count('duplicate'),
      redelivered: report.failedReceives - report.deadLetters.length,
      deadLetters: report.deadLetters.length,
      leasesHeld: leasesHeld(items),
      diff: diffTables(items, clean.items),
      elapsedMs: report.elapsedMs,
    };
  } finally {
    log.restore();
  }
}

// ---------------------------------------------------------------- 2. versions in random orders

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

// ---------------------------------------------------------------- 5. killed half-way, throttled

export interface KillFigures {
  /** Per case: write calls a clean ingest makes (lease and version claims included), i.e. kill points tried. */
  cases: Array<{ name: string; writeCalls: number }>;
  killPoints: number;
  /** Kill points after which the redelivered message restored exactly the clean table. */
  converged: number;
  missing: number;
  extra: number;
  changed: number;
  /** Longest time from the kill to the end of the successful redelivery (lease expiry included). */
  maxRecoveryMs: number;
  examples: string[];
}

/**
 * For each case and each kill point k: an invocation processes the case's event and dies when it attempts
 * write call k+1 (its client refuses everything from then on, and its lease is left behind); the message is
 * then received by a fresh instance, which must wait out the dead one's lease and finish the job. Cases: a
 * first version, a second version replacing the first (clearing its claims, index entries and the finding on
 * the other outlet's side), and a delete of that key. `stride` > 1 tries every stride-th kill point only.
 */
export async function killHalfway(lab: Lab, options: { timeoutMs: number; stride?: number }): Promise<KillFigures> {
  const fixture = await versionFixture(lab, 2);
  const [v0, v1] = fixture.puts as [string, string];
  const pair = await uploadPair(lab);
  const blobs = fixture.blobs(0, Math.random);
  const handlerOn = (table: string, extra: Parameters<Lab['deps']>[1] = {}) => lab.handler(lab.deps(table, { blobs, ...extra }));
  const cases = [
    { name: 'first version', seed: [pair.levant], body: v0 },
    { name: 'newer version', seed: [pair.levant, v0], body: v1 },
    { name: 'delete', seed: [pair.levant, v0], body: fixture.deleteOf(1) },
  ];
  const figures: KillFigures = { cases: [], killPoints: 0, converged: 0, missing: 0, extra: 0, changed: 0, maxRecoveryMs: 0, examples: [] };
  const log = captureOutcomes();
  try {
    for (const scenario of cases) {
      const seed = (await cleanRun(lab, scenario.seed, (table) => handlerOn(table))).items;
      const expected = (await cleanRun(lab, [...scenario.seed, scenario.body], (table) => handlerOn(table))).items;
      const seeded = async () => {
        const table = await lab.newTable();
        await copyItems(lab.emulators.dynamodb.client, table, seed);
        return table;
      };
      const counter = new FaultPlan({ seed: 0 });
      await deliver(handlerOn(await seeded(), { client: counter.attach(lab.dynamoDbClient()) }), [scenario.body]);
      const writeCalls = counter.stats.writeCalls;
      figures.cases.push({ name: scenario.name, writeCalls });
      const message = newMessage(scenario.body);
      for (let k = 0; k < writeCalls; k += options.stride ?? 1) {
        figures.killPoints += 1;
        const table = await seeded();
        const plan = new FaultPlan({ seed: k, killAfterWrites: k });
        const doomed = handlerOn(table, { client: plan.attach(lab.dynamoDbClient()), leaseMarginMs: 50 });
        message.receiveCount = 1;
        // A batch whose every record failed makes Powertools throw (FullBatchFailureError): Lambda's error path.
        const first = await doomed({ Records: [sqsRecordFor(message, ENVELOPE)] }, ingestContext(options.timeoutMs / 1000)()).catch(() => null);
        const killedAt = performance.now();
        if (!plan.killed) {
          // Fewer writes than the clean run made: the attempt skipped work it should have done.
          figures.examples.push(`${scenario.name}: only ${plan.stats.writeCalls} of ${writeCalls} write calls, never reached kill point ${k}`);
          continue;
        }
        // Killed on the lease release, after the last write: the message was acknowledged, nothing to redeliver.
        const acknowledged = first !== null && first.batchItemFailures.length === 0;
        message.receiveCount = 2;
        const fresh = handlerOn(table, { leaseWaitMs: options.timeoutMs * 10 });
        const second = acknowledged ? first : await fresh({ Records: [sqsRecordFor(message, ENVELOPE)] }, ingestContext()());
        figures.maxRecoveryMs = Math.max(figures.maxRecoveryMs, performance.now() - killedAt);
        const diff = diffTables(await lab.scan(table), expected);
        figures.missing += diff.missing;
        figures.extra += diff.extra;
        figures.changed += diff.changed;
        if (isClean(diff) && second.batchItemFailures.length === 0) figures.converged += 1;
        else if (figures.examples.length < 3) {
          figures.examples.push(`${scenario.name}, killed after ${k} writes (at ${plan.stats.killedAt}): ${second.batchItemFailures.length} failed; ${diff.examples.join('; ')}`);
        }
      }
    }
  } finally {
    log.restore();
  }
  return figures;
}

export interface ThrottleFigures {
  articles: number;
  throttleRate: number;
  unprocessedRate: number;
  /** Calls answered with a throttling error (each one retried by the SDK or, past its quota, by SQS). */
  throttled: number;
  /** Batch requests handed back unprocessed, and the store's retry calls that finished them. */
  unprocessed: number;
  batchRetries: number;
  /** SQS receives that failed and were redelivered; messages parked. */
  redelivered: number;
  deadLetters: number;
  /** Parked messages redriven from the DLQ once the faults stopped (SQS StartMessageMoveTask), and how many failed again. */
  redriven: number;
  redriveFailures: number;
  /** Articles done in the clean run but not in this one (after any redrive). */
  lost: number;
  diff: TableDiff;
  cleanMs: number;
  faultyMs: number;
}

/**
 * The same articles, in one batch, once on a clean client and once on a client whose calls are throttled at
 * `throttleRate` and whose batch calls leave `unprocessedRate` of their requests unprocessed (seeded).
 */
export async function throttledIngest(lab: Lab, options: { throttleRate: number; unprocessedRate: number; seed: number }): Promise<ThrottleFigures> {
  const pair = await uploadPair(lab);
  const siblingSize = await lab.upload('maghreb-daily/المحادثات.txt', SIBLING_ARTICLE, { outlet: 'maghreb-daily' });
  const bodies = [pair.levant, pair.gulf, notification({ bucket: lab.bucket, key: 'maghreb-daily/المحادثات.txt', kind: 'put', size: siblingSize, sequencer: sequencerFor(3) })];
  const expected = (await cleanRun(lab, bodies)).items;
  const run = async (plan: FaultPlan | null) => {
    const table = await lab.newTable();
    const client = plan ? plan.attach(lab.dynamoDbClient()) : lab.dynamoDbClient();
    const deps = lab.deps(table, { client });
    const report = await deliver(lab.handler(deps), bodies, { visibilityMs: 50 });
    const retries = Object.values((deps.store as DynamoDbStore).stats()).reduce((sum, s) => sum + s.retries, 0);
    client.destroy();
    // What an operator does after the incident: redrive the DLQ to the queue, now without faults.
    const redrive = await deliver(lab.handler(lab.deps(table)), report.deadLetters.map((message) => message.body), { visibilityMs: 50 });
    return { table, report, retries, redrive, items: await lab.scan(table) };
  };
  const log = captureOutcomes();
  try {
    const clean = await run(null);
    const plan = new FaultPlan({ seed: options.seed, throttleRate: options.throttleRate, unprocessedRate: options.unprocessedRate });
    const faulty = await run(plan);
    const done = (items: Item[]) => new Set(items.filter((i) => i.sk?.S === 'A' && i.d?.S?.includes('"status":"done"')).map((i) => i.pk?.S));
    const doneFaulty = done(faulty.items);
    return {
      articles: bodies.length,
      throttleRate: options.throttleRate,
      unprocessedRate: options.unprocessedRate,
      throttled: plan.stats.throttled,
      unprocessed: plan.stats.unprocessed,
      batchRetries: faulty.retries,
      redelivered: faulty.report.failedReceives - faulty.report.deadLetters.length,
      deadLetters: faulty.report.deadLetters.length,
      redriven: faulty.report.deadLetters.length,
      redriveFailures: faulty.redrive.deadLetters.length,
      lost: [...done(expected)].filter((id) => !doneFaulty.has(id)).length,
      diff: diffTables(faulty.items, expected),
      cleanMs: clean.report.elapsedMs,
      faultyMs: faulty.report.elapsedMs,
    };
  } finally {
    log.restore();
  }
}

// ---------------------------------------------------------------- 6. simultaneous ingests of one quote

export interface SimultaneousFigures {
  runs: number;
  /** Runs in which the finding between the two outlets exists. */
  present: number;
  /** Runs in which it is stored exactly once: one finding id, one reference item per side, one feed row. */
  storedOnce: number;
  /** Runs with any other finding id or a second copy. */
  doubled: number;
  elapsedMs: number;
}

/**
 * Two outlets' articles carrying the same quotation (one word apart), ingested at the same moment by two
 * invocations, `runs` times on fresh tables, each start and every DynamoDB call jittered (seeded).
 */
export async function simultaneousQuote(lab: Lab, options: { runs: number; jitterMs: number; seed: number }): Promise<SimultaneousFigures> {
  const pair = await uploadPair(lab);
  const next = random(options.seed);
  const figures: SimultaneousFigures = { runs: options.runs, present: 0, storedOnce: 0, doubled: 0, elapsedMs: 0 };
  const started = performance.now();
  const log = captureOutcomes();
  try {
    for (let run = 0; run < options.runs; run++) {
      const table = await lab.newTable();
      const client = new FaultPlan({ seed: options.seed * 1000 + run, latencyMs: 3 }).attach(lab.dynamoDbClient());
      const deps = lab.deps(table, { client });
      const invoke = async (body: string) => {
        await sleep(next() * options.jitterMs);
        return deliver(lab.handler(deps), [body]);
      };
      await Promise.all([invoke(pair.levant), invoke(pair.gulf)]);
      client.destroy();
      const refs = (await lab.scan(table)).filter((item) => item.sk?.S?.startsWith('F#'));
      const ids = new Set(refs.map((item) => item.sk?.S));
      const feed = await (deps.store as DynamoDbStore).listFindings({ limit: 100 });
      const quoteWording = refs.filter((item) => item.knd?.S === 'quote-wording');
      if (quoteWording.length > 0) figures.present += 1;
      if (ids.size === 1 && refs.length === 2 && quoteWording.length === 2 && feed.items.length === 1) figures.storedOnce += 1;
      else if (refs.length > 2 || ids.size > 1 || feed.items.length > 1) figures.doubled += 1;
    }
  } finally {
    log.restore();
  }
  figures.elapsedMs = performance.now() - started;
  return figures;
}
