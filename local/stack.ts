/**
 * The local twin of the CDK stack (design.md, "One definition, two runtimes"): dynalite and s3rver on
 * loopback with the table and bucket from infra/resources.ts, S3 notifications delivered to the real
 * ingest handler in the SQS envelope production uses, and the real api handler behind an HTTP server
 * that speaks API Gateway's payload 2.0. Used by `npm start` (local/start.ts), the tests and the bench.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isAbsolute, join, resolve } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import { API_FUNCTION, BUCKET, ENV, INGEST_FUNCTION, LOCAL, QUEUE, TABLE } from '../infra/resources';
import { closeServer, startEmulators } from './emulators';
import { allowRequireOfMiddy } from './esm-interop';
import { createHttpApiServer } from './http-gateway';
import { lambdaContextFactory } from './lambda-context';
import { type DeliveryStats, LocalQueue, type ParkedMessage } from './local-queue';
import { bridgeS3rverToQueue } from './s3-bridge';
import { bucketIsEmpty, uploadSamples } from './samples';

export const REPO_ROOT = resolve(__dirname, '..');

export interface LocalStackOptions {
  /** 0 picks a free port. Defaults: LOCAL.apiPort, LOCAL.s3Port, LOCAL.dynamoDbPort. */
  apiPort?: number;
  s3Port?: number;
  dynamoDbPort?: number;
  bucket?: string;
  tableName?: string;
  /** Where dynalite and s3rver keep their files; relative paths are resolved against the repository root. */
  dataDir?: string;
  /** Upload local/samples/ when the bucket is empty (default true). */
  samples?: boolean;
  /** Only warnings and errors on stderr (tests, bench). */
  quiet?: boolean;
  /** Bearer token the API then requires (>= 16 characters); default: QARIN_API_TOKEN, else none. */
  apiToken?: string;
  /** Key that signs pagination cursors; default: QARIN_CURSOR_SECRET, else one generated and kept in the data directory. */
  cursorSecret?: string;
  /** How long the queue waits to fill a batch (default 100 ms). */
  batchWindowMs?: number;
  /** First retry delay for a failed message, doubled per receive (default 250 ms). */
  retryBaseMs?: number;
}

