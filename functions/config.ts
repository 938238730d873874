// zod/mini: the same validation in ~16 KB instead of ~440 KB of the api and ingest bundles (their budgets are
// 300 KB and 1 MB). It ships no English messages, so each check names what it expects.
import * as z from 'zod/mini';
import { BUCKET, ENV } from '../infra/resources';
import { ConfigError } from '../shared/errors';

const text = (min: number) => z.string({ error: 'required' }).check(z.minLength(min, `must be at least ${min} characters`));
const optionalUrl = z.optional(z.url({ error: 'must be a URL' }));

const schema = z.object({
  [ENV.tableName]: text(3),
  [ENV.bucketName]: z.optional(text(3)),
  [ENV.endpointDynamoDb]: optionalUrl,
  [ENV.endpointS3]: optionalUrl,
  [ENV.cursorSecret]: text(16),
  [ENV.apiToken]: z.optional(text(16)),
  [ENV.maxObjectBytes]: z._default(
    z.pipe(z.coerce.number({ error: 'must be a number' }), z.int({ error: 'must be an integer' }).check(z.positive('must be positive'))),
    BUCKET.maxObjectBytes,
  ),
  AWS_REGION: z._default(z.string(), 'us-east-1'),
});

export interface Config {
  tableName: string;
  bucketName: string | undefined;
  dynamoDbEndpoint: string | undefined;
  s3Endpoint: string | undefined;
  cursorSecret: string;
  apiToken: string | undefined;
  maxObjectBytes: number;
  region: string;
}

/** Parses the environment once; a missing or invalid variable fails the cold start with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const values = parsed.data;
  return Object.freeze({
    tableName: values[ENV.tableName],
    bucketName: values[ENV.bucketName],
    dynamoDbEndpoint: values[ENV.endpointDynamoDb],
    s3Endpoint: values[ENV.endpointS3],
    cursorSecret: values[ENV.cursorSecret],
    apiToken: values[ENV.apiToken],
    maxObjectBytes: values[ENV.maxObjectBytes],
    region: values.AWS_REGION,
  });
}
