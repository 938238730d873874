import { z } from 'zod';
import { BUCKET, ENV } from '../infra/resources';
import { ConfigError } from '../shared/errors';

const optionalUrl = z.url().optional();

const schema = z.object({
  [ENV.tableName]: z.string().min(3),
  [ENV.bucketName]: z.string().min(3).optional(),
  [ENV.endpointDynamoDb]: optionalUrl,
  [ENV.endpointS3]: optionalUrl,
  [ENV.cursorSecret]: z.string().min(16),
  [ENV.apiToken]: z.string().min(16).optional(),
  [ENV.maxObjectBytes]: z.coerce.number().int().positive().default(BUCKET.maxObjectBytes),
  AWS_REGION: z.string().default('us-east-1'),
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
