/**
 * One page of a GSI partition, newest first, with a signed cursor. The API's listings are the only GSI
 * readers (GSIs are eventually consistent, so the ingest path never uses them).
 */
import { type AttributeValue, QueryCommand } from '@aws-sdk/client-dynamodb';
import { TABLE } from '../../infra/resources';
import { BadRequestError } from '../errors';
import type { CursorCodec, CursorPosition } from './cursor';
import type { BatchContext, Item } from './dynamodb-batch';
import { S } from './dynamodb-items';
import { pageLimit } from './layout';

export type IndexName = keyof typeof TABLE.indexes;

export interface Filter {
  expression: string;
  names: Record<string, string>;
  values: Record<string, AttributeValue>;
}

export interface ListingRequest {
  index: IndexName;
  partition: string;
  limit: number;
  cursor: string | undefined;
  filter?: Filter;
}

/** Query calls one page may spend looking for rows that pass a filter before it returns a short page. */
export const MAX_FILTERED_REQUESTS = 5;

/**
 * The cursor is the key of the last row returned (not DynamoDB's LastEvaluatedKey, which may lie past rows
 * read but not returned), signed for this index and partition. Asking for limit + 1 rows tells whether
 * another page exists, so the last page carries no cursor. With a filter, a page may come back short (even
 * empty) with a cursor after MAX_FILTERED_REQUESTS queries: Limit counts rows read, not rows kept.
 */
export async function listingPage(
  ctx: BatchContext,
  cursors: CursorCodec,
  request: ListingRequest,
): Promise<{ rows: Item[]; nextCursor: string | null }> {
  const { partition, filter } = request;
  const limit = pageLimit(request.limit);
  const spec = TABLE.indexes[request.index];
  const scope = `${spec.name}|${partition}`;
  const positionKeys = [TABLE.partitionKey, TABLE.sortKey, spec.partitionKey, spec.sortKey];
  let start: Item | undefined;
  if (request.cursor !== undefined) {
    const position = cursors.decode(scope, request.cursor, positionKeys);
    if (position[spec.partitionKey] !== partition) throw new BadRequestError('Invalid cursor');
    start = Object.fromEntries(Object.entries(position).map(([name, value]) => [name, S(value)]));
  }
  const rows: Item[] = [];
  for (let call = 1; ; call++) {
    const wanted = limit + 1 - rows.length;
    const out = await ctx.client.send(
      new QueryCommand({
        TableName: ctx.tableName,
        IndexName: spec.name,
        KeyConditionExpression: '#ipk = :ipk',
        ExpressionAttributeNames: { '#ipk': spec.partitionKey, ...filter?.names },
        ExpressionAttributeValues: { ':ipk': S(partition), ...filter?.values },
        ...(filter ? { FilterExpression: filter.expression } : {}),
        ScanIndexForward: false,
        // Limit counts rows evaluated before the filter: read wider when a filter may drop most of them.
        Limit: filter ? Math.min(1000, Math.max(100, wanted * 10)) : wanted,
        ExclusiveStartKey: start,
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    ctx.stats.record(`list:${spec.name}`, out.ConsumedCapacity, out.Items?.length ?? 0);
    rows.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
    if (rows.length > limit || !start || (filter && call >= MAX_FILTERED_REQUESTS)) break;
  }
  const positionOf = (item: Item): CursorPosition => Object.fromEntries(positionKeys.map((name) => [name, item[name]?.S ?? '']));
  if (rows.length > limit) {
    const page = rows.slice(0, limit);
    return { rows: page, nextCursor: cursors.encode(scope, positionOf(page[limit - 1] as Item)) };
  }
  return { rows, nextCursor: start ? cursors.encode(scope, positionOf(start)) : null };
}
