/**
 * The one definition of Qarin's resources, read by the CDK stack, the Lambda wiring and the local runtime.
 * Plain data: no CDK or SDK import, so the handlers can bundle it for free.
 */

export const TABLE = {
  /** Logical name; the deployed name is chosen by CloudFormation and passed in `ENV.tableName`. */
  localName: 'qarin',
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Read-side feeds for the API only. Never read on the ingest path (GSIs are eventually consistent). */
  indexes: {
    feed: { name: 'feed', partitionKey: 'fpk', sortKey: 'fsk' },
    outlet: { name: 'outlet', partitionKey: 'opk', sortKey: 'osk' },
  },
} as const;

export const BUCKET = {
  /** Local default; overridable with QARIN_BUCKET. In AWS the name is generated. */
  localName: 'qarin-articles',
  /** Objects larger than this are rejected from the event's size, before any byte is read. */
  maxObjectBytes: 5 * 1024 * 1024,
} as const;

export const QUEUE = {
  /** Receives before a message is parked in the dead-letter queue. */
  maxReceiveCount: 5,
  batchSize: 10,
  maxConcurrency: 20,
} as const;

export const INGEST_FUNCTION = {
  timeoutSeconds: 60,
  memoryMb: 1024,
} as const;

export const API_FUNCTION = {
  timeoutSeconds: 10,
  memoryMb: 512,
} as const;

/** Environment variable names shared by the stack (which sets them) and the wiring (which reads them). */
export const ENV = {
  tableName: 'QARIN_TABLE',
  bucketName: 'QARIN_BUCKET',
  endpointDynamoDb: 'QARIN_DYNAMODB_ENDPOINT',
  endpointS3: 'QARIN_S3_ENDPOINT',
  cursorSecret: 'QARIN_CURSOR_SECRET',
  apiToken: 'QARIN_API_TOKEN',
  maxObjectBytes: 'QARIN_MAX_OBJECT_BYTES',
} as const;

export type HttpMethod = 'GET';

/** HTTP routes served by the api function. `public` routes need no authorization (health probes). */
export const ROUTES: ReadonlyArray<{ method: HttpMethod; path: string; public?: boolean }> = [
  { method: 'GET', path: '/health', public: true },
  { method: 'GET', path: '/' },
  { method: 'GET', path: '/articles' },
  { method: 'GET', path: '/articles/{id}' },
  { method: 'GET', path: '/articles/{id}/report' },
  { method: 'GET', path: '/articles/{id}/view' },
  { method: 'GET', path: '/findings' },
  { method: 'GET', path: '/openapi.json' },
];

export const LOCAL = {
  apiPort: 8787,
  s3Port: 4569,
  dynamoDbPort: 4567,
  dataDir: '.qarin',
  region: 'us-east-1',
  /** s3rver accepts only this key pair. */
  s3Credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  dynamoDbCredentials: { accessKeyId: 'local', secretAccessKey: 'local' },
} as const;
