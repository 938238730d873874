/**
 * `npm start`: the local stack in one command. Reads its settings from the environment (README,
 * "Configuration"), starts everything on 127.0.0.1, prints where things are, and shuts down cleanly
 * on Ctrl-C / SIGTERM.
 */
import { ENV, LOCAL } from '../infra/resources';
import { type LocalStack, startLocalStack } from './stack';

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`${name} must be a port number (0-65535), got ${JSON.stringify(raw)}`);
  return value;
}

function banner(stack: LocalStack): string {
  const { urls, bucket } = stack;
  const sampleKey = 'my-outlet/2026-11-12-story.txt';
  const nodeUpload = [
    `node -e "const {S3Client,PutObjectCommand}=require('@aws-sdk/client-s3');`,
    `new S3Client({endpoint:'${urls.s3}',region:'${LOCAL.region}',forcePathStyle:true,`,
    `credentials:{accessKeyId:'${LOCAL.s3Credentials.accessKeyId}',secretAccessKey:'${LOCAL.s3Credentials.secretAccessKey}'},requestChecksumCalculation:'WHEN_REQUIRED'})`,
    `.send(new PutObjectCommand({Bucket:'${bucket}',Key:'${sampleKey}',Body:require('fs').readFileSync('article.txt'),Metadata:{outlet:'my-outlet'}}))`,
    `.then(()=>console.log('uploaded'))"`,
  ].join('');
  return [
    '',
    'Qarin local stack is up',
    `  API            ${urls.api}          (try ${urls.api}/findings?kind=quote-wording)`,
    `  Web page       ${urls.web}`,
    `  S3 endpoint    ${urls.s3}          bucket ${bucket}, path-style addressing`,
    `  S3 credentials access key ${LOCAL.s3Credentials.accessKeyId} / secret ${LOCAL.s3Credentials.secretAccessKey}, region ${LOCAL.region}`,
    `  DynamoDB       ${urls.dynamoDb}          table ${stack.tableName} (any credentials)`,
    `  Data           ${stack.dataDir}          (dead letters: dead-letters.jsonl)`,
    '',
    'Upload an article (the outlet comes from --metadata outlet=..., else from the first segment of the key):',
    `  AWS_ACCESS_KEY_ID=${LOCAL.s3Credentials.accessKeyId} AWS_SECRET_ACCESS_KEY=${LOCAL.s3Credentials.secretAccessKey} AWS_DEFAULT_REGION=${LOCAL.region} \\`,
    `    aws --endpoint-url ${urls.s3} s3 cp article.txt s3://${bucket}/${sampleKey} --metadata outlet=my-outlet,published-at=2026-11-12`,
    '  or, without the AWS CLI:',
    `  QARIN_S3_PORT=${new URL(urls.s3).port} npx tsx local/upload.ts article.txt my-outlet`,
    `  ${nodeUpload}`,
    '',
    process.env[ENV.apiToken] ? `The API requires "Authorization: Bearer $${ENV.apiToken}".` : 'The API is open on loopback (set QARIN_API_TOKEN to require a bearer token).',
    'Ctrl-C stops everything; data stays in the data directory (delete it to start afresh).',
    '',
  ].join('\n');
}

/** After the first start's samples are ingested: one line per article status and per finding kind. */
async function sampleSummary(stack: LocalStack): Promise<string> {
  await stack.idle();
  const headers: Record<string, string> = process.env[ENV.apiToken] ? { authorization: `Bearer ${process.env[ENV.apiToken]}` } : {};
  const get = async (path: string) => {
    const response = await fetch(`${stack.urls.api}${path}`, { headers });
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    return (await response.json()) as { items: Array<{ status?: string; kind?: string; outlet?: string }> };
  };
  const articles = (await get('/articles?limit=100')).items;
  const findings = (await get('/findings?limit=100')).items;
  const count = (values: Array<string | undefined>) =>
    Object.entries(values.reduce<Record<string, number>>((acc, value) => ({ ...acc, [value ?? '?']: (acc[value ?? '?'] ?? 0) + 1 }), {}))
      .map(([name, n]) => `${name} ${n}`)
      .join(', ');
  return [
    `Samples ingested: ${articles.length} articles (${count(articles.map((article) => article.status))})`,
    `Findings so far (first page): ${findings.length === 0 ? 'none' : count(findings.map((finding) => finding.kind))}`,
    `Planted agreements and discrepancies: local/samples/README.md; deliveries ${JSON.stringify(stack.deliveries)}`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const stack = await startLocalStack({
    apiPort: port('QARIN_PORT', LOCAL.apiPort),
    s3Port: port('QARIN_S3_PORT', LOCAL.s3Port),
    dynamoDbPort: port('QARIN_DYNAMODB_PORT', LOCAL.dynamoDbPort),
    ...(process.env[ENV.bucketName] ? { bucket: process.env[ENV.bucketName] } : {}),
    ...(process.env.QARIN_DATA_DIR ? { dataDir: process.env.QARIN_DATA_DIR } : {}),
    samples: process.env.QARIN_SAMPLES !== '0',
  });
  process.stdout.write(banner(stack));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`\n[qarin-local] ${signal}: stopping\n`);
    stack.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`[qarin-local] error while stopping: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  if (stack.samplesUploaded.length > 0) {
    sampleSummary(stack).then(
      (summary) => process.stdout.write(summary),
      (error: unknown) => process.stderr.write(`[qarin-local] could not summarise the samples: ${String(error)}\n`),
    );
  }
}

main().catch((error: unknown) => {
  const code = (error as { code?: string }).code;
  const hint = code === 'EADDRINUSE' ? ' (a port is taken: set QARIN_PORT, QARIN_S3_PORT or QARIN_DYNAMODB_PORT, or 0 for a free one)' : '';
  process.stderr.write(`[qarin-local] failed to start: ${error instanceof Error ? error.message : String(error)}${hint}\n`);
  process.exit(1);
});
