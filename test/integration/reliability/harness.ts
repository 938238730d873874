/**
 * What every reliability scenario needs around the real ingest handler: dynalite and s3rver on loopback
 * (test/helpers/emulators.ts), a fresh table per run, S3 notification bodies shaped as S3 sends them
 * (URL-encoded key, sequencer, optional versionId), and a stand-in for SQS plus Lambda's event source mapping
 * that, unlike local/local-queue.ts, runs several invocations at once (the mapping's concurrency), each with
 * its own Lambda context and deadline, redelivers failed records after a visibility delay and parks them after
 * maxReceiveCount receives. Outcomes are read from the handler's own log lines.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createIngestHandler } from '../../../functions/ingest';
import { logger } from '../../../functions/wiring';
import { INGEST_FUNCTION, LOCAL, QUEUE } from '../../../infra/resources';
import { lambdaContextFactory } from '../../../local/lambda-context';
import { type QueuedMessage, encodeKeyLikeS3, newMessage, sqsRecordFor } from '../../../local/notifications';
import { DynamoDbLeases } from '../../../shared/adapters/dynamodb-leases';
import { DynamoDbStore } from '../../../shared/adapters/dynamodb-store';
import { S3ArticleBlobs } from '../../../shared/adapters/s3-article-blobs';
import type { IngestDeps } from '../../../shared/ingest';
import type { ArticleBlobs } from '../../../shared/ports';
import { type Emulators, startEmulators } from '../../helpers/emulators';
import { sleep } from '../../helpers/random';
import { type Item, scanTable } from './snapshot';

export const CURSOR_SECRET = 'reliability-cursor-secret-0123456789';
export const ENVELOPE = { region: LOCAL.region, queueArn: `arn:aws:sqs:${LOCAL.region}:000000000000:qarin-ingest` };

export type IngestHandler = ReturnType<typeof createIngestHandler>;

/** The ingest function's context; `timeoutSeconds` sets the deadline its leases are bound to. */
export const ingestContext = (timeoutSeconds: number = INGEST_FUNCTION.timeoutSeconds): (() => Context) =>
  lambdaContextFactory({ functionName: 'qarin-ingest', timeoutSeconds, memoryMb: INGEST_FUNCTION.memoryMb });

export interface EventSpec {
  bucket: string;
  key: string;
  kind: 'put' | 'delete';
  size?: number;
  /** Hex, as S3 sends it (unpadded). */
  sequencer: string;
  versionId?: string;
}

/** An S3 notification body as S3 delivers it to SQS (eventVersion 2.1, key form-encoded like S3). */
export function notification(spec: EventSpec): string {
  const object: Record<string, string | number> = { key: encodeKeyLikeS3(spec.key) };
  if (spec.kind === 'put' && spec.size !== undefined) object.size = spec.size;
  if (spec.versionId !== undefined) object.versionId = spec.versionId;
  object.sequencer = spec.sequencer;
  return JSON.stringify({
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: LOCAL.region,
        eventTime: '2026-11-20T10:00:00.000Z',
        eventName: spec.kind === 'put' ? 'ObjectCreated:Put' : 'ObjectRemoved:Delete',
        s3: { s3SchemaVersion: '1.0', configurationId: 'qarin-ingest', bucket: { name: spec.bucket, arn: `arn:aws:s3:::${spec.bucket}` }, object },
      },
    ],
  });
}

/** Eighteen hex digits like S3's example sequencer (0055AED6DCD90281E5), increasing with `n` (< 2^32). */
export const sequencerFor = (n: number): string => `0055AED6DC${n.toString(16).toUpperCase().padStart(8, '0')}`;

/** One dynalite + s3rver pair for a test file (or a soak run), with a fresh table per scenario run. */
export class Lab {
  private tables = 0;

  private constructor(
    readonly emulators: Emulators,
    readonly bucket: string,
  ) {}

  static async start(): Promise<Lab> {
    const emulators = await startEmulators();
    return new Lab(emulators, emulators.s3.bucket);
  }

  async stop(): Promise<void> {
    await this.emulators.stop();
  }

  async newTable(): Promise<string> {
    return this.emulators.dynamodb.createTable(`qarin-rel-${++this.tables}`);
  }

  /** A client configured like production's (functions/wiring.ts: standard retries, 8 attempts). */
  dynamoDbClient(): DynamoDBClient {
    return new DynamoDBClient({ endpoint: this.emulators.dynamodb.endpoint, region: LOCAL.region, credentials: LOCAL.dynamoDbCredentials, maxAttempts: 8 });
  }

