/**
 * The two emulators behind the local stack, in-process and bound to 127.0.0.1: dynalite (DynamoDB,
 * LevelDB files on disk) and s3rver (S3, plain files on disk), plus the table and bucket that
 * infra/resources.ts declares. Both accept port 0 for a random free port (tests, bench).
 */
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import dynalite from 'dynalite';
import S3rver from 's3rver';
import { LOCAL } from '../infra/resources';
import { tableDefinition } from '../shared/adapters/table-definition';

export interface Emulators {
  dynamoDbEndpoint: string;
  s3Endpoint: string;
  dynamoDb: DynamoDBClient;
  s3: S3Client;
  s3rver: S3rver;
  /** Whether the table had to be created (a fresh data directory). */
  createdTable: boolean;
  close(): Promise<void>;
}

export interface EmulatorOptions {
  dataDir: string;
  dynamoDbPort: number;
  s3Port: number;
  tableName: string;
  bucket: string;
}

/** SDK options s3rver needs: its only key pair, path-style URLs, and checksums only when required (else it stores aws-chunked framing). */
export function s3ClientFor(endpoint: string): S3Client {
  return new S3Client({
    endpoint,
    region: LOCAL.region,
    forcePathStyle: true,
    credentials: LOCAL.s3Credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export async function startEmulators(options: EmulatorOptions): Promise<Emulators> {
  const dynamoDir = join(options.dataDir, 'dynamodb');
  const s3Dir = join(options.dataDir, 's3');
  await mkdir(dynamoDir, { recursive: true });
  await mkdir(s3Dir, { recursive: true });

  const dynamo = dynalite({ path: dynamoDir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await listen(dynamo, options.dynamoDbPort);
  const dynamoDbEndpoint = `http://127.0.0.1:${(dynamo.address() as AddressInfo).port}`;

  const s3rver = new S3rver({ address: '127.0.0.1', port: options.s3Port, silent: true, directory: s3Dir });
  let s3Port: number;
  try {
    ({ port: s3Port } = await s3rver.run());
  } catch (error) {
    await closeServer(dynamo);
    throw error;
  }
  const s3Endpoint = `http://127.0.0.1:${s3Port}`;

  const dynamoDb = new DynamoDBClient({ endpoint: dynamoDbEndpoint, region: LOCAL.region, credentials: LOCAL.dynamoDbCredentials });
  const s3 = s3ClientFor(s3Endpoint);
  const close = async () => {
    dynamoDb.destroy();
    s3.destroy();
    const s3Http = (s3rver as unknown as { httpServer?: Server }).httpServer;
    await Promise.allSettled([s3Http ? closeServer(s3Http) : Promise.resolve(), closeServer(dynamo)]);
  };
  try {
    const createdTable = await ensureTable(dynamoDb, options.tableName);
    await ensureBucket(s3, options.bucket);
    return { dynamoDbEndpoint, s3Endpoint, dynamoDb, s3, s3rver, createdTable, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function ensureTable(client: DynamoDBClient, tableName: string): Promise<boolean> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return false;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  await client.send(new CreateTableCommand(tableDefinition(tableName)));
  return true;
}

async function ensureBucket(client: S3Client, bucket: string): Promise<void> {
  try {
    await client.send(new HeadBucketCommand({ Bucket: bucket }));
  } catch {
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
  }
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Closes a server: idle keep-alive sockets go at once, and connections still busy after `graceMs`
 * are cut, so a client that never hangs up cannot hold the shutdown.
 */
export function closeServer(server: Server, graceMs = 2000): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
