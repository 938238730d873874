import { MemoryStore } from '../../../shared/adapters/memory-store';
import * as analyse from '../../../shared/analyse';
import { ArticleBusyError, type IngestDeps, MAX_CLAIMS_PER_ARTICLE, ingestObjectEvent } from '../../../shared/ingest';
import { MemoryLeases } from '../../../shared/leases';
import { articleIdFor, padSequencer } from '../../../shared/object-events';
import type { ArticleBlobs, ArticleObject } from '../../../shared/ports';

jest.mock('../../../shared/analyse', () => {
  const actual = jest.requireActual<typeof import('../../../shared/analyse')>('../../../shared/analyse');
  return { ...actual, analyseArticle: jest.fn(actual.analyseArticle) };
});

const ARTICLE = 'خبر\n\nقال وزير المالية سمير داود إن «الموازنة الجديدة ستقر قبل نهاية الشهر الحالي دون تأخير».';

class MapBlobs implements ArticleBlobs {
  readonly reads: string[] = [];
  constructor(private readonly objects: Record<string, string>) {}
  async get(_bucket: string, key: string, _maxBytes: number, versionId?: string): Promise<ArticleObject> {
    this.reads.push(versionId ? `${key}@${versionId}` : key);
    return { bytes: new TextEncoder().encode(this.objects[key] ?? ''), metadata: {}, contentType: 'text/plain' };
  }
}

const put = (key: string, sequencer = '0A', versionId: string | null = null) =>
  ({ type: 'put', bucket: 'b', key, size: 100, sequencer: padSequencer(sequencer), versionId }) as const;

function deps(overrides: Partial<IngestDeps> = {}): IngestDeps & { store: MemoryStore; blobs: MapBlobs } {
  return {
    store: new MemoryStore({ cursorSecret: 'unit-cursor-secret-0123456789' }),
    blobs: new MapBlobs({ 'wire/a.txt': ARTICLE }),
    clock: { now: () => new Date('2026-11-20T10:00:00Z') },
    maxObjectBytes: 1024 * 1024,
    leases: new MemoryLeases(),
    ...overrides,
  } as IngestDeps & { store: MemoryStore; blobs: MapBlobs };
}

afterEach(() => jest.restoreAllMocks());

