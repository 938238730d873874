/**
 * Real local AWS stand-ins for integration tests: dynalite in-process and s3rver in a temporary
 * directory, both on 127.0.0.1 with a random free port, and SDK clients configured the way
 * shared/notes/toolchain.md (sections 2 and 3) found to work. The table and bucket are the ones
 * infra/resources.ts declares.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import dynalite from 'dynalite';
import S3rver from 's3rver';
import { BUCKET, LOCAL, TABLE } from '../../infra/resources';
import { tableDefinition } from '../../shared/adapters/table-definition';

// The SDK warns on every client that Node 20 support ends in 2027; it is noise in test output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

export interface LocalDynamoDb {
  client: DynamoDBClient;
  endpoint: string;
  tableName: string;
  /** Creates another empty table with Qarin's definition (isolates a test); returns its name. */
  createTable(name: string): Promise<string>;
  /** Drops and recreates `tableName`, empty. */
  resetTable(): Promise<void>;
  stop(): Promise<void>;
}

export interface LocalS3 {
  client: S3Client;
  endpoint: string;
  bucket: string;
  directory: string;
  stop(): Promise<void>;
}

export interface Emulators {
  dynamodb: LocalDynamoDb;
  s3: LocalS3;
  stop(): Promise<void>;
}

const closeServer = (server: Server): Promise<void> =>
  new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));

/** Starts dynalite (in memory, tables ready at once) and creates Qarin's table. */
export async function startDynamoDb(tableName: string = TABLE.localName): Promise<LocalDynamoDb> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: LOCAL.region,
    credentials: LOCAL.dynamoDbCredentials, // dynalite accepts any key pair
    maxAttempts: 3,
  });
  const createTable = async (name: string): Promise<string> => {
    await client.send(new CreateTableCommand(tableDefinition(name)));
    return name;
  };
  await createTable(tableName);
  return {
    client,
    endpoint,
    tableName,
    createTable,
    resetTable: async () => {
      await client.send(new DeleteTableCommand({ TableName: tableName }));
      await createTable(tableName);
    },
    stop: async () => {
      client.destroy();
      server.closeAllConnections?.();
      await closeServer(server);
    },
  };
}

/** Starts s3rver in a fresh temporary directory and creates Qarin's bucket. */
export async function startS3(bucket: string = BUCKET.localName): Promise<LocalS3> {
  const directory = await mkdtemp(join(tmpdir(), 'qarin-s3rver-'));
  const s3rver = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
  const { port } = await s3rver.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new S3Client({
    endpoint,
    region: LOCAL.region,
    forcePathStyle: true,
    credentials: LOCAL.s3Credentials, // the only key pair s3rver accepts
    // Without these, streamed uploads are stored with their aws-chunked framing (toolchain.md section 3).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
  });
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  return {
    client,
    endpoint,
    bucket,
    directory,
    stop: async () => {
      client.destroy();
      await s3rver.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** Both emulators; `stop()` closes clients, servers and removes the s3rver directory. */
export async function startEmulators(options: { tableName?: string; bucket?: string } = {}): Promise<Emulators> {
  const [dynamodb, s3] = await Promise.all([startDynamoDb(options.tableName), startS3(options.bucket)]);
  return {
    dynamodb,
    s3,
    stop: async () => {
      await Promise.all([dynamodb.stop(), s3.stop()]);
    },
  };
}
