/**
 * Scenario 5: an invocation killed between two writes, and DynamoDB throttling and unprocessed batch items.
 */
import { newMessage, sqsRecordFor } from '../../../local/notifications';
import type { DynamoDbStore } from '../../../shared/adapters/dynamodb-store';
import { cleanRun, uploadPair } from './common';
import { FaultPlan } from './faults';
import { ENVELOPE, type Lab, captureOutcomes, deliver, ingestContext, notification, sequencerFor } from './harness';
import { type Item, type TableDiff, copyItems, diffTables, isClean } from './snapshot';
import { SIBLING_ARTICLE } from './texts';
import { versionFixture } from './versions';

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
