/**
 * Findings stored in groups (dynamodb-findings.ts): every finding of one kind between two articles in one item
 * per side. Listings and reports must return exactly what one item per finding returned (order, pages, filters),
 * simultaneous writers of one group must end with the union, and items of the earlier layout must still read.
 */
import { PutItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { findingItems } from '../../../shared/adapters/dynamodb-items';
import { GROUP_SPLIT_BYTES, groupFindings } from '../../../shared/adapters/dynamodb-findings';
import { DynamoDbStore } from '../../../shared/adapters/dynamodb-store';
import { MemoryStore } from '../../../shared/adapters/memory-store';
import type { Claim, Finding, FindingKind, Page } from '../../../shared/model';
import { type LocalDynamoDb, startDynamoDb } from '../../helpers/emulators';
import { claim, finding } from './fixtures';

const SECRET = 'finding-groups-test-secret';
let dynamodb: LocalDynamoDb;
let tables = 0;

beforeAll(async () => {
  dynamodb = await startDynamoDb('qarin-groups');
});

afterAll(async () => {
  await dynamodb.stop();
});

async function stores(): Promise<{ dynamo: DynamoDbStore; memory: MemoryStore; table: string }> {
  const table = await dynamodb.createTable(`qarin-groups-${++tables}`);
  return { dynamo: new DynamoDbStore(dynamodb.client, table, { cursorSecret: SECRET, compressDocuments: true }), memory: new MemoryStore({ cursorSecret: SECRET }), table };
}

async function walk(fetch: (cursor?: string) => Promise<Page<Finding>>): Promise<{ ids: string[]; sizes: number[] }> {
  const ids: string[] = [];
  const sizes: number[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 500; page++) {
    const result = await fetch(cursor);
    ids.push(...result.items.map((f) => f.id));
    sizes.push(result.items.length);
    if (!result.nextCursor) return { ids, sizes };
    cursor = result.nextCursor;
  }
  throw new Error('cursor walk did not end');
}

/** Claims of one article: a few quotations by two speakers, in one outlet. */
function articleClaims(articleId: string, outlet: string, count: number): Claim[] {
  return Array.from({ length: count }, (_, i) =>
    claim(articleId, i + 1, {
      outlet,
      speaker: i % 3 === 0 ? 'المتحدث باسم الأمم المتحدة' : 'وزير الخارجية أحمد سالم',
      text: `وقال المتحدث إنّ «الجولة ${i + 1} من المفاوضات تبدأ صباح الأحد في الدوحة».`,
    }),
  );
}

/**
 * What three ingests would store: article B against A at one moment, C against A and B at a later one (so two
 * groups share each createdAt), kinds mixed so each pair has several groups of several findings.
 */
function ingestLikeFindings(): Finding[] {
  const a = articleClaims('3f9c2a71be04d58e61a7c2d9', 'al-masdar', 7);
  const b = articleClaims('0a1b2c3d4e5f60718293a4b5', 'le-quotidien', 6);
  const c = articleClaims('77aa0c3d4e5f60718293a4b5', 'daily-wire', 5);
  const kinds: FindingKind[] = ['agreement', 'attribution', 'agreement', 'number', 'attribution', 'agreement'];
  const out: Finding[] = [];
  b.forEach((x, i) => a.slice(0, 4).forEach((y, j) => out.push(finding(x, y, kinds[(i + j) % kinds.length] as FindingKind, '2026-03-02T10:00:00.000Z'))));
  c.forEach((x, i) => [...a.slice(2), ...b.slice(0, 3)].forEach((y, j) => out.push(finding(x, y, kinds[(i * 2 + j) % kinds.length] as FindingKind, '2026-03-02T11:30:00.000Z'))));
  return out;
}

describe('finding groups on dynalite', () => {
  it('list, page and report exactly as one item per finding would (the in-memory store), at every page size', async () => {
    // Prepare
    const { dynamo, memory, table } = await stores();
    const findings = ingestLikeFindings();
    await dynamo.putFindings(findings.filter((f) => f.createdAt.startsWith('2026-03-02T10')));
    await dynamo.putFindings(findings.filter((f) => f.createdAt.startsWith('2026-03-02T11')));
    await memory.putFindings(findings);
    const items = (await dynamodb.client.send(new ScanCommand({ TableName: table }))).Items ?? [];
    // Act + Assess: far fewer items than two per finding, and the same answers.
    expect(items.length).toBeLessThan(findings.length / 2);
    const queries = [{}, { kind: 'agreement' as const }, { kind: 'number' as const }, { outlet: 'al-masdar' }, { outlet: 'le-quotidien', kind: 'attribution' as const }, { speaker: 'الامم المتحده' }, { speaker: 'احمد سالم', kind: 'agreement' as const }];
    for (const query of queries) {
      for (const limit of [1, 4, 100]) {
        const expected = await walk((cursor) => memory.listFindings({ ...query, limit, cursor }));
        const actual = await walk((cursor) => dynamo.listFindings({ ...query, limit, cursor }));
        expect({ query, limit, ids: actual.ids }).toEqual({ query, limit, ids: expected.ids });
        if (!('speaker' in query) && !('kind' in query && 'outlet' in query)) expect(actual.sizes).toEqual(expected.sizes);
      }
    }
    for (const articleId of ['3f9c2a71be04d58e61a7c2d9', '0a1b2c3d4e5f60718293a4b5', '77aa0c3d4e5f60718293a4b5']) {
      expect(await dynamo.findingsForArticle(articleId)).toEqual(await memory.findingsForArticle(articleId));
    }
    const page = await dynamo.listFindings({ limit: 100 });
    expect(page.items).toEqual((await memory.listFindings({ limit: 100 })).items);
  });

  it('keeps every finding of two simultaneous writers of one group (each saw part of it)', async () => {
    // Prepare: two ingests of one pair, each with a part of the pair's findings and one in common.
    const { dynamo, table } = await stores();
    const other = new DynamoDbStore(dynamodb.client, table, { cursorSecret: SECRET, compressDocuments: true });
    const a = articleClaims('art-left', 'al-masdar', 6);
    const b = articleClaims('art-right', 'le-quotidien', 1)[0] as Claim;
    const mine = a.slice(0, 4).map((x) => finding(x, b, 'attribution', '2026-03-02T10:00:00.000Z'));
    const theirs = a.slice(3).map((x) => finding(x, b, 'attribution', '2026-03-02T10:00:00.250Z'));
    // Act
    await Promise.all([dynamo.putFindings(mine), other.putFindings(theirs), dynamo.putFindings(mine.slice(1)), other.putFindings(theirs)]);
    // Assess: the union on both sides, one createdAt, two items.
    const union = new Set([...mine, ...theirs].map((f) => f.id));
    for (const side of ['art-left', 'art-right']) {
      const stored = await dynamo.findingsForArticle(side);
      expect(new Set(stored.map((f) => f.id))).toEqual(union);
      expect(new Set(stored.map((f) => f.createdAt))).toEqual(new Set(['2026-03-02T10:00:00.250Z']));
    }
    expect((await dynamodb.client.send(new ScanCommand({ TableName: table }))).Items).toHaveLength(2);
    expect((await walk((cursor) => dynamo.listFindings({ limit: 2, cursor }))).ids).toHaveLength(union.size);
  });

  it('reads items of the one-finding layout beside groups, and continues a cursor given out before groups', async () => {
    // Prepare: three findings written as single items (earlier layout), then two groups.
    const { dynamo, memory, table } = await stores();
    const a = articleClaims('art-old', 'al-masdar', 3);
    const b = articleClaims('art-new', 'le-quotidien', 3);
    const legacy = a.map((x, i) => finding(x, b[i] as Claim, 'number', `2026-03-01T0${i}:00:00.000Z`));
    for (const f of legacy) {
      for (const Item of findingItems(f, { compressDocuments: true })) await dynamodb.client.send(new PutItemCommand({ TableName: table, Item }));
    }
    const grouped = b.flatMap((x) => a.map((y) => finding(x, y, 'agreement', '2026-03-02T09:00:00.000Z'))).filter((f) => !legacy.some((l) => l.id === f.id));
    await dynamo.putFindings(grouped);
    await memory.putFindings([...legacy, ...grouped]);
    // Act
    const all = await walk((cursor) => dynamo.listFindings({ limit: 2, cursor }));
    const report = await dynamo.findingsForArticle('art-old');
    // Assess
    expect(all.ids).toEqual((await walk((cursor) => memory.listFindings({ limit: 2, cursor }))).ids);
    expect(report).toEqual(await memory.findingsForArticle('art-old'));
    await dynamo.clearArticleContent('art-old');
    expect(await dynamo.findingsForArticle('art-new')).toEqual([]);
    expect((await dynamo.listFindings({ limit: 10 })).items).toEqual([]);
  });

  it('splits a group whose document would near the item size limit, and lists it the same', async () => {
    // Prepare: 1,500 findings of one kind between two articles with long, distinct texts.
    const { dynamo, memory } = await stores();
    const words = (n: number) => Array.from({ length: 40 }, (_, i) => ((n * 7919 + i * 104729) % 1_000_003).toString(36)).join(' ');
    const a = Array.from({ length: 50 }, (_, i) => claim('art-flood-a', i + 1, { text: words(i), quote: null }));
    const b = Array.from({ length: 30 }, (_, i) => claim('art-flood-b', i + 1, { outlet: 'le-quotidien', text: words(1000 + i), quote: null }));
    const findings = a.flatMap((x) => b.map((y) => finding(x, y, 'attribution', '2026-03-02T10:00:00.000Z', { explanation: `${x.text} / ${y.text}` })));
    const groups = groupFindings(findings);
    expect(groups.size).toBeGreaterThan(1);
    // Act
    await dynamo.putFindings(findings);
    await memory.putFindings(findings);
    // Assess
    expect((await walk((cursor) => dynamo.listFindings({ limit: 100, cursor }))).ids).toEqual((await walk((cursor) => memory.listFindings({ limit: 100, cursor }))).ids);
    expect(GROUP_SPLIT_BYTES).toBeLessThan(400 * 1024);
  });
});
