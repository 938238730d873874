import { mapLimit } from '../../../shared/adapters/dynamodb-batch';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapLimit after a failure', () => {
  it('starts no further call and throws only once the calls in flight have settled', async () => {
    // Prepare: the second call fails at once while its neighbours are still writing
    const started: number[] = [];
    const inFlight = new Set<number>();
    const work = async (item: number): Promise<number> => {
      started.push(item);
      inFlight.add(item);
      try {
        if (item === 2) throw new Error('throttled for good');
        await sleep(30);
        return item;
      } finally {
        inFlight.delete(item);
      }
    };

    // Act
    const outcome = await mapLimit([1, 2, 3, 4, 5, 6, 7, 8], 3, work).catch((error: Error) => error);

    // Assess: nothing still running behind the error, and nothing started after it
    expect(outcome).toEqual(new Error('throttled for good'));
    expect([...inFlight]).toEqual([]);
    expect(started).toEqual([1, 2, 3]);
  });

  it('keeps results in input order when every call succeeds', async () => {
    const out = await mapLimit([30, 10, 20], 2, async (ms) => {
      await sleep(ms);
      return ms / 10;
    });
    expect(out).toEqual([3, 1, 2]);
  });
});
