import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { readSampleManifest } from '../../../local/samples';
import { type LocalStack, startLocalStack } from '../../../local/stack';
import type { Article, Finding } from '../../../shared/model';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

async function getJson<T>(stack: LocalStack, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(`${stack.urls.api}${path}`, { headers });
  return { status: response.status, body: (await response.json()) as T };
}

async function allArticles(stack: LocalStack): Promise<Article[]> {
  const { status, body } = await getJson<Page<Article>>(stack, '/articles?limit=100');
  expect(status).toBe(200);
  return body.items;
}

const quoteOf = (side: Finding['claim']) => side.quote ?? side.text;

describe('the local stack (npm start) end to end', () => {
  let dataDir: string;
  let stack: LocalStack;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'qarin-local-'));
    stack = await startLocalStack({ apiPort: 0, s3Port: 0, dynamoDbPort: 0, dataDir, samples: true, quiet: true, batchWindowMs: 20 });
    await stack.idle();
  });

  afterAll(async () => {
    await stack?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('serves the health route on loopback', async () => {
    // Act
    const { status, body } = await getJson<{ status: string }>(stack, '/health');

    // Assess
    expect(stack.urls.api).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok' });
  });

  it('ingests every sample article under its exact key and outlet, none failed, nothing dead-lettered', async () => {
    // Prepare
    const manifest = await readSampleManifest();

    // Act
    const articles = await allArticles(stack);

    // Assess
    expect(stack.samplesUploaded.sort()).toEqual(manifest.map((sample) => sample.key).sort());
    expect(articles.map((article) => article.key).sort()).toEqual(manifest.map((sample) => sample.key).sort());
    expect(articles.filter((article) => article.status !== 'done')).toEqual([]);
    for (const sample of manifest) {
      expect(articles.find((article) => article.key === sample.key)?.outlet).toBe(sample.metadata.outlet);
    }
    expect(stack.deadLetters).toEqual([]);
  });

  it('finds the planted one-word change (خلاف / نزاع) in the Lebanese minister quote', async () => {
    // Act
    const { status, body } = await getJson<Page<Finding>>(stack, '/findings?kind=quote-wording&limit=100');

    // Assess
    expect(status).toBe(200);
    const planted = body.items.filter((finding) => {
      const sides = [quoteOf(finding.claim), quoteOf(finding.counterpart)];
      return sides.some((text) => text.includes('خلاف')) && sides.some((text) => text.includes('نزاع'));
    });
    expect(planted.length).toBeGreaterThan(0);
    expect(planted.map((finding) => [finding.claim.outlet, finding.counterpart.outlet].sort().join(' ')).join('; ')).toContain('gulf-daily');
  });

  it('ingests an uploaded object whose key has Arabic, a space and a plus under exactly that key', async () => {
    // Prepare
    const key = 'تجربة/خبر عاجل+ملحق.txt';
    const body = 'وقال الوزير: «سنواصل العمل على تحسين شبكات الري في المنطقة».';

    // Act
    await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body, ContentType: 'text/plain; charset=utf-8', Metadata: { outlet: 'key-test' } }));
    await stack.idle();

    // Assess
    const article = (await allArticles(stack)).find((item) => item.outlet === 'key-test');
    expect(article).toMatchObject({ key, bucket: stack.bucket, status: 'done' });
  });

  it('removes an article when its object is deleted', async () => {
    // Prepare
    const key = 'delete-test/short-lived.txt';
    await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: 'قال المتحدث: «هذا نص مؤقت للتجربة».', Metadata: { outlet: 'delete-test' } }));
    await stack.idle();
    const created = (await allArticles(stack)).find((item) => item.key === key);
    expect(created?.status).toBe('done');

    // Act
    await stack.s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: key }));
    await stack.idle();

    // Assess
    expect((await allArticles(stack)).find((item) => item.key === key)).toBeUndefined();
    expect((await getJson(stack, `/articles/${created!.id}`)).status).toBe(404);
  });

  it('keeps its data across a restart, uploads no samples twice, and still accepts newer versions of a key', async () => {
    // Prepare
    const before = await allArticles(stack);
    const levant = before.find((article) => article.outlet === 'levant-news')!;
    await stack.close();

    // Act
    stack = await startLocalStack({ apiPort: 0, s3Port: 0, dynamoDbPort: 0, dataDir, samples: true, quiet: true, batchWindowMs: 20, apiToken: 'restart-token-0123456789' });
    const auth = { authorization: 'Bearer restart-token-0123456789' };
    const unauthorised = await fetch(`${stack.urls.api}/articles`);
    await stack.s3.send(
      new PutObjectCommand({ Bucket: stack.bucket, Key: levant.key, Body: 'قال عبود: «هذه نسخة مصححة من الخبر».', Metadata: { outlet: 'levant-news' } }),
    );
    await stack.idle();

    // Assess
    expect(stack.samplesUploaded).toEqual([]);
    expect(unauthorised.status).toBe(401);
    const after = (await getJson<Page<Article>>(stack, '/articles?limit=100', auth)).body.items;
    expect(after.map((article) => article.key).sort()).toEqual(before.map((article) => article.key).sort());
    const updated = after.find((article) => article.key === levant.key)!;
    expect(updated.status).toBe('done');
    expect(updated.sequencer > levant.sequencer).toBe(true);
  });
});
