/**
 * The reliability scenarios of issue 5 as functions of their size, shared by `npm test` (small N, in
 * test/integration/reliability/*.test.ts) and `npm run soak` (bench/soak.ts, large N). Each runs the real
 * ingest handler against dynalite and s3rver, compares the final table with a clean run, and returns the
 * figures the test asserts and prints. Nothing here asserts: a soak run and a jest run judge the same numbers.
 */
import { GULF_ARTICLE, LEVANT_ARTICLE } from './texts';
import { type IngestHandler, type Lab, captureOutcomes, deliver, notification, sequencerFor } from './harness';
import { random } from './random';
import { type Item, type TableDiff, diffTables, leasesHeld } from './snapshot';

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
  for (const body of bodies) {
    const report = await deliver(run, [body]);
    if (report.failedReceives > 0) throw new Error(`clean run failed on ${body.slice(0, 200)}`);
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
