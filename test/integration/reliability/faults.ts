/**
 * Fault injection through AWS SDK v3 middleware (reliability-and-scale.md A9): the product code and the
 * emulator stay untouched, only the client between them misbehaves, at a seeded rate so a failure replays.
 *   - throttling: a call is answered with ThrottlingException / ProvisionedThroughputExceededException before
 *     it reaches the table. Added inside the SDK's retry middleware, so the SDK's own retries (standard mode,
 *     retry quota) handle it exactly as they would a real throttle;
 *   - unprocessed items: BatchWriteItem/BatchGetItem "process" only part of a request and hand the rest back
 *     as UnprocessedItems/UnprocessedKeys, as a throttled partition does;
 *   - a kill: the process dies when it attempts write call number N+1. That call and every later call on this
 *     client fail without reaching the table (a dead Lambda sends nothing); calls already sent still land.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { seededRandom as random, sleep } from '../../helpers/random';

export interface FaultOptions {
  seed: number;
  /** Share of calls (any operation) answered with a throttling error. */
  throttleRate?: number;
  /** Share of the requests of each batch call handed back unprocessed. */
  unprocessedRate?: number;
  /** Write calls (PutItem, UpdateItem, DeleteItem, BatchWriteItem) allowed before the process dies. */
  killAfterWrites?: number;
  /** Extra latency per call, uniform in [0, latencyMs): network jitter that lets two ingests' writes interleave. */
  latencyMs?: number;
}

export interface FaultStats {
  /** Calls that reached the middleware, including SDK retries. */
  calls: number;
  writeCalls: number;
  throttled: number;
  /** Batch requests handed back unprocessed (each one is retried by the store). */
  unprocessed: number;
  /** The call that found the process dead, or null. */
  killedAt: string | null;
  /** Calls refused because the process was dead. */
  refused: number;
}

const WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand']);

/** The error a throttled DynamoDB call surfaces, shaped as the SDK's deserialised service errors are. */
function throttlingError(name: string): Error {
  return Object.assign(new Error(`Rate of requests exceeds the allowed throughput (${name}, injected)`), {
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
  });
}

export class ProcessKilledError extends Error {
  override name = 'ProcessKilledError';
}

export class FaultPlan {
  readonly stats: FaultStats = { calls: 0, writeCalls: 0, throttled: 0, unprocessed: 0, killedAt: null, refused: 0 };
  private readonly next: () => number;

  constructor(private readonly options: FaultOptions) {
    this.next = random(options.seed);
  }

  get killed(): boolean {
    return this.stats.killedAt !== null;
  }

  /** Adds the middleware to `client` and returns it. */
  attach(client: DynamoDBClient): DynamoDBClient {
    const { throttleRate = 0, unprocessedRate = 0, killAfterWrites, latencyMs = 0 } = this.options;
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const command = context.commandName ?? '';
        if (this.killed) {
          this.stats.refused += 1;
          throw new ProcessKilledError(`process already dead (${command})`);
        }
        if (WRITES.has(command)) {
          if (killAfterWrites !== undefined && this.stats.writeCalls >= killAfterWrites) {
            this.stats.killedAt = command;
            throw new ProcessKilledError(`killed before write call ${this.stats.writeCalls + 1} (${command})`);
          }
          this.stats.writeCalls += 1;
        }
        if (latencyMs > 0) await sleep(this.next() * latencyMs);
        if (unprocessedRate > 0) return (await this.withhold(command, args, next as never)) as Awaited<ReturnType<typeof next>>;
        return next(args);
      },
      { step: 'initialize', name: 'injectKillAndUnprocessed' },
    );
    if (throttleRate > 0) {
      client.middlewareStack.add(
        (next) => async (args) => {
          this.stats.calls += 1;
          if (this.next() < throttleRate) {
            this.stats.throttled += 1;
            throw throttlingError(this.next() < 0.5 ? 'ThrottlingException' : 'ProvisionedThroughputExceededException');
          }
          return next(args);
        },
        // Inside the retry middleware (finalizeRequest, priority high): every attempt can be throttled.
        { step: 'finalizeRequest', priority: 'low', name: 'injectThrottling' },
      );
    }
    return client;
  }

  private async withhold(command: string, args: { input: object }, next: (args: never) => Promise<{ response: unknown; output: object }>) {
    const input = args.input as { RequestItems?: Record<string, unknown> };
    const [table, requests] = Object.entries(input.RequestItems ?? {})[0] ?? [];
    if (!table) return next(args as never);
    if (command === 'BatchWriteItemCommand') {
      const all = requests as unknown[];
      const kept = all.filter(() => this.next() >= this.options.unprocessedRate!);
      const withheld = all.filter((request) => !kept.includes(request));
      this.stats.unprocessed += withheld.length;
      if (withheld.length === 0) return next(args as never);
      if (kept.length === 0) return { response: {}, output: { $metadata: {}, UnprocessedItems: { [table]: withheld } } };
      const result = await next({ ...args, input: { ...input, RequestItems: { [table]: kept } } } as never);
      const output = result.output as { UnprocessedItems?: Record<string, unknown[]> };
      output.UnprocessedItems = { [table]: [...(output.UnprocessedItems?.[table] ?? []), ...withheld] };
      return result;
    }
    if (command === 'BatchGetItemCommand') {
      const request = requests as { Keys: unknown[] };
      const kept = request.Keys.filter(() => this.next() >= this.options.unprocessedRate!);
      const withheld = request.Keys.filter((key) => !kept.includes(key));
      this.stats.unprocessed += withheld.length;
      if (withheld.length === 0) return next(args as never);
      if (kept.length === 0) return { response: {}, output: { $metadata: {}, Responses: { [table]: [] }, UnprocessedKeys: { [table]: { ...request, Keys: withheld } } } };
      const result = await next({ ...args, input: { ...input, RequestItems: { [table]: { ...request, Keys: kept } } } } as never);
      const output = result.output as { UnprocessedKeys?: Record<string, { Keys: unknown[] }> };
      output.UnprocessedKeys = { [table]: { ...request, Keys: [...(output.UnprocessedKeys?.[table]?.Keys ?? []), ...withheld] } };
      return result;
    }
    return next(args as never);
  }
}
