import { Lab } from './harness';
import { slowOlderVersion, versionOrdering } from './scenarios';
import * as verdict from './figures';

describe('scenario 2: ten versions of one key delivered in random orders', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await Lab.start();
  });
  afterAll(async () => {
    await lab?.stop();
  });

  it('always keeps the newest version (or nothing after a newest delete), exactly as a clean run of it, with stale events counted', async () => {
    // Act: half the orders one by one, half all at once with slow, overlapping reads
    const figures = await versionOrdering(lab, { orders: 24, versions: 10, seed: 2, readDelayMs: 20 });

    // Assess
    console.log(verdict.ordering(figures).line);
    expect(figures.examples).toEqual([]);
    expect(figures.newestWon).toBe(figures.orders);
    expect(figures.dirtyOrders).toBe(0);
    expect(figures.staleEvents).toBeGreaterThan(0);
    expect(figures.failedReceives).toBe(0);
  });

  it('keeps a stalled ingest of an older version from writing over the newer version that overtook it', async () => {
    // Act: the older ingest stalls before its claims while the newer one arrives
    const race = await slowOlderVersion(lab, { stallMs: 400 });

    // Assess
    console.log(verdict.race(race).line);
    expect(race.newerWon).toBe(true);
    expect(race.diff).toMatchObject({ missing: 0, extra: 0, changed: 0 });
    expect(race.outcomes.sort()).toEqual(['done', 'done']);
  });
});
