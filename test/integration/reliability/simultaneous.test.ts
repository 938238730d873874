import { Lab } from './harness';
import * as verdict from './figures';
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
    console.log(verdict.simultaneous(figures).line);
    expect(figures.present).toBe(figures.runs);
    expect(figures.storedOnce).toBe(figures.runs);
    expect(figures.doubled).toBe(0);
  });
});
