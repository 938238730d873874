import { Lab } from './harness';
import { killHalfway, throttledIngest } from './scenarios';
import { formatCounts } from './snapshot';

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
    const cases = figures.cases.map((c) => `${c.name} ${c.writeCalls}`).join(', ');
    console.log(
      `figure: killed half-way — ${figures.killPoints} kill points (write calls: ${cases}): converged ${figures.converged}, ` +
        `missing ${figures.missing}, extra ${figures.extra}, changed ${figures.changed}; worst recovery ${figures.maxRecoveryMs.toFixed(0)} ms ` +
        `(dead invocation's lease 150 ms + 50 ms margin)${figures.examples.length ? ` — ${figures.examples.join(' | ')}` : ''}`,
    );
    expect(figures.examples).toEqual([]);
    expect(figures.converged).toBe(figures.killPoints);
    expect(figures.cases.every((c) => c.writeCalls >= 4)).toBe(true);
  });

  it('converges on the clean table with 20% of calls throttled and 30% of batch requests unprocessed', async () => {
    // Act
    const figures = await throttledIngest(lab, { throttleRate: 0.2, unprocessedRate: 0.3, seed: 5 });

    // Assess
    console.log(
      `figure: throttled — ${figures.articles} articles, ${figures.throttleRate * 100}% calls throttled (${figures.throttled}), ` +
        `${figures.unprocessedRate * 100}% batch requests unprocessed (${figures.unprocessed}, ${figures.batchRetries} batch retries), ` +
        `SQS redeliveries ${figures.redelivered}, DLQ ${figures.deadLetters}, lost ${figures.lost}; vs clean run missing ${figures.diff.missing}, ` +
        `extra ${figures.diff.extra}, changed ${figures.diff.changed} (${formatCounts(figures.diff)}); latency ${(figures.faultyMs / figures.cleanMs).toFixed(1)}x clean ` +
        `(${figures.faultyMs.toFixed(0)} vs ${figures.cleanMs.toFixed(0)} ms)`,
    );
    expect(figures.diff).toMatchObject({ missing: 0, extra: 0, changed: 0 });
    expect(figures.lost).toBe(0);
    expect(figures.deadLetters).toBe(0);
    expect(figures.throttled).toBeGreaterThan(0);
    expect(figures.unprocessed).toBeGreaterThan(0);
  });
});
