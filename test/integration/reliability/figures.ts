/**
 * One `figure: ...` line per scenario and its pass condition, shared by the jest tests (which assert more
 * finely) and `npm run soak` (which judges by `passes` alone), so both report the same numbers the same way.
 */
import type { DuplicateFigures, KillFigures, OrderingFigures, RaceFigures, SimultaneousFigures, ThrottleFigures } from './scenarios';
import { formatCounts, isClean } from './snapshot';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const examples = (list: string[]) => (list.length ? ` — ${list.join(' | ')}` : '');

export interface Verdict {
  line: string;
  passes: boolean;
}

export function duplicates(f: DuplicateFigures): Verdict {
  return {
    line:
      `figure: duplicates — ${f.copies} deliveries of one event at concurrency ${f.concurrency}: done ${f.done}, duplicate ${f.duplicates}, ` +
      `redelivered ${f.redelivered}, DLQ ${f.deadLetters}; vs a single clean run: missing ${f.diff.missing}, extra ${f.diff.extra}, ` +
      `changed ${f.diff.changed} (${formatCounts(f.diff)}); ${seconds(f.elapsedMs)}`,
    passes: isClean(f.diff) && f.done === 1 && f.done + f.duplicates === f.copies && f.deadLetters === 0 && f.leasesHeld === 0,
  };
}

export function ordering(f: OrderingFigures): Verdict {
  return {
    line:
      `figure: ordering — ${f.versions} versions x ${f.orders} random orders: newest won ${f.newestWon}/${f.orders}, ` +
      `tables differing from a clean run of the newest ${f.dirtyOrders}, stale events ${f.staleEvents}, failed receives ${f.failedReceives}, ` +
      `DLQ ${f.deadLetters}; ${seconds(f.elapsedMs)}${examples(f.examples)}`,
    passes: f.newestWon === f.orders && f.dirtyOrders === 0 && f.failedReceives === 0 && f.deadLetters === 0 && f.staleEvents > 0,
  };
}

export function race(f: RaceFigures): Verdict {
  return {
    line:
      `figure: ordering race — an older ingest stalled before its writes while the newer version completed: newer won ${f.newerWon}, ` +
      `vs a clean run of the newer: missing ${f.diff.missing}, extra ${f.diff.extra}, changed ${f.diff.changed} (${formatCounts(f.diff)}); outcomes ${f.outcomes.join(', ')}`,
    passes: f.newerWon && isClean(f.diff),
  };
}

export function killed(f: KillFigures, leaseMs: number): Verdict {
  const cases = f.cases.map((c) => `${c.name} ${c.writeCalls}`).join(', ');
  return {
    line:
      `figure: killed half-way — ${f.killPoints} kill points (write calls: ${cases}): converged ${f.converged}/${f.killPoints}, ` +
      `missing ${f.missing}, extra ${f.extra}, changed ${f.changed}; worst recovery ${f.maxRecoveryMs.toFixed(0)} ms ` +
      `(the dead invocation's lease: ${leaseMs} ms deadline + 50 ms margin)${examples(f.examples)}`,
    passes: f.converged === f.killPoints && f.missing + f.extra + f.changed === 0 && f.examples.length === 0,
  };
}

export function throttled(f: ThrottleFigures): Verdict {
  return {
    line:
      `figure: throttled — ${f.articles} articles, ${f.throttleRate * 100}% of calls throttled (${f.throttled}, retried by the SDK), ` +
      `${f.unprocessedRate * 100}% of batch requests unprocessed (${f.unprocessed}, ${f.batchRetries} batch retries), SQS redeliveries ${f.redelivered}, ` +
      `DLQ ${f.deadLetters}${f.deadLetters ? ` (redriven after the faults: ${f.redriven - f.redriveFailures} completed)` : ''}, articles lost ${f.lost}; ` +
      `vs a clean run: missing ${f.diff.missing}, extra ${f.diff.extra}, changed ${f.diff.changed} ` +
      `(${formatCounts(f.diff)}); latency ${(f.faultyMs / f.cleanMs).toFixed(1)}x a clean run (${f.faultyMs.toFixed(0)} vs ${f.cleanMs.toFixed(0)} ms)`,
    passes: isClean(f.diff) && f.lost === 0 && f.redriveFailures === 0,
  };
}

export function simultaneous(f: SimultaneousFigures): Verdict {
  return {
    line:
      `figure: simultaneous — ${f.runs} runs of two outlets' articles with one quote ingested at once (jittered): ` +
      `finding present ${f.present}/${f.runs} (misses ${f.runs - f.present}), stored exactly once ${f.storedOnce}/${f.runs}, doubled ${f.doubled}; ${seconds(f.elapsedMs)}`,
    passes: f.present === f.runs && f.storedOnce === f.runs && f.doubled === 0,
  };
}
