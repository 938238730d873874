/**
 * What DynamoDB would bill for the requests the store sends, measured at the SDK client: every request's
 * command, the ConsumedCapacity dynalite returns, and the corrections where dynalite's arithmetic is not
 * DynamoDB's (stated in CAPACITY_NOTES so the table says what it assumed):
 *  - a strongly consistent Query or GetItem costs at least 1 read unit even when it returns nothing
 *    (dynalite: 0); a BatchGetItem key that is not found costs 1 as well;
 *  - a write rejected by its condition still costs 1 write unit (dynalite returns no capacity), and so does
 *    a write sent without ReturnConsumedCapacity (counted as 1 unit per item);
 *  - every global secondary index an item is written to costs its own write units, ⌈size / 1 KB⌉ per index
 *    (dynalite counts the base table only). Both of Qarin's indexes project ALL, so the size is the item's.
 */
import type { AttributeValue, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { TABLE } from '../../infra/resources';

/** On-demand prices, us-east-1, after the November 2024 price cut (per million request units). */
export const PRICES = { readPerMillion: 0.25, writePerMillion: 1.25, region: 'us-east-1' } as const;

export const CAPACITY_NOTES =
  'estimate = dynalite ConsumedCapacity + 1 RRU floor per consistent Query/GetItem/missed BatchGet key + 1 WRU per failed or unreported write + GSI writes (⌈item/1 KB⌉ per index the item is in)';

type Item = Record<string, AttributeValue>;

/** DynamoDB's item size: attribute names plus values (strings and binaries by byte length, numbers ≈ digits). */
export function itemSize(item: Item): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) size += Buffer.byteLength(name) + valueSize(value);
  return size;
}

function valueSize(value: AttributeValue): number {
  if (value.S !== undefined) return Buffer.byteLength(value.S);
  if (value.B !== undefined) return value.B.byteLength;
  if (value.N !== undefined) return Math.ceil(value.N.length / 2) + 1;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.L !== undefined) return 3 + value.L.reduce((sum, v) => sum + 1 + valueSize(v), 0);
  if (value.M !== undefined) return 3 + Object.entries(value.M).reduce((sum, [k, v]) => sum + 1 + Buffer.byteLength(k) + valueSize(v), 0);
  if (value.SS !== undefined) return value.SS.reduce((sum, s) => sum + Buffer.byteLength(s), 0);
  return 0;
}

export interface Meter {
  requests: number;
  /** Capacity units as dynalite reported them. */
  reportedRead: number;
  reportedWrite: number;
  /** With the corrections above: what DynamoDB on demand would bill. */
  read: number;
  write: number;
  /** Of `write`: GSI write units. */
  gsiWrite: number;
  scans: number;
  gsiReads: number;
  byCommand: Map<string, number>;
  /** Estimated write units by item kind (index entry, claim, finding, article, object version), GSI included. */
  writeByKind: Map<string, number>;
  /** Largest index-entry item written (bytes), to check the ≤ 1 KB rule. */
  largestIndexItem: number;
  /** Index-entry items written (puts). */
  indexItems: number;
}

export function emptyMeter(): Meter {
  return { requests: 0, reportedRead: 0, reportedWrite: 0, read: 0, write: 0, gsiWrite: 0, scans: 0, gsiReads: 0, byCommand: new Map(), writeByKind: new Map(), largestIndexItem: 0, indexItems: 0 };
}

const units = (consumed: unknown): number => {
  const list = Array.isArray(consumed) ? consumed : consumed ? [consumed] : [];
  return list.reduce((sum: number, c: { CapacityUnits?: number }) => sum + (c.CapacityUnits ?? 0), 0);
};

const gsiUnits = (item: Item): number => {
  const size = Math.ceil(itemSize(item) / 1024);
  const { feed, outlet } = TABLE.indexes;
  return (item[feed.partitionKey] ? size : 0) + (item[outlet.partitionKey] ? size : 0);
};

const READS = new Set(['QueryCommand', 'GetItemCommand', 'BatchGetItemCommand', 'ScanCommand']);