  /** Stores an object in s3rver; returns its size in bytes. */
  async upload(key: string, body: string | Uint8Array, metadata: Record<string, string> = {}, contentType?: string): Promise<number> {
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    await this.emulators.s3.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, Metadata: metadata, ...(contentType ? { ContentType: contentType } : {}) }),
    );
    return bytes.length;
  }

  /** Production's adapters on `table` (a given client for fault injection), with DynamoDB leases. */
  deps(table: string, options: { client?: DynamoDBClient; blobs?: ArticleBlobs; leaseMarginMs?: number; leaseWaitMs?: number } = {}): IngestDeps {
    const client = options.client ?? this.emulators.dynamodb.client;
    return {
      store: new DynamoDbStore(client, table, { cursorSecret: CURSOR_SECRET, compressDocuments: true }),
      leases: new DynamoDbLeases(client, table),
      blobs: options.blobs ?? new S3ArticleBlobs(this.emulators.s3.client),
      clock: { now: () => new Date() },
      maxObjectBytes: 64 * 1024,
      ...(options.leaseMarginMs !== undefined ? { leaseMarginMs: options.leaseMarginMs } : {}),
      ...(options.leaseWaitMs !== undefined ? { leaseWaitMs: options.leaseWaitMs } : {}),
    };
  }

  handler(deps: IngestDeps): IngestHandler {
    return createIngestHandler(deps);
  }

  scan(table: string): Promise<Item[]> {
    return scanTable(this.emulators.dynamodb.client, table);
  }
}

export interface DeliveryOptions {
  /** Invocations in flight at once (the event source mapping's concurrency). */
  invocations?: number;
  batchSize?: number;
  maxReceiveCount?: number;
  /** Delay before a failed record is received again (the visibility timeout, shortened). */
  visibilityMs?: number;
  /** Random pause before each receive, so invocations interleave differently. */
  jitterMs?: number;
  random?: () => number;
  makeContext?: () => Context;
}

export interface DeliveryReport {
  invocations: number;
  receives: number;
  /** Receives that ended as batch item failures (or in a thrown batch). */
  failedReceives: number;
  deadLetters: QueuedMessage[];
  /** The first response of each invocation, for partial-batch assertions. */
  responses: Array<{ ids: string[]; failed: string[] }>;
  elapsedMs: number;
}

/**
 * Delivers each body as its own SQS message to `handler`, `invocations` batches at a time, until every
 * message was acknowledged or parked.
 */
export async function deliver(handler: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | void>, bodies: readonly string[], options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const { invocations = 1, batchSize = QUEUE.batchSize, maxReceiveCount = QUEUE.maxReceiveCount, visibilityMs = 20, jitterMs = 0, random = Math.random } = options;
  const makeContext = options.makeContext ?? ingestContext();
  const started = performance.now();
  const ready: QueuedMessage[] = bodies.map((body) => newMessage(body));
  const report: DeliveryReport = { invocations: 0, receives: 0, failedReceives: 0, deadLetters: [], responses: [], elapsedMs: 0 };
  let waiting = 0;
  let inFlight = 0;
  const worker = async (): Promise<void> => {
    for (;;) {
      if (jitterMs > 0) await sleep(random() * jitterMs);
      if (ready.length === 0) {
        if (waiting === 0 && inFlight === 0) return;
        await sleep(2);
        continue;
      }
      const batch = ready.splice(0, batchSize);
      inFlight += 1;
      for (const message of batch) message.receiveCount += 1;
      report.invocations += 1;
      report.receives += batch.length;
      const event: SQSEvent = { Records: batch.map((message) => sqsRecordFor(message, ENVELOPE)) };
      let failed: Set<string>;
      try {
        const response = await handler(event, makeContext());
        failed = new Set((response?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier));
      } catch {
        failed = new Set(batch.map((message) => message.messageId)); // a thrown handler fails the whole batch
      }
      report.responses.push({ ids: batch.map((m) => m.messageId), failed: [...failed] });
      for (const message of batch) {
        if (!failed.has(message.messageId)) continue;
        report.failedReceives += 1;
        if (message.receiveCount >= maxReceiveCount) {
          report.deadLetters.push(message);
        } else {
          waiting += 1;
          setTimeout(() => {
            waiting -= 1;
            ready.push(message);
          }, visibilityMs);
        }
      }
      inFlight -= 1;
    }
  };
  await Promise.all(Array.from({ length: invocations }, worker));
  report.elapsedMs = performance.now() - started;
  return report;
}

export interface Outcome {
  status: 'done' | 'failed' | 'deleted' | 'stale' | 'duplicate';
  articleId: string;
  key: string;
  code?: string;
  error?: string;
  claimCount?: number;
  findingCount?: number;
}

export interface OutcomeLog {
  outcomes: Outcome[];
  /** 'article busy; message handed back' lines. */
  busy: number;
  count(status: Outcome['status']): number;
  clear(): void;
  restore(): void;
}

/**
 * Collects the handler's 'object event processed' lines instead of printing them (a scenario makes
 * thousands). The handler logs every outcome; these are the counts the figures report.
 */
export function captureOutcomes(): OutcomeLog {
  const info = logger.info.bind(logger);
  const warn = logger.warn.bind(logger);
  const log: OutcomeLog = {
    outcomes: [],
    busy: 0,
    count: (status) => log.outcomes.filter((o) => o.status === status).length,
    clear: () => {
      log.outcomes = [];
      log.busy = 0;
    },
    restore: () => {
      logger.info = info;
      logger.warn = warn;
    },
  };
  logger.info = ((message: unknown, ...extra: unknown[]) => {
    if (message === 'object event processed') log.outcomes.push(Object.assign({}, ...(extra as object[])) as Outcome);
  }) as typeof logger.info;
  logger.warn = ((message: unknown) => {
    if (message === 'article busy; message handed back') log.busy += 1;
  }) as typeof logger.warn;
  return log;
}
