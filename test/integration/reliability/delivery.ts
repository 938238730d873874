/**
 * Scenarios 1 and 6: one event delivered a thousand times over, and two outlets' articles carrying one
 * quotation ingested at the same moment.
 */
import type { DynamoDbStore } from '../../../shared/adapters/dynamodb-store';
import { cleanRun, uploadPair } from './common';
import { FaultPlan } from './faults';
import { type Lab, captureOutcomes, deliver } from './harness';
import { seededRandom as random, sleep } from '../../helpers/random';
import { type TableDiff, diffTables, leasesHeld } from './snapshot';

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
