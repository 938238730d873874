import { randomUUID } from 'node:crypto';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { createIngestHandler } from '../../../functions/ingest';
import { DynamoDbStore } from '../../../shared/adapters/dynamodb-store';
import { S3ArticleBlobs } from '../../../shared/adapters/s3-article-blobs';
import { articleIdFor, encodeS3Key } from '../../../shared/object-events';
import { type Emulators, startEmulators } from '../../helpers/emulators';

const context = { functionName: 'ingest', awsRequestId: 'test', getRemainingTimeInMillis: () => 60_000 } as unknown as Context;

// Two outlets carry the same minister's quote; one changes a single word ("خلاف" -> "نزاع") and also
// differs in spelling only elsewhere (hamza, diacritics, سورية/سوريا, Arabic-Indic digits).
const OUTLET_A = [
  'وزير المياه يعلن اتفاقا مع لبنان',
  '',
  'أعلن وزير الموارد المائية السوري سامر النجار يوم الخميس ١٢ تشرين الثاني اتفاقا جديدا لتقاسم مياه النهر.',
  '',
  'وقال النجار في مؤتمر صحفي «لن نسمح بأن يتحول النهر إلى مصدر خلاف بين البلدين بعد اليوم».',
  '',
  'وأضاف أن الاتفاق يضمن لسورية حصة عادلة من المياه في الأراضي الزراعية.',
].join('\n');

const OUTLET_B = [
  'اتفاق سوري لبناني على مياه النهر',
  '',
  'اعلن وزير الموارد المائية السوري سامر النجار يوم الخميس 12 نونبر اتفاقا جديدا لتقاسم مياه النهر.',
  '',
  'وقال النجار في مؤتمر صحفي: "لن نسمح بان يتحول النهر الى مصدر نزاع بين البلدين بعد اليوم".',
  '',
  'واضاف ان الاتفاق يضمن لسوريا حصةً عادلةً من المياه في الاراضي الزراعية.',
].join('\n');