export interface LocalStack {
  urls: { api: string; web: string; s3: string; dynamoDb: string };
  bucket: string;
  tableName: string;
  dataDir: string;
  /** Path-style client with s3rver's credentials and checksum settings. */
  s3: S3Client;
  dynamoDb: DynamoDBClient;
  /** Keys of the sample articles uploaded by this start (empty when skipped or already there). */
  samplesUploaded: string[];
  deadLetters: readonly ParkedMessage[];
  deliveries: Readonly<DeliveryStats>;
  /** Resolves when every event delivered so far has been processed (acknowledged or parked). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const quiet = options.quiet ?? false;
  // The SDK warns on every client that Node 20 support ends in 2027: noise in a local console.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const info = (message: string) => {
    if (!quiet) process.stderr.write(`[qarin-local] ${message}\n`);
  };
  const warn = (message: string, details?: Record<string, unknown>) => {
    process.stderr.write(`[qarin-local] ${message}${details ? ` ${JSON.stringify(details)}` : ''}\n`);
  };

  const dataDir = resolveDataDir(options.dataDir ?? LOCAL.dataDir);
  const bucket = options.bucket ?? BUCKET.localName;
  const tableName = options.tableName ?? TABLE.localName;
  await mkdir(dataDir, { recursive: true });
  const cursorSecret = options.cursorSecret ?? process.env[ENV.cursorSecret] ?? (await persistentSecret(dataDir));
  const apiToken = options.apiToken ?? process.env[ENV.apiToken];

  const emulators = await startEmulators({
    dataDir,
    dynamoDbPort: options.dynamoDbPort ?? LOCAL.dynamoDbPort,
    s3Port: options.s3Port ?? LOCAL.s3Port,
    tableName,
    bucket,
  });
  info(`DynamoDB (dynalite) on ${emulators.dynamoDbEndpoint}${emulators.createdTable ? `, created table ${tableName}` : ''}`);
  info(`S3 (s3rver) on ${emulators.s3Endpoint}, bucket ${bucket}`);

  const cleanups: Array<() => Promise<void> | void> = [() => emulators.close()];
  const closeAll = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };

  try {
    const environment: Record<string, string> = {
      [ENV.tableName]: tableName,
      [ENV.bucketName]: bucket,
      [ENV.endpointDynamoDb]: emulators.dynamoDbEndpoint,
      [ENV.endpointS3]: emulators.s3Endpoint,
      [ENV.cursorSecret]: cursorSecret,
      ...(apiToken ? { [ENV.apiToken]: apiToken } : {}),
      AWS_REGION: LOCAL.region,
    };
    const { ingest, api } = await loadFunctions(environment, quiet);

    const settings = { region: LOCAL.region, queueArn: `arn:aws:sqs:${LOCAL.region}:000000000000:qarin-ingest-local` };
    const queue = new LocalQueue({
      ...settings,
      handler: ingest,
      makeContext: lambdaContextFactory({ functionName: 'qarin-ingest-local', timeoutSeconds: INGEST_FUNCTION.timeoutSeconds, memoryMb: INGEST_FUNCTION.memoryMb }),
      batchSize: QUEUE.batchSize,
      maxReceiveCount: QUEUE.maxReceiveCount,
      batchWindowMs: options.batchWindowMs ?? 100,
      retryBaseMs: options.retryBaseMs ?? 250,
      deadLetterFile: join(dataDir, 'dead-letters.jsonl'),
      log: warn,
    });
    const bridge = bridgeS3rverToQueue(emulators.s3rver, bucket, queue, settings, warn);
    cleanups.push(() => queue.close(), () => bridge.detach());

    const server = createHttpApiServer({
      handler: api,
      makeContext: lambdaContextFactory({ functionName: 'qarin-api-local', timeoutSeconds: API_FUNCTION.timeoutSeconds, memoryMb: API_FUNCTION.memoryMb }),
      log: warn,
    });
    await listenOnLoopback(server, options.apiPort ?? LOCAL.apiPort);
    cleanups.push(() => closeServer(server));
    const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    let samplesUploaded: string[] = [];
    if (options.samples ?? true) {
      if (await bucketIsEmpty(emulators.s3, bucket)) {
        samplesUploaded = (await uploadSamples(emulators.s3, bucket)).map((sample) => sample.key);
        info(`uploaded ${samplesUploaded.length} sample articles; ingesting them`);
      } else {
        info('bucket already holds articles: samples not uploaded again');
      }
    }

    let closing: Promise<void> | null = null;
    return {
      urls: { api: apiUrl, web: `${apiUrl}/`, s3: emulators.s3Endpoint, dynamoDb: emulators.dynamoDbEndpoint },
      bucket,
      tableName,
      dataDir,
      s3: emulators.s3,
      dynamoDb: emulators.dynamoDb,
      samplesUploaded,
      deadLetters: queue.deadLetters,
      deliveries: queue.stats,
      idle: () => queue.idle(),
      close: () => (closing ??= closeAll()),
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

function resolveDataDir(dir: string): string {
  return isAbsolute(dir) ? dir : join(REPO_ROOT, dir);
}

/** The cursor-signing key survives restarts, so cursors handed out before a restart stay valid. */
async function persistentSecret(dataDir: string): Promise<string> {
  const file = join(dataDir, 'cursor-secret');
  try {
    const existing = (await readFile(file, 'utf8')).trim();
    if (existing.length >= 16) return existing;
  } catch {
    // first start: fall through and create it
  }
  const secret = randomBytes(32).toString('hex');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * The handlers' own composition, exactly what their `handler` exports build on a cold start
 * (configuration parsed by functions/config.ts, clients built by functions/wiring.ts), but over this
 * stack's environment instead of process.env: two stacks in one process (a test restarting the stack,
 * the bench) then never share a cached configuration.
 */
async function loadFunctions(environment: Record<string, string>, quiet: boolean) {
  allowRequireOfMiddy(REPO_ROOT);
  // Read by the Powertools logger when functions/wiring.ts is first imported.
  if (quiet) process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
  const [{ loadConfig }, wiring, { createIngestHandler }, { createApiHandler }] = await Promise.all([
    import('../functions/config'),
    import('../functions/wiring'),
    import('../functions/ingest'),
    import('../functions/api'),
  ]);
  const config = loadConfig({ ...process.env, ...environment });
  return {
    ingest: createIngestHandler(wiring.createIngestDeps(config)),
    api: createApiHandler({ ...wiring.createApiDeps(config), logger: wiring.logger }),
  };
}

function listenOnLoopback(server: Server, port: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
}
