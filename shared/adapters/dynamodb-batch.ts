/**
 * DynamoDB plumbing the store needs around the SDK: batch calls that finish their unprocessed remainder
 * with exponential backoff and full jitter (a throttled partition returns UnprocessedItems/Keys instead of
 * failing, reliability-and-scale.md A4), bounded parallelism, and capacity accounting per operation.
 */
import {
  type AttributeValue,
  BatchGetItemCommand,
  BatchWriteItemCommand,
  type ConsumedCapacity,
  type DynamoDBClient,
  type KeysAndAttributes,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';

export type Item = Record<string, AttributeValue>;

/** Service limits per call (BatchWriteItem 25 requests, BatchGetItem 100 keys). */
export const BATCH_WRITE_SIZE = 25;
export const BATCH_GET_SIZE = 100;

export interface RetryPolicy {
  /** Calls per batch including the first; the remainder still unprocessed after the last one throws. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 10, baseDelayMs: 25, maxDelayMs: 2000 };

/** "Full jitter" (AWS Architecture Blog, Exponential Backoff and Jitter): uniform in [0, min(cap, base * 2^n)). */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Requests, consumed capacity units, items and unprocessed-remainder retries of one operation. */
export interface OperationStats {
  requests: number;
  capacityUnits: number;
  items: number;
  retries: number;
}

/** Counters per store operation, for benchmarks (WRU/RRU per article); dynalite reports capacity too. */
export class CapacityStats {
  private readonly byOperation = new Map<string, OperationStats>();

  record(operation: string, consumed: ConsumedCapacity | ConsumedCapacity[] | undefined, items = 0, retries = 0): void {
    const entry = this.byOperation.get(operation) ?? { requests: 0, capacityUnits: 0, items: 0, retries: 0 };
    entry.requests += 1;
    entry.items += items;
    entry.retries += retries;
    for (const c of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) entry.capacityUnits += c.CapacityUnits ?? 0;
    this.byOperation.set(operation, entry);
  }

  snapshot(): Record<string, OperationStats> {
    return Object.fromEntries([...this.byOperation].map(([name, s]) => [name, { ...s }]));
  }

  reset(): void {
    this.byOperation.clear();
  }
}

/**
 * Runs `fn` over `items` with at most `limit` calls in flight; results in input order. After a failure no
 * further call starts, and the failure is thrown only once the calls in flight have settled: a caller that
 * sees the error (and, in Lambda, the invocation that ends with it) leaves no write still running behind it
 * that could land after a retry has rewritten the same items.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const at = next++;
      try {
        results[at] = await fn(items[at] as T);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
  const rejected = settled.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (rejected) throw rejected.reason;
  return results;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface BatchContext {
  client: DynamoDBClient;
  tableName: string;
  stats: CapacityStats;
  retry: RetryPolicy;
  concurrency: number;
}

const keyOf = (item: Item): string => `${item.pk?.S ?? ''}\u0000${item.sk?.S ?? ''}`;

/**
 * Writes puts and deletes in batches of 25, finishing each batch's UnprocessedItems with backoff.
 * Requests for the same key are collapsed (the last wins): BatchWriteItem rejects duplicates in one call.
 */
export async function batchWriteAll(ctx: BatchContext, operation: string, requests: readonly WriteRequest[]): Promise<void> {
  const unique = new Map<string, WriteRequest>();
  for (const request of requests) {
    const key = request.PutRequest?.Item ?? request.DeleteRequest?.Key;
    if (!key) throw new Error('Empty write request');
    unique.set(keyOf(key), request);
  }
  await mapLimit(chunk([...unique.values()], BATCH_WRITE_SIZE), ctx.concurrency, async (batch) => {
    let pending: WriteRequest[] = batch;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= ctx.retry.maxAttempts) {
        throw new Error(`${operation}: ${pending.length} write(s) still unprocessed after ${attempt} attempts`);
      }
      if (attempt > 0) await sleep(backoffDelay(attempt, ctx.retry));
      const out = await ctx.client.send(
        new BatchWriteItemCommand({ RequestItems: { [ctx.tableName]: pending }, ReturnConsumedCapacity: 'TOTAL' }),
      );
      const unprocessed = out.UnprocessedItems?.[ctx.tableName] ?? [];
      ctx.stats.record(operation, out.ConsumedCapacity, pending.length - unprocessed.length, attempt > 0 ? 1 : 0);
      pending = unprocessed;
    }
  });
}

/** Fetches keys in batches of 100 (duplicates collapsed), finishing UnprocessedKeys with backoff. */
export async function batchGetAll(
  ctx: BatchContext,
  operation: string,
  keys: readonly Item[],
  request: Omit<KeysAndAttributes, 'Keys'>,
): Promise<Item[]> {
  const unique = [...new Map(keys.map((key) => [keyOf(key), key])).values()];
  const pages = await mapLimit(chunk(unique, BATCH_GET_SIZE), ctx.concurrency, async (batch) => {
    const found: Item[] = [];
    let pending: Item[] = batch;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= ctx.retry.maxAttempts) {
        throw new Error(`${operation}: ${pending.length} key(s) still unprocessed after ${attempt} attempts`);
      }
      if (attempt > 0) await sleep(backoffDelay(attempt, ctx.retry));
      const out = await ctx.client.send(
        new BatchGetItemCommand({
          RequestItems: { [ctx.tableName]: { ...request, Keys: pending } },
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      const items = out.Responses?.[ctx.tableName] ?? [];
      found.push(...items);
      ctx.stats.record(operation, out.ConsumedCapacity, items.length, attempt > 0 ? 1 : 0);
      pending = out.UnprocessedKeys?.[ctx.tableName]?.Keys ?? [];
    }
    return found;
  });
  return pages.flat();
}