let sequence = 0x1000;
function s3Event(bucket: string, key: string, type: 'put' | 'delete', size = 0): string {
  sequence += 1;
  return JSON.stringify({
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventTime: new Date().toISOString(),
        eventName: type === 'put' ? 'ObjectCreated:Put' : 'ObjectRemoved:Delete',
        s3: {
          s3SchemaVersion: '1.0',
          bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}` },
          object: { key: encodeS3Key(key), ...(type === 'put' ? { size } : {}), sequencer: sequence.toString(16).toUpperCase().padStart(18, '0') },
        },
      },
    ],
  });
}

function sqsRecord(body: string): SQSRecord {
  return {
    messageId: randomUUID(),
    receiptHandle: 'rh',
    body,
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 's3', ApproximateFirstReceiveTimestamp: '0' },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:qarin-ingest',
    awsRegion: 'us-east-1',
  };
}

describe('ingest handler on dynalite and s3rver', () => {
  let emulators: Emulators;
  let store: DynamoDbStore;
  let handler: ReturnType<typeof createIngestHandler>;
  let bucket: string;

  async function upload(key: string, body: string | Uint8Array, outlet?: string): Promise<string> {
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    await emulators.s3.client.send(
      new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ...(outlet ? { Metadata: { outlet } } : {}) }),
    );
    return s3Event(bucket, key, 'put', bytes.length);
  }

  beforeAll(async () => {
    emulators = await startEmulators();
    bucket = emulators.s3.bucket;
    store = new DynamoDbStore(emulators.dynamodb.client, emulators.dynamodb.tableName, { cursorSecret: 'a-test-cursor-secret-0123456789' });
    handler = createIngestHandler({
      store,
      blobs: new S3ArticleBlobs(emulators.s3.client),
      clock: { now: () => new Date() },
      maxObjectBytes: 64 * 1024,
    });
  });

  afterAll(async () => {
    await emulators?.stop();
  });

  it('finds the one-word quote change between two outlets and no discrepancy for spelling variants', async () => {
    // Prepare
    const events = [await upload('outlet-a/water.txt', OUTLET_A), await upload('outlet-b/water.txt', OUTLET_B)];

    // Act: one batch each, as SQS delivers them
    for (const body of events) {
      expect(await handler({ Records: [sqsRecord(body)] }, context)).toEqual({ batchItemFailures: [] });
    }

    // Assess
    const report = await store.findingsForArticle(articleIdFor(bucket, 'outlet-b/water.txt'));
    const wording = report.filter((finding) => finding.kind === 'quote-wording');
    expect(wording).toHaveLength(1);
    const [finding] = wording;
    expect([finding?.claim.outlet, finding?.counterpart.outlet].sort()).toEqual(['outlet-a', 'outlet-b']);
    expect(finding?.severity).toBe('major');
    const changed = finding?.diff.filter((part) => part.op !== 'equal').map((part) => part.text.trim()).sort();
    expect(changed).toEqual(['خلاف', 'نزاع']);
    const discrepancies = report.filter((f) => f.kind !== 'agreement' && f.kind !== 'quote-wording');
    expect(discrepancies).toEqual([]);
    expect(report.filter((f) => f.kind === 'agreement').length).toBeGreaterThanOrEqual(1);
    const article = await store.getArticle(articleIdFor(bucket, 'outlet-b/water.txt'));
    expect(article).toMatchObject({ status: 'done', outlet: 'outlet-b', language: 'ar' });
  });

  it('marks empty, binary and undecodable objects failed with a reason while their batch siblings complete', async () => {
    // Prepare
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    // Invalid UTF-8 (no BOM, no NUL) whose bytes read as neither Arabic code page gives plausible text.
    const undecodable = Uint8Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 0x7f));
    const bodies = [
      await upload('bad/empty.txt', ''),
      await upload('bad/picture.txt', png),
      await upload('bad/garbage.txt', undecodable),
      await upload('good/sibling.txt', OUTLET_A),
    ];

    // Act
    const response = await handler({ Records: bodies.map(sqsRecord) }, context);

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    const statusOf = async (key: string) => store.getArticle(articleIdFor(bucket, key));
    expect(await statusOf('bad/empty.txt')).toMatchObject({ status: 'failed', errorCode: 'empty' });
    expect(await statusOf('bad/picture.txt')).toMatchObject({ status: 'failed', errorCode: 'binary' });
    expect((await statusOf('bad/garbage.txt'))?.status).toBe('failed');
    expect((await statusOf('bad/garbage.txt'))?.error).toEqual(expect.any(String));
    expect(await statusOf('good/sibling.txt')).toMatchObject({ status: 'done' });
    expect((await statusOf('good/sibling.txt'))?.claimCount).toBeGreaterThan(0);
  });

  it('rejects an object over the size cap from the event, before reading it', async () => {
    // Prepare: the event says 10 MB; the object itself is small, so only the event's size can reject it
    const body = s3Event(bucket, 'big/huge.txt', 'put', 10 * 1024 * 1024);

    // Act
    await handler({ Records: [sqsRecord(body)] }, context);

    // Assess
    expect(await store.getArticle(articleIdFor(bucket, 'big/huge.txt'))).toMatchObject({ status: 'failed', errorCode: 'too-large' });
  });

  it('acknowledges the s3:TestEvent and reports only a poison message as a batch item failure', async () => {
    // Prepare
    const test = sqsRecord(JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: bucket }));
    const poison = sqsRecord('{"not": "an s3 event"');
    const good = sqsRecord(await upload('outlet-c/ok.txt', OUTLET_A));

    // Act
    const response = await handler({ Records: [test, poison, good] }, context);

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: poison.messageId }]);
    expect(await store.getArticle(articleIdFor(bucket, 'outlet-c/ok.txt'))).toMatchObject({ status: 'done' });
  });

  it('replaces an article on re-upload, ignores a stale event and removes everything on delete', async () => {
    // Prepare
    const key = 'outlet-d/story.txt';
    const first = await upload(key, OUTLET_B);
    const second = await upload(key, OUTLET_A.replace('خلاف', 'نزاع'));
    const id = articleIdFor(bucket, key);

    // Act + Assess: the newer version wins even when the older event arrives last
    await handler({ Records: [sqsRecord(second)] }, context);
    await handler({ Records: [sqsRecord(first)] }, context);
    const claims = await store.getClaims(id);
    expect(claims.some((claim) => claim.text.includes('١٢ تشرين الثاني'))).toBe(true);

    await emulators.s3.client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    await handler({ Records: [sqsRecord(s3Event(bucket, key, 'delete'))] }, context);
    expect(await store.getArticle(id)).toBeNull();
    expect(await store.getClaims(id)).toEqual([]);
    const feed = await store.listFindings({ outlet: 'outlet-d', limit: 100 });
    expect(feed.items).toEqual([]);
  });
});
