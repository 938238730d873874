/**
 * The local stack (`npm start`'s startLocalStack: dynalite and s3rver on loopback, the S3 -> queue -> ingest
 * handler path, the API handler behind the payload-2.0 gateway) driven like a newsroom and an analyst team:
 *  - throughput: articles uploaded through the S3 API, timed until every one is `done` (articles/s);
 *  - API latency under load: a bounded number of requests from a fixed number of concurrent clients, all on
 *    127.0.0.1, over the routes analysts use (report, findings feed, article list).
 * The handlers run in this process, one ingest batch at a time, on a 2-core machine: this is the local
 * runtime's capacity, not Lambda's (which scales out per batch).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { encodeMetadata } from '../../local/samples';
import { REPO_ROOT, startLocalStack } from '../../local/stack';
import type { Article } from '../../shared/model';
import { mapLimit } from '../../shared/adapters/dynamodb-batch';
import { quantile } from './random';
import type { StreamArticle } from './stream';

export interface EndToEnd {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  failed: number;
  findings: number;
  apiRequests: number;
  apiConcurrency: number;
  apiP50Ms: number;
  apiP99Ms: number;
  apiErrors: number;
  apiRequestsPerSecond: number;
}

async function getJson<T>(url: string): Promise<{ status: number; body: T }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as T };
}

async function listAll(api: string): Promise<Article[]> {
  const out: Article[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const { body } = await getJson<{ items: Article[]; nextCursor: string | null }>(`${api}/articles?limit=100${query}`);
    out.push(...body.items);
    cursor = body.nextCursor;
  } while (cursor);
  return out;
}

export async function measureEndToEnd(
  articles: readonly StreamArticle[],
  options: { apiRequests: number; apiConcurrency: number },
): Promise<EndToEnd> {
  await mkdir(join(REPO_ROOT, '.bench'), { recursive: true });
  const dataDir = await mkdtemp(join(REPO_ROOT, '.bench', 'stack-'));
  const stack = await startLocalStack({ apiPort: 0, s3Port: 0, dynamoDbPort: 0, dataDir, samples: false, quiet: true, batchWindowMs: 20, apiToken: '' });
  try {
    const started = performance.now();
    await mapLimit(articles, 4, (article) =>
      stack.s3.send(
        new PutObjectCommand({ Bucket: stack.bucket, Key: article.key, Body: article.bytes, ContentType: article.contentType, Metadata: encodeMetadata(article.metadata) }),
      ),
    );
    let listed: Article[] = [];
    for (;;) {
      await stack.idle();
      listed = await listAll(stack.urls.api);
      if (listed.length >= articles.length && listed.every((a) => a.status !== 'processing')) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const seconds = (performance.now() - started) / 1000;

    const ids = listed.map((a) => a.id);
    const paths = (i: number): string => {
      const id = ids[i % ids.length] as string;
      return [`/articles/${id}/report`, '/findings?limit=20', `/articles/${id}/report`, '/articles?limit=20'][i % 4] as string;
    };
    const latencies: number[] = [];
    let errors = 0;
    const loadStarted = performance.now();
    await mapLimit(
      Array.from({ length: options.apiRequests }, (_, i) => i),
      options.apiConcurrency,
      async (i) => {
        const t = performance.now();
        const response = await fetch(`${stack.urls.api}${paths(i)}`);
        await response.arrayBuffer();
        latencies.push(performance.now() - t);
        if (response.status !== 200) errors += 1;
      },
    );
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const findings = (await getJson<{ items: unknown[] }>(`${stack.urls.api}/findings?limit=100`)).body.items.length;
    latencies.sort((a, b) => a - b);
    return {
      articles: articles.length,
      seconds,
      articlesPerSecond: articles.length / seconds,
      failed: listed.filter((a) => a.status === 'failed').length + stack.deadLetters.length,
      findings,
      apiRequests: options.apiRequests,
      apiConcurrency: options.apiConcurrency,
      apiP50Ms: quantile(latencies, 0.5),
      apiP99Ms: quantile(latencies, 0.99),
      apiErrors: errors,
      apiRequestsPerSecond: options.apiRequests / loadSeconds,
    };
  } finally {
    await stack.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
