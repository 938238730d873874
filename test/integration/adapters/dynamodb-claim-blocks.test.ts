/**
 * Claims stored in blocks (dynamodb-claims.ts): an article's claims share a few items, yet each is found by id,
 * an article's claims come back in order, every index entry is still deleted with its article, separate writes
 * to one block keep each other's claims, and single claim items of the earlier layout are still read.
 */
import { PutItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { CLAIM_BLOCK_BYTES } from '../../../shared/adapters/dynamodb-claims';
import { DynamoDbStore } from '../../../shared/adapters/dynamodb-store';
import { type LocalDynamoDb, startDynamoDb } from '../../helpers/emulators';
import { claim, indexed } from './fixtures';

const SECRET = 'claim-blocks-test-secret';
let dynamodb: LocalDynamoDb;
let tables = 0;

beforeAll(async () => {
  dynamodb = await startDynamoDb('qarin-blocks');
});

afterAll(async () => {
  await dynamodb.stop();
});

async function fixture(): Promise<{ store: DynamoDbStore; table: string; scan: () => Promise<Array<Record<string, { S?: string }>>> }> {
  const table = await dynamodb.createTable(`qarin-blocks-${++tables}`);
  const store = new DynamoDbStore(dynamodb.client, table, { cursorSecret: SECRET, compressDocuments: true });
  const scan = async () => ((await dynamodb.client.send(new ScanCommand({ TableName: table }))).Items ?? []) as Array<Record<string, { S?: string }>>;
  return { store, table, scan };
}

const sentence = (i: number) => `وأضاف الوزير أنّ «الجولة رقم ${i} من المحادثات ستُعقد في الرباط، وأنّ الوفود ستبحث ملف المياه».`;

describe('claim blocks on dynalite', () => {
  it('keeps an article of 70 claims in two items, reads them by id and in order, and clears every index entry', async () => {
    // Prepare
    const { store, scan } = await fixture();
    const claims = Array.from({ length: 70 }, (_, i) => claim('art-blocks', i + 1, { text: sentence(i + 1), negated: i % 5 === 0 }));
    const other = claim('art-other', 3, { outlet: 'le-quotidien' });
    // Act
    await store.putClaims([...claims.map((c, i) => indexed(c, [`h:${i}@2026W10`, `t:${i % 7}@2026W10`, `c:shared@2026W10`])), indexed(other, ['c:shared@2026W10'])]);
    const items = await scan();
    // Assess
    expect(items.filter((i) => i.pk?.S === 'ART#art-blocks' && i.sk?.S?.startsWith('C#'))).toHaveLength(2);
    expect(await store.getClaims('art-blocks')).toEqual(claims);
    expect(await store.getClaimsByIds([claims[69]!.id, 'art-blocks#0999', other.id, claims[0]!.id, claims[0]!.id, claims[63]!.id])).toEqual([claims[69], other, claims[0], claims[63]]);
    expect(items.filter((i) => i.pk?.S?.startsWith('K#'))).toHaveLength(70 * 3 + 1);
    await store.clearArticleContent('art-blocks');
    const left = await scan();
    expect(left.filter((i) => i.pk?.S?.startsWith('K#')).map((i) => i.sk?.S?.split('#').slice(1).join('#'))).toEqual([other.id]);
    expect(await store.getClaims('art-blocks')).toEqual([]);
  });

  it('keeps the claims of separate writes to one block, each with its own index entries', async () => {
    // Prepare
    const { store, scan } = await fixture();
    const first = claim('art-split', 1, { text: sentence(1) });
    const second = claim('art-split', 2, { text: sentence(2) });
    // Act
    await store.putClaims([indexed(first, ['h:one@2026W10'])]);
    await store.putClaims([indexed(second, ['h:two@2026W10'])]);
    // Assess
    expect(await store.getClaims('art-split')).toEqual([first, second]);
    expect((await store.findCandidates(['h:one@2026W10', 'h:two@2026W10'])).map((r) => r.claimId).sort()).toEqual([first.id, second.id]);
    await store.clearArticleContent('art-split');
    expect(await scan()).toEqual([]);
  });

  it('reads a claim item of the earlier layout beside a block, and deletes its entries too', async () => {
    // Prepare: ordinal 5 written the earlier way (its own item with ks/kt), ordinal 6 into a block.
    const { store, table, scan } = await fixture();
    const old = claim('art-mixed', 5, { text: sentence(5) });
    const fresh = claim('art-mixed', 6, { text: sentence(6) });
    await dynamodb.client.send(
      new PutItemCommand({
        TableName: table,
        Item: { pk: { S: 'ART#art-mixed' }, sk: { S: 'C#0005' }, d: { S: JSON.stringify(old) }, ks: { L: [{ S: 'h:old@2026W10' }] }, kt: { S: '00000000a' } },
      }),
    );
    await dynamodb.client.send(new PutItemCommand({ TableName: table, Item: { pk: { S: 'K#h:old' }, sk: { S: `2026W10~00000000a#${old.id}` }, o: { S: 'al-masdar' }, a: { S: 'art-mixed' } } }));
    await store.putClaims([indexed(fresh, ['h:new@2026W10'])]);
    // Act + Assess
    expect(await store.getClaims('art-mixed')).toEqual([old, fresh]);
    expect(await store.getClaimsByIds([fresh.id])).toEqual([fresh]);
    await store.clearArticleContent('art-mixed');
    expect(await scan()).toEqual([]);
  });

  it('keeps claims too large for their block as items of their own, found by id and deleted with the article', async () => {
    // Prepare: eight claims of ~40 KB of distinct words each; together they would pass the block's limit.
    const { store, scan } = await fixture();
    const words = (seed: number) => Array.from({ length: 6000 }, (_, i) => ((seed * 7_919 + i * 104_729) % 1_000_003).toString(36)).join(' ');
    const huge = Array.from({ length: 8 }, (_, i) => claim('art-huge', i + 1, { text: words(i + 1), quote: null }));
    expect(huge.reduce((n, c) => n + c.text.length, 0)).toBeGreaterThan(CLAIM_BLOCK_BYTES);
    // Act
    await store.putClaims(huge.map((c, i) => indexed(c, [`h:huge${i}@2026W10`])));
    // Assess
    const items = (await scan()).filter((i) => i.pk?.S === 'ART#art-huge');
    expect(items.length).toBeGreaterThan(1);
    expect(await store.getClaimsByIds(huge.map((c) => c.id).reverse())).toEqual([...huge].reverse());
    expect(await store.getClaims('art-huge')).toEqual(huge);
    await store.clearArticleContent('art-huge');
    expect(await scan()).toEqual([]);
  });
});
