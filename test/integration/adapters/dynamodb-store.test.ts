/**
 * What only the DynamoDB store has to prove (the shared behaviour is in store-contract.ts): it finishes
 * throttled batches, reads the ingest path strongly consistently from the base table, never scans, and
 * keeps items small. Faults are injected with SDK middleware on a second client to the same dynalite.
 */
import {
  type AttributeValue,
  type BatchGetItemCommandOutput,
  type BatchWriteItemCommandOutput,
  DynamoDBClient,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import { DynamoDbStore } from '../../../shared/adapters/dynamodb-store';
import { LOCAL } from '../../../infra/resources';
import { type LocalDynamoDb, startDynamoDb } from '../../helpers/emulators';
import { article, claim, finding, indexed } from './fixtures';

const SECRET = 'dynamodb-specific-test-secret';
let dynamodb: LocalDynamoDb;
let tables = 0;

beforeAll(async () => {
  dynamodb = await startDynamoDb();
});
afterAll(async () => {
  await dynamodb.stop();
});

/** A separate client (middleware stays local to a test) on a fresh table. */
async function fixture(): Promise<{ client: DynamoDBClient; table: string; calls: Array<{ command: string; input: Record<string, unknown> }> }> {
  const table = await dynamodb.createTable(`qarin-ddb-${++tables}`);
  const client = new DynamoDBClient({ endpoint: dynamodb.endpoint, region: LOCAL.region, credentials: LOCAL.dynamoDbCredentials });
  const calls: Array<{ command: string; input: Record<string, unknown> }> = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      calls.push({ command: context.commandName ?? '', input: structuredClone(args.input as Record<string, unknown>) });
      return next(args);
    },
    { step: 'initialize', name: 'recordCalls' },
  );
  return { client, table, calls };
}

/** Makes DynamoDB "process" only the first `keep` requests of every batch call and hand back the rest. */
function withhold(client: DynamoDBClient, keep: number): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { RequestItems?: Record<string, unknown> };
      const [table, requests] = Object.entries(input.RequestItems ?? {})[0] ?? [];
      if (!table || (context.commandName !== 'BatchWriteItemCommand' && context.commandName !== 'BatchGetItemCommand')) {
        return next(args);
      }
      if (context.commandName === 'BatchWriteItemCommand') {
        const all = requests as unknown[];
        if (all.length <= keep) return next(args);
        if (keep === 0) return { response: {}, output: { $metadata: {}, UnprocessedItems: { [table]: all } } as never };
        const result = await next({ ...args, input: { ...input, RequestItems: { [table]: all.slice(0, keep) } } });
        (result.output as BatchWriteItemCommandOutput).UnprocessedItems = { [table]: all.slice(keep) as never };
        return result;
      }
      const request = requests as { Keys: unknown[] };
      if (request.Keys.length <= keep) return next(args);
      if (keep === 0) return { response: {}, output: { $metadata: {}, Responses: { [table]: [] }, UnprocessedKeys: { [table]: request } } as never };
      const result = await next({ ...args, input: { ...input, RequestItems: { [table]: { ...request, Keys: request.Keys.slice(0, keep) } } } });
      (result.output as BatchGetItemCommandOutput).UnprocessedKeys = { [table]: { ...request, Keys: request.Keys.slice(keep) } as never };
      return result;
    },
    { step: 'initialize', name: 'withhold' },
  );
}

/** DynamoDB's item size: attribute names plus values (strings as UTF-8, binary as bytes, lists 3 + 1 per element). */
function itemSize(item: Record<string, AttributeValue>): number {
  const value = (v: AttributeValue): number => {
    if (v.S !== undefined) return Buffer.byteLength(v.S, 'utf8');
    if (v.B !== undefined) return v.B.byteLength;
    if (v.N !== undefined) return Math.ceil(v.N.replace(/^-|\.|e.*$/g, '').length / 2) + 1;
    if (v.L !== undefined) return 3 + v.L.reduce((sum, e) => sum + 1 + value(e), 0);
    return 1;
  };
  return Object.entries(item).reduce((sum, [name, v]) => sum + Buffer.byteLength(name, 'utf8') + value(v), 0);
}

const bandKeys = (n: number): string[] => Array.from({ length: n }, (_, i) => `b:2026W10:${i}:${(0x9f3a1c0e + i * 7919).toString(16)}`);

