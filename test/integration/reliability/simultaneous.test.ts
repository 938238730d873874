import { Lab } from './harness';
import { simultaneousQuote } from './scenarios';

describe('scenario 6: two outlets with the same quotation ingested at the same moment', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await Lab.start();
  });
  afterAll(async () => {
    await lab?.stop();
  });

  it('finds the discrepancy every time and stores it exactly once', async () => {
    // Act
    const figures = await simultaneousQuote(lab, { runs: 50, jitterMs: 15, seed: 6 });

    // Assess
    console.log(
      `figure: simultaneous — ${figures.runs} runs with jitter: finding present ${figures.present}/${figures.runs} (misses ${figures.runs - figures.present}), ` +
        `stored exactly once ${figures.storedOnce}/${figures.runs}, doubled ${figures.doubled}; ${(figures.elapsedMs / 1000).toFixed(1)} s`,
    );
    expect(figures.present).toBe(figures.runs);
    expect(figures.storedOnce).toBe(figures.runs);
    expect(figures.doubled).toBe(0);
  });
});
