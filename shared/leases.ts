/**
 * ArticleLeases in one process (pure, no I/O): for the in-memory store (benchmarks, evaluation) and the default of
 * ingestObjectEvent. Correct only while every ingest of a key runs in this process; Lambda uses DynamoDbLeases.
 */
import type { ArticleLeases } from './ports';

export class MemoryLeases implements ArticleLeases {
  private readonly held = new Map<string, { owner: string; untilMs: number }>();

  async acquire(articleId: string, owner: string, untilMs: number, nowMs: number): Promise<boolean> {
    const current = this.held.get(articleId);
    if (current && current.owner !== owner && current.untilMs >= nowMs) return false;
    this.held.set(articleId, { owner, untilMs });
    return true;
  }

  async release(articleId: string, owner: string): Promise<void> {
    if (this.held.get(articleId)?.owner === owner) this.held.delete(articleId);
  }
}