describe('DynamoDbStore on dynalite', () => {
  it('finishes batches that DynamoDB hands back as unprocessed, and counts the retries', async () => {
    // Prepare: every batch call processes only 7 of its requests/keys.
    const { client, table } = await fixture();
    withhold(client, 7);
    const store = new DynamoDbStore(client, table, { cursorSecret: SECRET, retry: { maxAttempts: 10, baseDelayMs: 1, maxDelayMs: 4 } });
    // Thirty articles: an article's claims share one item (a block), so thirty claims are thirty items only this way.
    const claims = Array.from({ length: 30 }, (_, i) => claim(`art-${String(i).padStart(2, '0')}`, 1));
    // Act
    await store.putClaims(claims.map((c) => indexed(c, bandKeys(2))));
    const fetched = await store.getClaimsByIds(claims.map((c) => c.id));
    // Assess
    expect(fetched).toEqual(claims);
    expect((await store.findCandidates(bandKeys(2))).length).toBe(30);
    const stats = store.stats();
    expect(stats.putClaims?.items).toBe(30 + 60);
    expect(stats.putClaims?.retries).toBeGreaterThan(0);
    expect(stats.getClaimsByIds?.retries).toBeGreaterThan(0);
  });

  it('gives up with an error after the attempt budget when writes stay unprocessed', async () => {
    const { client, table } = await fixture();
    withhold(client, 0);
    const store = new DynamoDbStore(client, table, { cursorSecret: SECRET, retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 } });
    await expect(store.putClaims([indexed(claim('art-a', 1), ['k'])])).rejects.toThrow('still unprocessed after 3 attempts');
  });

  it('reads the ingest path with consistent queries on the base table and never scans', async () => {
    // Prepare
    const { client, table, calls } = await fixture();
    const store = new DynamoDbStore(client, table, { cursorSecret: SECRET });
    const a = claim('art-a', 1);
    const b = claim('art-b', 1, { outlet: 'le-quotidien' });
    await store.putArticle(article('art-a'));
    await store.putClaims([indexed(a, bandKeys(3)), indexed(b, bandKeys(3))]);
    calls.length = 0;
    // Act: what one ingest does after writing its own claims.
    await store.claimObjectVersion('art-a', 'F'.padEnd(32, '0'));
    await store.getArticle('art-a');
    await store.findCandidates(bandKeys(3));
    await store.getClaimsByIds([b.id]);
    await store.putFindings([finding(a, b, 'number', '2026-03-02T10:00:00.000Z')]);
    await store.clearArticleContent('art-a');
    // Assess
    expect(calls.map((c) => c.command)).not.toContain('ScanCommand');
    const reads = calls.filter((c) => ['QueryCommand', 'GetItemCommand'].includes(c.command));
    expect(reads.length).toBeGreaterThanOrEqual(5);
    for (const read of reads) {
      expect(read.input.ConsistentRead).toBe(true);
      expect(read.input.IndexName).toBeUndefined();
    }
    const gets = calls.filter((c) => c.command === 'BatchGetItemCommand');
    expect(Object.values(gets[0]?.input.RequestItems as Record<string, { ConsistentRead?: boolean }>)[0]?.ConsistentRead).toBe(true);
  });

  it('keeps index entries under 1 KB and the other items small', async () => {
    // Prepare: a long Arabic claim with 24 index keys and a 128-lane signature.
    const { client, table } = await fixture();
    const store = new DynamoDbStore(client, table, { cursorSecret: SECRET });
    const text = 'وأوضح المتحدث باسم الحكومة في مؤتمر صحفي عقده مساء الخميس أنّ «الحكومة لن تقبل بأي شروط مسبقة، وأنّ الوفد سيعود إلى طاولة المفاوضات خلال 48 ساعة».';
    const a = claim('3f9c2a71be04d58e61a7c2d9', 12, { text, quote: text.slice(60, -2) });
    const b = claim('0a1b2c3d4e5f60718293a4b5', 3, { outlet: 'le-quotidien', text, quote: text.slice(60, -2) });
    await store.putArticle(article('3f9c2a71be04d58e61a7c2d9'));
    await store.putClaims([indexed(a, bandKeys(24)), indexed(b, bandKeys(24))]);
    await store.putFindings([finding(a, b, 'quote-wording', '2026-03-02T10:00:00.000Z')]);
    // Act
    const items = (await client.send(new ScanCommand({ TableName: table }))).Items ?? [];
    const largest = (prefix: RegExp) => Math.max(...items.filter((i) => prefix.test(`${i.pk?.S}|${i.sk?.S}`)).map(itemSize));
    // Assess
    expect(largest(/^K#/)).toBeLessThan(1024);
    expect(largest(/^ART#[^|]+\|C#/)).toBeLessThan(4096);
    expect(largest(/^ART#[^|]+\|F#/)).toBeLessThan(8192);
    expect(largest(/^ART#[^|]+\|A$/)).toBeLessThan(1024);
  });

  it('counts requests and consumed capacity per operation', async () => {
    const { client, table } = await fixture();
    const store = new DynamoDbStore(client, table, { cursorSecret: SECRET });
    await store.putArticle(article('art-a'));
    await store.listArticles({ limit: 5 });
    const stats = store.stats();
    expect(stats.putArticle).toMatchObject({ requests: 1, items: 1 });
    expect(stats.putArticle?.capacityUnits).toBeGreaterThan(0);
    expect(stats['list:feed']?.requests).toBe(1);
    store.resetStats();
    expect(store.stats()).toEqual({});
  });
});

describe('DynamoDbStore filtered listings', () => {
  it('returns a short page with a cursor when a filter matches nothing nearby, and the walk still finds every match', async () => {
    // Prepare: 520 findings; only the two oldest name the speaker, so the newest 500 rows (5 queries) hold no match.
    const { client, table } = await fixture();
    const store = new DynamoDbStore(client, table, { cursorSecret: SECRET });
    const rare = claim('art-r', 1, { speaker: 'المتحدث باسم الأمم المتحدة' });
    const findings = Array.from({ length: 520 }, (_, i) => {
      const mine = i < 2 ? rare : claim('art-x', (i % 9000) + 1, { speaker: null });
      const other = claim(`art-${String(i).padStart(4, '0')}`, 1, { outlet: 'le-quotidien', speaker: null });
      return finding(mine, other, 'number', new Date(Date.UTC(2026, 2, 2, 10, 0, i)).toISOString());
    });
    await store.putFindings(findings);
    // Act
    const pages: number[] = [];
    const found: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listFindings({ speaker: 'الامم المتحده', limit: 1, cursor });
      pages.push(page.items.length);
      found.push(...page.items.map((f) => f.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    // Assess
    expect(found).toEqual([findings[1]!.id, findings[0]!.id]);
    expect(pages[0]).toBe(0);
    expect(pages.length).toBeGreaterThan(1);
  });
});
