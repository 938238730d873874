/**
 * Jepsen-style checks on the final table rather than on logs (reliability-and-scale.md A9): scan every item,
 * reduce it to an identity and a content that a clean run must reproduce exactly, then compare two tables.
 * What legitimately differs between two runs is left out: wall-clock times (an article's ingestedAt, a
 * finding's createdAt, the listing sort keys built from them, the write time in an index entry's sort key)
 * and a lease (owner and expiry). Everything else (sequencer, claim JSON, signature, index keys, finding
 * JSON and both of its reference items) must match; two items with one identity count as a duplicate. A finding
 * item holds a group (every finding of one kind between two articles): each member's createdAt is left out.
 */
import { type AttributeValue, BatchWriteItemCommand, type DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { claimKeysOf, overflowOf } from '../../../shared/adapters/dynamodb-claims';
import { documentJson } from '../../../shared/adapters/dynamodb-items';

export type Item = Record<string, AttributeValue>;
export type Category = 'object' | 'article' | 'claim' | 'finding' | 'index' | 'other';
const CATEGORIES: Category[] = ['object', 'article', 'claim', 'finding', 'index', 'other'];

export async function scanTable(client: DynamoDBClient, table: string): Promise<Item[]> {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const out = await client.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start, ConsistentRead: true }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Writes raw items into a table (seeding a scenario from a clean run's snapshot). */
export async function copyItems(client: DynamoDBClient, table: string, items: readonly Item[]): Promise<void> {
  for (let i = 0; i < items.length; i += 25) {
    let pending = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    while (pending.length > 0) {
      const out = await client.send(new BatchWriteItemCommand({ RequestItems: { [table]: pending } }));
      pending = (out.UnprocessedItems?.[table] ?? []) as typeof pending;
    }
  }
}

const str = (item: Item, name: string): string => item[name]?.S ?? '';

/** The JSON without the given keys: of the object, or of each element when it is an array (a finding group). */
function withoutKeys(json: string, drop: readonly string[]): string {
  const parsed = JSON.parse(json) as Record<string, unknown> | Array<Record<string, unknown>>;
  for (const value of Array.isArray(parsed) ? parsed : [parsed]) for (const key of drop) delete value[key];
  return JSON.stringify(parsed);
}

function b64(value: AttributeValue | undefined): string {
  return value?.B ? Buffer.from(value.B).toString('base64') : '';
}

/** Identity and comparable content of one item. */
export function describeItem(item: Item): { id: string; category: Category; content: string } {
  const pk = str(item, 'pk');
  const sk = str(item, 'sk');
  if (pk.startsWith('OBJ#')) return { id: pk, category: 'object', content: str(item, 'seq') };
  if (pk.startsWith('K#')) {
    const claimId = sk.slice(sk.indexOf('#') + 1);
    return { id: `${pk} ${claimId}`, category: 'index', content: [str(item, 'o'), str(item, 'a'), b64(item.g)].join('|') };
  }
  if (pk.startsWith('ART#') && sk === 'A') {
    return { id: `${pk} A`, category: 'article', content: [withoutKeys(documentJson(item), ['ingestedAt']), str(item, 'seq'), str(item, 'opk'), str(item, 'fpk')].join('|') };
  }
  if (pk.startsWith('ART#') && sk.startsWith('C#')) {
    // A block of claims or a claim alone: documents, signature if any, and each claim's index keys (not their write time).
    const keys = claimKeysOf(pk.slice(4), item).map((k) => `${k.claimId}:${[...k.keys].sort().join(',')}`);
    return { id: `${pk} ${sk}`, category: 'claim', content: [documentJson(item), b64(item.g), keys.sort().join(';'), overflowOf(item).join(',')].join('|') };
  }
  if (pk.startsWith('ART#') && sk.startsWith('F#')) {
    const content = [withoutKeys(documentJson(item), ['createdAt']), str(item, 'xa'), str(item, 'knd'), str(item, 'spk'), str(item, 'fpk'), str(item, 'opk')];
    return { id: `${pk} ${sk}`, category: 'finding', content: content.join('|') };
  }
  return { id: `${pk} ${sk}`, category: 'other', content: JSON.stringify(item) };
}

export type CategoryCounts = Record<Category, number>;

export function countByCategory(items: readonly Item[]): CategoryCounts {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as CategoryCounts;
  for (const item of items) counts[describeItem(item).category] += 1;
  return counts;
}

/** Items still carrying a lease (owner and expiry) after everything settled. */
export const leasesHeld = (items: readonly Item[]): number => items.filter((item) => item.lo !== undefined).length;

export interface TableDiff {
  /** Identities in the expected table that the actual one lacks (lost items). */
  missing: number;
  /** Identities the expected table lacks, plus second copies of one identity (stray or double-stored items). */
  extra: number;
  /** Identities present in both with different content (a stale or mixed version). */
  changed: number;
  expected: CategoryCounts;
  actual: CategoryCounts;
  /** A few differing identities, for the failure message. */
  examples: string[];
}

function byIdentity(items: readonly Item[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const item of items) {
    const { id, content } = describeItem(item);
    out.set(id, [...(out.get(id) ?? []), content]);
  }
  return out;
}

export function diffTables(actual: readonly Item[], expected: readonly Item[]): TableDiff {
  const a = byIdentity(actual);
  const e = byIdentity(expected);
  const diff: TableDiff = { missing: 0, extra: 0, changed: 0, expected: countByCategory(expected), actual: countByCategory(actual), examples: [] };
  const note = (what: string, id: string) => {
    if (diff.examples.length < 5) diff.examples.push(`${what} ${id}`);
  };
  for (const [id, contents] of e) {
    const found = a.get(id);
    if (!found) {
      diff.missing += contents.length;
      note('missing', id);
    } else if (found[0] !== contents[0]) {
      diff.changed += 1;
      note('changed', id);
    }
  }
  for (const [id, contents] of a) {
    const wanted = e.get(id)?.length ?? 0;
    if (contents.length > wanted) {
      diff.extra += contents.length - wanted;
      note(wanted === 0 ? 'extra' : 'duplicated', id);
    }
  }
  return diff;
}

/** True when two tables hold the same items (up to times and leases). */
export const isClean = (diff: TableDiff): boolean => diff.missing === 0 && diff.extra === 0 && diff.changed === 0;

/** `claims 3/3 findings 2/2 ...`: actual/expected per category, for figure lines. */
export function formatCounts(diff: TableDiff): string {
  return CATEGORIES.filter((c) => diff.expected[c] + diff.actual[c] > 0)
    .map((c) => `${c} ${diff.actual[c]}/${diff.expected[c]}`)
    .join(', ');
}
