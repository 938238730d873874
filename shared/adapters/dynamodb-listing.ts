/**
 * One page of a GSI partition, newest first, with a signed cursor. The API's listings are the only GSI
 * readers (GSIs are eventually consistent, so the ingest path never uses them).
 */
import { type AttributeValue, QueryCommand } from '@aws-sdk/client-dynamodb';
import { TABLE } from '../../infra/resources';
import { BadRequestError } from '../errors';
import type { Finding } from '../model';
import type { FindingQuery } from '../ports';
import type { CursorCodec, CursorPosition } from './cursor';
import type { BatchContext, Item } from './dynamodb-batch';
import { findingsOf } from './dynamodb-findings';
import { S } from './dynamodb-items';
import {
  ALL_FINDINGS_FEED,
  findingKindPartition,
  findingOutletPartition,
  findingSpeakers,
  listingSortKey,
  pageLimit,
  speakerMatchKey,
} from './layout';

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

/**
 * The partition and filters of a findings query: one partition per query shape (see dynamodb-items.ts);
 * kind-within-outlet and speaker are filters. A group row passes the speaker filter when any of its findings
 * names the speaker; its findings are then kept one by one with the same test (`contains` on `|name|name|`).
 */
export function findingListingRequest(query: FindingQuery): FindingListingRequest {
  const clauses: string[] = [];
  const filter: Filter = { expression: '', names: {}, values: {} };
  if (query.outlet !== undefined && query.kind !== undefined) {
    clauses.push('#knd = :knd');
    filter.names['#knd'] = 'knd';
    filter.values[':knd'] = S(query.kind);
  }
  const speaker = query.speaker === undefined ? '' : speakerMatchKey(query.speaker.replace(/\|/g, ' '));
  if (speaker.length > 0) {
    clauses.push('contains(#spk, :spk)');
    filter.names['#spk'] = 'spk';
    filter.values[':spk'] = S(speaker);
  }
  filter.expression = clauses.join(' AND ');
  const [index, partition]: [IndexName, string] =
    query.outlet !== undefined
      ? ['outlet', findingOutletPartition(query.outlet)]
      : ['feed', query.kind !== undefined ? findingKindPartition(query.kind) : ALL_FINDINGS_FEED];
  return {
    index,
    partition,
    limit: query.limit,
    cursor: query.cursor,
    ...(clauses.length > 0 ? { filter } : {}),
    ...(speaker.length > 0 ? { keep: (finding: Finding) => (findingSpeakers(finding) ?? '').includes(speaker) } : {}),
  };
}

/** The createdAt part of a listing sort key (`<ISO time>#<id>`; an ISO time holds no '#'). */
const timeOf = (sortKey: string): string => sortKey.slice(0, Math.max(0, sortKey.indexOf('#')));

/** Above every `<time>#<hex id>` of one time: a bound that reads a time's rows whole. */
const END_OF_TIME = '#~';

export interface FindingListingRequest extends ListingRequest {
  /** Keeps a finding of a row that passed `filter` (a group row passes when any of its findings may). */
  keep?: (finding: Finding) => boolean;
}

/**
 * One page of findings from a GSI partition of finding rows (groups, dynamodb-findings.ts), newest first by
 * `<createdAt>#<findingId>` exactly as when each finding was a row of its own. A group's findings share one
 * createdAt, so the findings of a time are all in that time's rows, which are adjacent: rows are read until
 * more than `limit` findings of finished times are held, and the page is cut between two findings.
 *
 * The cursor keeps the old shape (the row's pk/sk and the index keys, `isk` = the sort key of the last finding
 * returned), so a cursor given out before groups still continues where it stood. The next page reads from that
 * finding's time, inclusive, and drops what sorts at or above it. With a filter, a page may come back short after
 * MAX_FILTERED_REQUESTS queries, like any filtered listing, with a cursor at the start of the time it stopped in.
 */
