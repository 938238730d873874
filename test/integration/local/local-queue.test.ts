import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { lambdaContextFactory } from '../../../local/lambda-context';
import { LocalQueue, type LocalQueueOptions } from '../../../local/local-queue';

type Handler = (event: SQSEvent) => Promise<SQSBatchResponse | void>;

function queueWith(handler: Handler, overrides: Partial<LocalQueueOptions> = {}) {
  const logs: string[] = [];
  const batches: SQSEvent[] = [];
  const queue = new LocalQueue({
    region: 'us-east-1',
    queueArn: 'arn:aws:sqs:us-east-1:000000000000:test',
    handler: async (event) => {
      batches.push(event);
      return handler(event);
    },
    makeContext: lambdaContextFactory({ functionName: 'test', timeoutSeconds: 60, memoryMb: 128 }),
    batchSize: 10,
    maxReceiveCount: 5,
    batchWindowMs: 20,
    retryBaseMs: 5,
    deadLetterFile: null,
    log: (message) => logs.push(message),
    ...overrides,
  });
  return { queue, batches, logs };
}

const bodies = (event: SQSEvent) => event.Records.map((record) => record.body);

describe('LocalQueue', () => {
  it('delivers messages in batches of at most batchSize, in the order they were sent', async () => {
    // Prepare
    const { queue, batches } = queueWith(async () => ({ batchItemFailures: [] }));

    // Act
    for (let i = 0; i < 23; i++) queue.send(`m${i}`);
    await queue.idle();

    // Assess
    expect(batches.map((batch) => batch.Records.length)).toEqual([10, 10, 3]);
    expect(batches.flatMap(bodies)).toEqual(Array.from({ length: 23 }, (_, i) => `m${i}`));
    expect(queue.stats).toMatchObject({ succeeded: 23, parked: 0, retried: 0 });
  });

  it('redelivers only the reported failures, with a growing receive count, until they succeed', async () => {
    // Prepare
    let attempts = 0;
    const { queue, batches } = queueWith(async (event) => {
      const poisoned = event.Records.filter((record) => record.body === 'flaky');
      attempts += poisoned.length;
      return { batchItemFailures: attempts < 3 ? poisoned.map((record) => ({ itemIdentifier: record.messageId })) : [] };
    });

    // Act
    queue.send('ok');
    queue.send('flaky');
    await queue.idle();

    // Assess
    expect(batches.map(bodies)).toEqual([['ok', 'flaky'], ['flaky'], ['flaky']]);
    expect(batches.map((batch) => batch.Records.at(-1)?.attributes.ApproximateReceiveCount)).toEqual(['1', '2', '3']);
    expect(queue.deadLetters).toHaveLength(0);
  });

  it('parks a message that keeps failing after maxReceiveCount receives, and keeps the rest', async () => {
    // Prepare
    const { queue, batches, logs } = queueWith(async (event) => ({
      batchItemFailures: event.Records.filter((record) => record.body === 'poison').map((record) => ({ itemIdentifier: record.messageId })),
    }));

    // Act
    queue.send('poison');
    queue.send('fine');
    await queue.idle();

    // Assess
    expect(batches.flatMap(bodies).filter((body) => body === 'poison')).toHaveLength(5);
    expect(batches.flatMap(bodies).filter((body) => body === 'fine')).toHaveLength(1);
    expect(queue.deadLetters).toEqual([expect.objectContaining({ body: 'poison', receiveCount: 5 })]);
    expect(logs.some((line) => line.includes('dead-letter'))).toBe(true);
  });

  it('treats a thrown handler error as a failure of the whole batch and does not crash', async () => {
    // Prepare
    let calls = 0;
    const { queue, batches } = queueWith(async () => {
      calls += 1;
      if (calls === 1) throw new Error('DynamoDB is down');
      return { batchItemFailures: [] };
    });

    // Act
    queue.send('a');
    queue.send('b');
    await queue.idle();

    // Assess
    expect(batches.map(bodies)).toEqual([['a', 'b'], ['a', 'b']]);
    expect(queue.stats).toMatchObject({ succeeded: 2, retried: 2, parked: 0 });
  });

  it('waits for a short window so that messages sent together share a batch', async () => {
    // Prepare
    const { queue, batches } = queueWith(async () => undefined, { batchWindowMs: 50 });

    // Act
    queue.send('first');
    await new Promise((resolve) => setTimeout(resolve, 10));
    queue.send('second');
    await queue.idle();

    // Assess
    expect(batches.map(bodies)).toEqual([['first', 'second']]);
  });
});
