/**
 * Composition root: configuration -> SDK clients -> adapters. The only place that knows whether the
 * handlers talk to AWS or to the loopback emulators (an endpoint in the configuration).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { Logger } from '@aws-lambda-powertools/logger';
import { LOCAL } from '../infra/resources';
import { DynamoDbLeases } from '../shared/adapters/dynamodb-leases';
import { DynamoDbStore } from '../shared/adapters/dynamodb-store';
import { S3ArticleBlobs } from '../shared/adapters/s3-article-blobs';
import type { ArticleBlobs, ArticleLeases, Clock, IngestStore, ReportStore } from '../shared/ports';
import type { Config } from './config';

// The service name comes from POWERTOOLS_SERVICE_NAME (set per function by the stack); 'qarin' locally.
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'qarin' });

export const systemClock: Clock = { now: () => new Date() };

function dynamoDbClient(config: Config): DynamoDBClient {
  return new DynamoDBClient({
    region: config.region,
    // Standard retries with more attempts than the default 3: throttling on a hot partition is transient.
    maxAttempts: 8,
    ...(config.dynamoDbEndpoint ? { endpoint: config.dynamoDbEndpoint, credentials: LOCAL.dynamoDbCredentials } : {}),
  });
}

function s3Client(config: Config): S3Client {
  return new S3Client({
    region: config.region,
    ...(config.s3Endpoint
      ? {
          endpoint: config.s3Endpoint,
          forcePathStyle: true,
          credentials: LOCAL.s3Credentials,
          // s3rver stores aws-chunked framing as the object body unless checksums are only sent when required.
          requestChecksumCalculation: 'WHEN_REQUIRED',
          responseChecksumValidation: 'WHEN_REQUIRED',
        }
      : {}),
  });
}

export interface IngestWiring {
  store: IngestStore;
  blobs: ArticleBlobs;
  clock: Clock;
  maxObjectBytes: number;
  /** On the table, so ingests of one key exclude each other across Lambda instances. */
  leases: ArticleLeases;
}

export function createIngestDeps(config: Config): IngestWiring {
  const dynamoDb = dynamoDbClient(config);
  return {
    // Deflated claim blocks and finding groups (dynamodb-claims.ts, dynamodb-findings.ts): their documents share
    // most of their words, so deflated together they take a fraction of the write units (README, Performance).
    // Readers accept both forms.
    store: new DynamoDbStore(dynamoDb, config.tableName, { cursorSecret: config.cursorSecret, compressDocuments: true }),
    leases: new DynamoDbLeases(dynamoDb, config.tableName),
    blobs: new S3ArticleBlobs(s3Client(config)),
    clock: systemClock,
    maxObjectBytes: config.maxObjectBytes,
  };
}

export function createApiDeps(config: Config): { reports: ReportStore; apiToken: string | undefined } {
  return {
    reports: new DynamoDbStore(dynamoDbClient(config), config.tableName, { cursorSecret: config.cursorSecret }),
    apiToken: config.apiToken,
  };
}
