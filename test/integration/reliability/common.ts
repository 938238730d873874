/**
 * What the scenarios share: the two outlets' articles under S3 keys with Arabic, spaces and "+", and the
 * clean run every scenario's final table is compared with.
 */
import { type IngestHandler, type Lab, captureOutcomes, deliver, notification, sequencerFor } from './harness';
import type { Item } from './snapshot';
import { GULF_ARTICLE, LEVANT_ARTICLE } from './texts';

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
