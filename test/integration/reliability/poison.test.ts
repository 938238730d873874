import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { QUEUE } from '../../../infra/resources';
import { LocalQueue } from '../../../local/local-queue';
import { articleIdFor } from '../../../shared/object-events';
import { ENVELOPE, Lab, captureOutcomes, ingestContext, notification, sequencerFor } from './harness';
import { TINY_ARTICLE } from './texts';

describe('scenario 4: a poison message in a batch, and the messages that carry no object', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await Lab.start();
  });
  afterAll(async () => {
    await lab?.stop();
  });

  /** The real local queue (receives, redrive after QUEUE.maxReceiveCount, dead letters) around the real handler. */
  function queueFor(table: string) {
    const handler = lab.handler(lab.deps(table));
    const responses: Array<{ ids: string[]; failed: string[] }> = [];
    const queue = new LocalQueue({
      ...ENVELOPE,
      handler: async (event: SQSEvent, context: Context) => {
        const response = (await handler(event, context).catch((error: unknown) => {
          responses.push({ ids: event.Records.map((r) => r.messageId), failed: ['(thrown)'] });
          throw error;
        })) as SQSBatchResponse;
        responses.push({ ids: event.Records.map((r) => r.messageId), failed: response.batchItemFailures.map((f) => f.itemIdentifier) });
        return response;
      },
      makeContext: ingestContext(),
      batchSize: QUEUE.batchSize,
      maxReceiveCount: QUEUE.maxReceiveCount,
      batchWindowMs: 10,
      retryBaseMs: 5,
      deadLetterFile: null,
      log: () => undefined,
    });
    return { queue, responses };
  }

  it('reports only the poison message failed, processes the other nine once, and parks the poison after maxReceiveCount receives', async () => {
    // Prepare: nine articles and one body that is not an S3 notification, sent together (one batch)
    const keys = Array.from({ length: 9 }, (_, i) => `wire/خبر ${i + 1}.txt`);
    const bodies: string[] = [];
    for (const [i, key] of keys.entries()) bodies.push(notification({ bucket: lab.bucket, key, kind: 'put', size: await lab.upload(key, TINY_ARTICLE), sequencer: sequencerFor(i + 1) }));
    const poison = '{"Records":[{"eventSource":"aws:s3","s3":{"object":{"key":"truncated';
    bodies.splice(4, 0, poison);
    const table = await lab.newTable();
    const { queue, responses } = queueFor(table);
    const log = captureOutcomes();

    // Act
    for (const body of bodies) queue.send(body);
    await queue.idle();
    await queue.close();
    log.restore();

    // Assess
    const [first] = responses;
    const poisonId = first?.ids[4];
    const doneByKey = keys.map((key) => log.outcomes.filter((o) => o.key === key && o.status === 'done').length);
    const parked = queue.deadLetters;
    console.log(
      `figure: poison — batch of ${first?.ids.length}: batchItemFailures ${JSON.stringify(first?.failed.map((id) => (id === poisonId ? 'poison' : id)))}, ` +
        `others processed ${doneByKey.filter((n) => n === 1).length}/9 exactly once, poison parked after ${parked[0]?.receiveCount} receives ` +
        `(maxReceiveCount ${QUEUE.maxReceiveCount}), DLQ ${parked.length}`,
    );
    expect(first?.ids).toHaveLength(10);
    expect(first?.failed).toEqual([poisonId]);
    expect(doneByKey).toEqual(keys.map(() => 1));
    expect(parked.map((m) => [m.messageId, m.body, m.receiveCount])).toEqual([[poisonId, poison, QUEUE.maxReceiveCount]]);
    expect(responses.slice(1).every((r) => r.ids.length === 1 && r.ids[0] === poisonId)).toBe(true);
  });

  it('acknowledges the s3:TestEvent and a delete of a key never ingested: no failure, nothing parked, no article', async () => {
    // Prepare
    const table = await lab.newTable();
    const { queue, responses } = queueFor(table);
    const key = 'wire/لم يرفع قط.txt';

    // Act
    const log = captureOutcomes();
    queue.send(JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Time: '2026-11-20T10:00:00.000Z', Bucket: lab.bucket, RequestId: 'R1', HostId: 'H1' }));
    queue.send(notification({ bucket: lab.bucket, key, kind: 'delete', sequencer: sequencerFor(7) }));
    await queue.idle();
    await queue.close();
    log.restore();

    // Assess
    const items = await lab.scan(table);
    const articles = items.filter((item) => item.sk?.S === 'A').length;
    console.log(`figure: test event — acknowledged ${responses[0]?.failed.length === 0}, DLQ ${queue.deadLetters.length}, articles created ${articles}`);
    expect(responses).toEqual([{ ids: expect.any(Array), failed: [] }]);
    expect(queue.deadLetters).toEqual([]);
    expect(articles).toBe(0);
    expect(await lab.deps(table).store.getArticle(articleIdFor(lab.bucket, key))).toBeNull();
  });
});
