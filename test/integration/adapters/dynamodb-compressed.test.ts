/**
 * Compressed documents (DynamoDbStoreOptions.compressDocuments): the whole store contract holds with claim and
 * finding documents deflated, a finding item and its GSI copies fit one write unit, and stores of either
 * setting read each other's items (a table can hold both while the option rolls out).
 */
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { itemSize } from '../../../bench/lib/capacity';
import { findingItems } from '../../../shared/adapters/dynamodb-items';
import { DynamoDbStore } from '../../../shared/adapters/dynamodb-store';
import { type LocalDynamoDb, startDynamoDb } from '../../helpers/emulators';
import { article, claim, finding, indexed } from './fixtures';
import { describeStoreContract } from './store-contract';

let dynamodb: LocalDynamoDb;
let tables = 0;
const SECRET = 'compressed-store-test-secret';

describeStoreContract('DynamoDbStore on dynalite, compressed documents', {
  setup: async () => {
    dynamodb = await startDynamoDb();
  },
  teardown: async () => {
    await dynamodb.stop();
  },
  create: async (options) => {
    const table = await dynamodb.createTable(`qarin-compressed-${++tables}`);
    return new DynamoDbStore(dynamodb.client, table, { cursorSecret: SECRET, compressDocuments: true, ...options });
  },
});

describe('compressed documents', () => {
  let local: LocalDynamoDb;

  beforeAll(async () => {
    local = await startDynamoDb('qarin-compressed-mixed');
  });

  afterAll(async () => {
    await local.stop();
  });

  it('take a long Arabic finding from three write units per item to two, and both settings read what the other wrote', async () => {
    // Prepare: the same long quotation in two outlets, one word changed.
    const plain = new DynamoDbStore(local.client, local.tableName, { cursorSecret: SECRET });
    const packed = new DynamoDbStore(local.client, local.tableName, { cursorSecret: SECRET, compressDocuments: true });
    const quote = 'الحكومة لن تقبل بأي شروط مسبقة، وإن الوفد سيعود إلى طاولة المفاوضات خلال ثمانٍ وأربعين ساعة إذا ضمن الوسطاء وقف إطلاق النار';
    const a = claim('3f9c2a71be04d58e61a7c2d9', 1, { text: `وأوضح المتحدث باسم الحكومة أن «${quote}».`, quote });
    const b = claim('0a1b2c3d4e5f60718293a4b5', 1, { outlet: 'le-quotidien', text: `وقال المتحدث: «${quote.replace('المفاوضات', 'الحوار')}».`, quote: quote.replace('المفاوضات', 'الحوار') });
    const c = claim('77aa0c3d4e5f60718293a4b5', 1, { outlet: 'daily-wire' });
    const long = finding(a, b, 'quote-wording', '2026-03-02T10:00:00.000Z', {
      diff: [
        { op: 'equal', text: quote.slice(0, quote.indexOf('المفاوضات')) },
        { op: 'delete', text: 'المفاوضات' },
        { op: 'insert', text: 'الحوار' },
        { op: 'equal', text: quote.slice(quote.indexOf('المفاوضات') + 'المفاوضات'.length) },
      ],
    });
    await plain.putArticle(article(a.articleId));
    // Act
    await packed.putClaims([indexed(a, ['k-a']), indexed(b, ['k-a'])]);
    await packed.putFindings([long]);
    await plain.putClaims([indexed(c, ['k-a'])]);
    await plain.putFindings([finding(a, c, 'number', '2026-03-02T11:00:00.000Z')]);
    // Assess
    const items = (await local.client.send(new ScanCommand({ TableName: local.tableName }))).Items ?? [];
    const packedFindings = items.filter((i) => i.sk?.S?.startsWith('F#') && i.d?.B !== undefined);
    expect(packedFindings).toHaveLength(2);
    const writeUnits = (item: (typeof items)[number]) => Math.ceil(itemSize(item) / 1024);
    for (const packedItem of packedFindings) {
      const plainItem = findingItems(long).find((i) => i.pk?.S === packedItem.pk?.S);
      if (!plainItem) throw new Error('no plain twin');
      expect(itemSize(packedItem)).toBeLessThan(0.55 * itemSize(plainItem));
      expect(writeUnits(packedItem)).toBeLessThan(writeUnits(plainItem));
    }
    for (const store of [plain, packed]) {
      expect(await store.getClaimsByIds([a.id, b.id, c.id])).toEqual([a, b, c]);
      expect((await store.findingsForArticle(a.articleId)).sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual(
        [long, finding(a, c, 'number', '2026-03-02T11:00:00.000Z')].sort((x, y) => (x.id < y.id ? -1 : 1)),
      );
      expect((await store.listFindings({ kind: 'quote-wording', limit: 10 })).items).toEqual([long]);
    }
  });
});
