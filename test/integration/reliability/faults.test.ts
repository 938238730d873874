import { Lab } from './harness';
import { killHalfway, throttledIngest } from './scenarios';
import * as verdict from './figures';

describe('scenario 5: killed half-way and throttled', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await Lab.start();
  });
  afterAll(async () => {
    await lab?.stop();
  });

  it('finishes an ingest or a delete whose first invocation died between two writes, at every write, into exactly the clean table', async () => {
    // Act: a 150 ms invocation deadline, so a dead invocation's lease frees within ~0.2 s
    const figures = await killHalfway(lab, { timeoutMs: 150 });

    // Assess
    console.log(verdict.killed(figures, 150).line);
    expect(figures.examples).toEqual([]);
    expect(figures.converged).toBe(figures.killPoints);
    expect(figures.cases.every((c) => c.writeCalls >= 4)).toBe(true);
  });

  it('converges on the clean table with 20% of calls throttled and 30% of batch requests unprocessed', async () => {
    // Act
    const figures = await throttledIngest(lab, { throttleRate: 0.2, unprocessedRate: 0.3, seed: 5 });

    // Assess
    console.log(verdict.throttled(figures).line);
    expect(figures.diff).toMatchObject({ missing: 0, extra: 0, changed: 0 });
    expect(figures.lost).toBe(0);
    expect(figures.deadLetters).toBe(0);
    expect(figures.throttled).toBeGreaterThan(0);
    expect(figures.unprocessed).toBeGreaterThan(0);
  });
});