describe('ingestObjectEvent under its article lease', () => {
  it('hands the message back (ArticleBusyError) when another ingest of the key holds the lease past the wait budget', async () => {
    // Prepare: another instance holds the article's lease for a minute
    const d = deps({ leaseWaitMs: 60 });
    await d.leases!.acquire(articleIdFor('b', 'wire/a.txt'), 'someone-else', Date.now() + 60_000, Date.now());

    // Act
    const started = performance.now();
    const outcome = await ingestObjectEvent(put('wire/a.txt'), d).catch((error: unknown) => error);

    // Assess: waited about the budget, wrote nothing
    expect(outcome).toBeInstanceOf(ArticleBusyError);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    expect(await d.store.getArticle(articleIdFor('b', 'wire/a.txt'))).toBeNull();
  });

  it('takes over a lease whose holder died, once the holder deadline and margin have passed', async () => {
    const d = deps({ leaseWaitMs: 2_000, leaseMarginMs: 20, clock: { now: () => new Date() } });
    await d.leases!.acquire(articleIdFor('b', 'wire/a.txt'), 'dead', Date.now() + 80, Date.now());
    const outcome = await ingestObjectEvent(put('wire/a.txt'), d);
    expect(outcome).toMatchObject({ status: 'done', claimCount: 1 });
  });

  it('releases the lease when a write fails, so the retry does not wait', async () => {
    // Prepare: the first attempt's store fails on its claims
    const d = deps({ leaseWaitMs: 0 });
    const putClaims = jest.spyOn(d.store, 'putClaims').mockRejectedValueOnce(new Error('ProvisionedThroughputExceededException'));

    // Act
    const first = await ingestObjectEvent(put('wire/a.txt'), d).catch((error: Error) => error.message);
    const second = await ingestObjectEvent(put('wire/a.txt'), d);

    // Assess
    expect(first).toBe('ProvisionedThroughputExceededException');
    expect(second).toMatchObject({ status: 'done' });
    expect(putClaims).toHaveBeenCalledTimes(2);
  });

  it('reads the exact object version the event names', async () => {
    const d = deps();
    await ingestObjectEvent(put('wire/a.txt', '0B', '3HL4kqtJlcpXroDTDmJ'), d);
    expect(d.blobs.reads).toEqual(['wire/a.txt@3HL4kqtJlcpXroDTDmJ']);
  });

  it('answers a redelivery of a finished version with one read: no claim, no lease, no object read', async () => {
    // Prepare
    const d = deps();
    await ingestObjectEvent(put('wire/a.txt'), d);
    const claim = jest.spyOn(d.store, 'claimObjectVersion');
    const acquire = jest.spyOn(d.leases!, 'acquire');

    // Act
    const outcomes = await Promise.all([ingestObjectEvent(put('wire/a.txt'), d), ingestObjectEvent(put('wire/a.txt', '09'), d)]);

    // Assess
    expect(outcomes.map((o) => o.status)).toEqual(['duplicate', 'stale']);
    expect([claim.mock.calls.length, acquire.mock.calls.length, d.blobs.reads.length]).toEqual([0, 0, 1]);
  });

  it('fails the article, not the message, when the analysis itself throws (a defect meeting hostile input)', async () => {
    // Prepare
    jest.mocked(analyse.analyseArticle).mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    const d = deps();

    // Act
    const outcome = await ingestObjectEvent(put('wire/a.txt'), d);

    // Assess
    expect(outcome).toMatchObject({ status: 'failed', code: 'unprocessable' });
    expect(await d.store.getArticle(articleIdFor('b', 'wire/a.txt'))).toMatchObject({ status: 'failed', errorCode: 'unprocessable', error: expect.stringContaining('RangeError') });
  });

  it(`fails an article with more than ${MAX_CLAIMS_PER_ARTICLE} claims as too-many-claims`, async () => {
    const d = deps({ blobs: new MapBlobs({ 'wire/flood.txt': 'قال "نعم" و'.repeat(MAX_CLAIMS_PER_ARTICLE + 50) }) });
    const outcome = await ingestObjectEvent(put('wire/flood.txt'), d);
    expect(outcome).toMatchObject({ status: 'failed', code: 'too-many-claims' });
  });
});

describe('the SQS handler around it', () => {
  it('never answers before its ingests end, even past the deadline (no ingest left running behind an answer)', async () => {
    // Prepare: the object read takes 300 ms; the invocation has 100 ms left
    const { createIngestHandler } = await import('../../../functions/ingest');
    const { logger } = await import('../../../functions/wiring');
    const slowBlobs = new MapBlobs({ 'wire/a.txt': ARTICLE });
    const read = slowBlobs.get.bind(slowBlobs);
    slowBlobs.get = async (...args) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return read(...args);
    };
    const d = deps({ blobs: slowBlobs });
    const handler = createIngestHandler(d);
    jest.spyOn(logger, 'info').mockImplementation(() => undefined);
    const body = JSON.stringify({ Records: [{ eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'b' }, object: { key: 'wire/a.txt', size: 100, sequencer: '0A' } } }] });
    const record = { messageId: 'm1', receiptHandle: 'r', body, attributes: {}, messageAttributes: {}, md5OfBody: '', eventSource: 'aws:sqs', eventSourceARN: 'arn', awsRegion: 'us-east-1' };
    const context = { functionName: 'ingest', awsRequestId: 'r', getRemainingTimeInMillis: () => 100 };

    // Act
    const response = await handler({ Records: [record as never] }, context as never).catch((error: Error) => error);

    // Assess: the answer comes after the ingest finished, and reports it done
    expect(response).toEqual({ batchItemFailures: [] });
    expect(await d.store.getArticle(articleIdFor('b', 'wire/a.txt'))).toMatchObject({ status: 'done' });
  });
});
