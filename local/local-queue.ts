/**
 * A loopback stand-in for SQS plus Lambda's event source mapping: messages are gathered for a short
 * window into batches of up to QUEUE.batchSize, handed to the ingest handler one batch at a time, and
 * the ids it reports in `batchItemFailures` come back after a backoff until QUEUE.maxReceiveCount
 * receives, after which they are parked in a local dead-letter file. A thrown handler error fails the
 * whole batch, as Lambda does ("If your function throws an exception, the entire batch is considered a
 * complete failure"). Never throws to its caller: a handler bug must not stop `npm start`.
 */
import { appendFile } from 'node:fs/promises';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { type EnvelopeSettings, type QueuedMessage, newMessage, sqsRecordFor } from './notifications';

export type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | void>;

export interface LocalQueueOptions extends EnvelopeSettings {
  handler: SqsHandler;
  makeContext: () => Context;
  batchSize: number;
  maxReceiveCount: number;
  /** How long the first message of a batch waits for company (Lambda's batching window, shortened). */
  batchWindowMs: number;
  /** Backoff before the n-th retry is retryBaseMs * 2^(n-1), capped at 30 s. */
  retryBaseMs: number;
  /** JSON-lines file that parked messages are appended to; null keeps them in memory only. */
  deadLetterFile: string | null;
  log: (message: string, details?: Record<string, unknown>) => void;
}

/** A message that exhausted its receives. */
export interface ParkedMessage {
  messageId: string;
  body: string;
  receiveCount: number;
  parkedAt: string;
  reason: string;
}

export interface DeliveryStats {
  batches: number;
  receives: number;
  succeeded: number;
  retried: number;
  parked: number;
}

export class LocalQueue {
  private readonly ready: QueuedMessage[] = [];
  private readonly waiting = new Set<NodeJS.Timeout>();
  private windowTimer: NodeJS.Timeout | null = null;
  private draining = false;
  private closed = false;
  private idleWaiters: Array<() => void> = [];
  readonly deadLetters: ParkedMessage[] = [];
  readonly stats: DeliveryStats = { batches: 0, receives: 0, succeeded: 0, retried: 0, parked: 0 };

  constructor(private readonly options: LocalQueueOptions) {}

  /** Sends one message body (SendMessage). */
  send(body: string): void {
    if (this.closed) return;
    this.ready.push(newMessage(body));
    this.schedule();
  }

  /** Resolves once nothing is queued, waiting for a retry, or being handled. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops timers and lets an in-flight batch finish; undelivered messages are dropped (logged). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.windowTimer) clearTimeout(this.windowTimer);
    this.windowTimer = null;
    for (const timer of this.waiting) clearTimeout(timer);
    const dropped = this.ready.length + this.waiting.size;
    this.waiting.clear();
    this.ready.length = 0;
    if (dropped > 0) this.options.log('local queue closed with undelivered messages', { dropped });
    await this.idle();
  }

  private isIdle(): boolean {
    return this.ready.length === 0 && this.waiting.size === 0 && !this.draining && this.windowTimer === null;
  }

  private notifyIfIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private schedule(): void {
    if (this.draining || this.closed) return;
    if (this.ready.length >= this.options.batchSize) {
      if (this.windowTimer) clearTimeout(this.windowTimer);
      this.windowTimer = null;
      void this.drain();
    } else if (this.windowTimer === null && this.ready.length > 0) {
      this.windowTimer = setTimeout(() => {
        this.windowTimer = null;
        void this.drain();
      }, this.options.batchWindowMs);
    }
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.ready.length > 0 && !this.closed) {
        await this.deliver(this.ready.splice(0, this.options.batchSize));
      }
    } finally {
      this.draining = false;
      // Messages sent while a batch was being handled were picked up by the loop; this only re-arms after close races.
      this.schedule();
      this.notifyIfIdle();
    }
  }

  private async deliver(batch: QueuedMessage[]): Promise<void> {
    const now = Date.now();
    for (const message of batch) {
      message.receiveCount += 1;
      message.firstReceiveTimestamp ??= now;
    }
    const event: SQSEvent = { Records: batch.map((message) => sqsRecordFor(message, this.options)) };
    this.stats.batches += 1;
    this.stats.receives += batch.length;

    let failedIds: Set<string>;
    let reason: string;
    try {
      const response = await this.options.handler(event, this.options.makeContext());
      failedIds = new Set((response?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier));
      reason = 'reported in batchItemFailures';
    } catch (error) {
      failedIds = new Set(batch.map((message) => message.messageId));
      reason = `handler threw: ${error instanceof Error ? error.message : String(error)}`;
      this.options.log('ingest handler threw; the whole batch will be retried', { error: reason, size: batch.length });
    }

    for (const message of batch) {
      if (!failedIds.has(message.messageId)) {
        this.stats.succeeded += 1;
      } else if (message.receiveCount >= this.options.maxReceiveCount) {
        await this.park(message, reason);
      } else {
        this.retryLater(message);
      }
    }
  }

  private retryLater(message: QueuedMessage): void {
    if (this.closed) return;
    this.stats.retried += 1;
    const delay = Math.min(30_000, this.options.retryBaseMs * 2 ** (message.receiveCount - 1));
    const timer = setTimeout(() => {
      this.waiting.delete(timer);
      if (this.closed) return;
      this.ready.push(message);
      this.schedule();
    }, delay);
    this.waiting.add(timer);
  }

  private async park(message: QueuedMessage, reason: string): Promise<void> {
    const parked: ParkedMessage = {
      messageId: message.messageId,
      body: message.body,
      receiveCount: message.receiveCount,
      parkedAt: new Date().toISOString(),
      reason,
    };
    this.deadLetters.push(parked);
    this.stats.parked += 1;
    this.options.log('message parked in the local dead-letter queue', {
      messageId: message.messageId,
      receives: message.receiveCount,
      reason,
      file: this.options.deadLetterFile,
    });
    if (this.options.deadLetterFile === null) return;
    try {
      await appendFile(this.options.deadLetterFile, `${JSON.stringify(parked)}\n`, 'utf8');
    } catch (error) {
      this.options.log('could not write the dead-letter file', { error: String(error) });
    }
  }
}