export async function findingListingPage(
  ctx: BatchContext,
  cursors: CursorCodec,
  request: FindingListingRequest,
): Promise<{ findings: Finding[]; nextCursor: string | null }> {
  const { partition, filter, keep } = request;
  const limit = pageLimit(request.limit);
  const spec = TABLE.indexes[request.index];
  const scope = `${spec.name}|${partition}`;
  const positionKeys = [TABLE.partitionKey, TABLE.sortKey, spec.partitionKey, spec.sortKey];
  let after: string | null = null;
  if (request.cursor !== undefined) {
    const position = cursors.decode(scope, request.cursor, positionKeys);
    if (position[spec.partitionKey] !== partition) throw new BadRequestError('Invalid cursor');
    after = position[spec.sortKey] ?? '';
  }
  const held: Array<{ finding: Finding; sortKey: string; row: Item; time: string }> = [];
  const seen = new Set<string>();
  // Rows come newest first, so every time above the one read last is finished: no later row holds a finding of it.
  let time: string | null = null;
  let lastRow: Item | undefined;
  let start: Item | undefined;
  let ready: typeof held | null = null;
  reading: for (let call = 1; ; call++) {
    const out = await ctx.client.send(
      new QueryCommand({
        TableName: ctx.tableName,
        IndexName: spec.name,
        KeyConditionExpression: after === null ? '#ipk = :ipk' : '#ipk = :ipk AND #isk <= :upto',
        ExpressionAttributeNames: { '#ipk': spec.partitionKey, ...(after === null ? {} : { '#isk': spec.sortKey }), ...filter?.names },
        ExpressionAttributeValues: { ':ipk': S(partition), ...(after === null ? {} : { ':upto': S(`${timeOf(after)}${END_OF_TIME}`) }), ...filter?.values },
        ...(filter ? { FilterExpression: filter.expression } : {}),
        ScanIndexForward: false,
        // A row holds one finding or more; Limit counts rows read before the filter.
        Limit: filter ? Math.min(1000, Math.max(100, (limit + 1) * 10)) : limit + 1,
        ExclusiveStartKey: start,
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    ctx.stats.record(`list:${spec.name}`, out.ConsumedCapacity, out.Items?.length ?? 0);
    for (const row of out.Items ?? []) {
      const rowTime = timeOf(row[spec.sortKey]?.S ?? '');
      if (rowTime !== time && held.length > limit) {
        ready = held; // all held times are finished, and they hold more than a page
        break reading;
      }
      time = rowTime;
      lastRow = row;
      for (const finding of findingsOf(row)) {
        const sortKey = listingSortKey(finding.createdAt, finding.id);
        if ((after !== null && sortKey >= after) || seen.has(finding.id) || (keep && !keep(finding))) continue;
        seen.add(finding.id);
        held.push({ finding, sortKey, row, time: rowTime });
      }
    }
    start = out.LastEvaluatedKey;
    if (!start) {
      ready = held;
      break;
    }
    // A filtered page gives up after its budget, once it has moved past the cursor's time (rows the filter
    // dropped count: the last evaluated key says how far the partition was read).
    const scanned = timeOf(start[spec.sortKey]?.S ?? '');
    if (filter && call >= MAX_FILTERED_REQUESTS && (after === null || scanned < timeOf(after))) {
      time = scanned;
      lastRow = start;
      break;
    }
  }
  const complete = ready !== null;
  const sorted = (ready ?? held.filter((h) => h.time > (time as string))).sort((x, y) => (x.sortKey < y.sortKey ? 1 : x.sortKey > y.sortKey ? -1 : 0));
  const positionOf = (row: Item, sortKey: string): CursorPosition => ({
    [TABLE.partitionKey]: row[TABLE.partitionKey]?.S ?? '',
    [TABLE.sortKey]: row[TABLE.sortKey]?.S ?? '',
    [spec.partitionKey]: partition,
    [spec.sortKey]: sortKey,
  });
  if (sorted.length > limit) {
    const last = sorted[limit - 1] as (typeof sorted)[number];
    return { findings: sorted.slice(0, limit).map((h) => h.finding), nextCursor: cursors.encode(scope, positionOf(last.row, last.sortKey)) };
  }
  if (complete || lastRow === undefined) return { findings: sorted.map((h) => h.finding), nextCursor: null };
  // Stopped by the filter budget inside a time: the next page starts at that time, whole.
  return { findings: sorted.map((h) => h.finding), nextCursor: cursors.encode(scope, positionOf(lastRow, `${time}${END_OF_TIME}`)) };
}
