import { Lab } from './harness';
import { duplicateDelivery } from './scenarios';
import * as verdict from './figures';

describe('scenario 1: the same S3 event delivered 1,000 times', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await Lab.start();
  });
  afterAll(async () => {
    await lab?.stop();
  });

  it('leaves exactly the table a single delivery leaves: one article, one set of claims, index entries and findings', async () => {
    // Act: 1,000 distinct SQS messages carrying one notification, 2 invocations x 10 records in flight
    const figures = await duplicateDelivery(lab, { copies: 1000, invocations: 2, batchSize: 10, seed: 1 });

    // Assess
    console.log(verdict.duplicates(figures).line);
    expect(figures.diff).toMatchObject({ missing: 0, extra: 0, changed: 0 });
    expect(figures.diff.actual.article).toBe(2);
    expect(figures.diff.actual.finding).toBeGreaterThan(0);
    expect(figures.done).toBe(1);
    expect(figures.done + figures.duplicates).toBe(figures.copies);
    expect(figures.deadLetters).toBe(0);
    expect(figures.leasesHeld).toBe(0);
  });
});
