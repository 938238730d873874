import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CopyObjectCommand, CreateBucketCommand, DeleteObjectCommand, DeleteObjectsCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { SQSEvent } from 'aws-lambda';
import { parseS3Notification } from '../../../functions/s3-event';
import { type Emulators, startEmulators } from '../../../local/emulators';
import { lambdaContextFactory } from '../../../local/lambda-context';
import { LocalQueue } from '../../../local/local-queue';
import { type S3Bridge, bridgeS3rverToQueue } from '../../../local/s3-bridge';
import { encodeMetadata } from '../../../local/samples';
import { decodeMetadataValue } from '../../../shared/adapters/s3-article-blobs';
import type { ObjectEvent } from '../../../shared/object-events';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const BUCKET = 'bridge-test';
const settings = { region: 'us-east-1', queueArn: 'arn:aws:sqs:us-east-1:000000000000:bridge-test' };

describe('s3rver to ingest bridge', () => {
  let dir: string;
  let emulators: Emulators;
  let queue: LocalQueue;
  let bridge: S3Bridge;
  const delivered: SQSEvent[] = [];
  const events = (): ObjectEvent[] => delivered.flatMap((batch) => batch.Records.flatMap((record) => parseS3Notification(record.body)));

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qarin-bridge-'));
    emulators = await startEmulators({ dataDir: dir, dynamoDbPort: 0, s3Port: 0, tableName: 'qarin', bucket: BUCKET });
    queue = new LocalQueue({
      ...settings,
      handler: async (event) => {
        delivered.push(event);
        return { batchItemFailures: [] };
      },
      makeContext: lambdaContextFactory({ functionName: 'ingest', timeoutSeconds: 60, memoryMb: 128 }),
      batchSize: 10,
      maxReceiveCount: 5,
      batchWindowMs: 10,
      retryBaseMs: 5,
      deadLetterFile: null,
      log: () => undefined,
    });
    bridge = bridgeS3rverToQueue(emulators.s3rver, BUCKET, queue, settings, () => undefined);
  });

  afterAll(async () => {
    bridge.detach();
    await queue.close();
    await emulators.close();
    await rm(dir, { recursive: true, force: true });
  });

  beforeEach(() => {
    delivered.length = 0;
  });

  it('delivers a put whose key has Arabic, a space and a plus as the exact key, with size and increasing sequencers', async () => {
    // Prepare
    const key = 'وكالة الأنباء/خبر 1+1.txt';

    // Act
    await emulators.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: 'نص أول' }));
    await emulators.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: 'نص ثان أطول' }));
    await queue.idle();

    // Assess
    const [first, second] = events();
    expect(first).toMatchObject({ type: 'put', bucket: BUCKET, key, size: Buffer.byteLength('نص أول') });
    expect(second).toMatchObject({ type: 'put', key, size: Buffer.byteLength('نص ثان أطول') });
    expect(second!.sequencer > first!.sequencer).toBe(true);
    expect(delivered[0]?.Records[0]?.body).toContain('+1%2B1.txt');
  });

  it('reports a copy as a creation of the destination key', async () => {
    // Prepare
    await emulators.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'src.txt', Body: 'x' }));
    await queue.idle();
    delivered.length = 0;

    // Act
    await emulators.s3.send(new CopyObjectCommand({ Bucket: BUCKET, Key: 'copy of src.txt', CopySource: `${BUCKET}/src.txt` }));
    await queue.idle();

    // Assess
    expect(events()).toEqual([expect.objectContaining({ type: 'put', key: 'copy of src.txt' })]);
  });

  it('reports single and multi-object deletes of existing keys, once each', async () => {
    // Prepare
    for (const key of ['d/one.txt', 'd/two two.txt', 'd/three.txt']) {
      await emulators.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: key }));
    }
    await queue.idle();
    delivered.length = 0;

    // Act
    await emulators.s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: 'd/one.txt' }));
    await emulators.s3.send(
      new DeleteObjectsCommand({ Bucket: BUCKET, Delete: { Objects: [{ Key: 'd/two two.txt' }, { Key: 'd/three.txt' }, { Key: 'd/never.txt' }] } }),
    );
    await queue.idle();

    // Assess
    expect(events().map((event) => `${event.type} ${event.key}`).sort()).toEqual(['delete d/one.txt', 'delete d/three.txt', 'delete d/two two.txt']);
  });

  it('ignores changes in other buckets', async () => {
    // Prepare
    await emulators.s3.send(new CreateBucketCommand({ Bucket: 'someone-else' }));

    // Act
    await emulators.s3.send(new PutObjectCommand({ Bucket: 'someone-else', Key: 'a.txt', Body: 'a' }));
    await queue.idle();

    // Assess
    expect(events()).toEqual([]);
  });

  it('stores Arabic metadata as RFC 2047 words that the ingest side decodes back', async () => {
    // Prepare
    const metadata = { outlet: 'levant-news', title: 'سورية ولبنان تتفقان' };

    // Act
    await emulators.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'm.txt', Body: 'x', Metadata: encodeMetadata(metadata) }));
    const head = await emulators.s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'm.txt' }));

    // Assess
    expect(head.Metadata?.outlet).toBe('levant-news');
    expect(decodeMetadataValue(head.Metadata?.title ?? '')).toBe('سورية ولبنان تتفقان');
  });
});