/** Adds a middleware that records every request the client sends into `meter` (reset it between phases). */
export function meterClient(client: DynamoDBClient, meter: () => Meter): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const m = meter();
      const command = context.commandName ?? 'unknown';
      const input = args.input as Record<string, unknown>;
      m.requests += 1;
      m.byCommand.set(command, (m.byCommand.get(command) ?? 0) + 1);
      if (command === 'ScanCommand') m.scans += 1;
      if (command === 'QueryCommand' && input.IndexName) m.gsiReads += 1;
      const written = writtenItems(command, input);
      for (const item of written) {
        const gsi = gsiUnits(item);
        const kind = kindOf(item);
        m.writeByKind.set(kind, (m.writeByKind.get(kind) ?? 0) + Math.ceil(itemSize(item) / 1024) + gsi);
        m.gsiWrite += gsi;
        m.write += gsi;
        if (item.pk?.S?.startsWith('K#')) {
          m.largestIndexItem = Math.max(m.largestIndexItem, itemSize(item));
          m.indexItems += 1;
        }
      }
      try {
        const result = await next(args);
        const output = result.output as unknown as Record<string, unknown>;
        const reported = units(output.ConsumedCapacity);
        if (READS.has(command)) {
          m.reportedRead += reported;
          let floor = reported;
          if (command === 'QueryCommand' || command === 'GetItemCommand') floor = Math.max(reported, input.ConsistentRead ? 1 : 0.5);
          if (command === 'BatchGetItemCommand') floor = reported + missedKeys(input, output);
          m.read += floor;
        } else {
          m.reportedWrite += reported;
          // A write sent without ReturnConsumedCapacity (the lease updates) is billed all the same: ≥ 1 unit per item.
          m.write += output.ConsumedCapacity === undefined ? Math.max(1, written.length) : reported;
          if (command === 'UpdateItemCommand' || command === 'DeleteItemCommand') {
            const key = input.Key as Item;
            const kind = key ? kindOf(key) : 'other';
            m.writeByKind.set(kind, (m.writeByKind.get(kind) ?? 0) + Math.max(1, reported));
          }
        }
        return result;
      } catch (error) {
        if (error instanceof Error && error.name === 'ConditionalCheckFailedException') m.write += 1;
        throw error;
      }
    },
    { step: 'initialize', name: 'qarinBenchMeter' },
  );
}

/** Item kind from its keys (dynamodb-items.ts layout). */
function kindOf(item: Item): string {
  const pk = item.pk?.S ?? '';
  const sk = item.sk?.S ?? '';
  if (pk.startsWith('K#')) return 'index entry';
  if (pk.startsWith('OBJ#')) return 'object version + lease';
  if (sk.startsWith('C#')) return 'claim';
  if (sk.startsWith('F#')) return 'finding';
  if (sk === 'A') return 'article';
  return 'other';
}

function writtenItems(command: string, input: Record<string, unknown>): Item[] {
  if (command === 'PutItemCommand') return [input.Item as Item];
  if (command !== 'BatchWriteItemCommand') return [];
  const requests = Object.values((input.RequestItems ?? {}) as Record<string, Array<{ PutRequest?: { Item: Item } }>>).flat();
  return requests.flatMap((r) => (r.PutRequest ? [r.PutRequest.Item] : []));
}

function missedKeys(input: Record<string, unknown>, output: Record<string, unknown>): number {
  const asked = Object.values((input.RequestItems ?? {}) as Record<string, { Keys?: unknown[] }>).reduce((n, t) => n + (t.Keys?.length ?? 0), 0);
  const got = Object.values((output.Responses ?? {}) as Record<string, unknown[]>).reduce((n, items) => n + items.length, 0);
  const unprocessed = Object.values((output.UnprocessedKeys ?? {}) as Record<string, { Keys?: unknown[] }>).reduce((n, t) => n + (t.Keys?.length ?? 0), 0);
  return Math.max(0, asked - got - unprocessed);
}

/** Dollars for `read` and `write` request units at PRICES. */
export function cost(read: number, write: number): number {
  return (read * PRICES.readPerMillion + write * PRICES.writePerMillion) / 1e6;
}
