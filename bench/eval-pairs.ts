/**
 * Part (a) of `npm run eval`: the team's labelled pairs (test/eval/pairs-*.json). Each side is a short
 * article of its own outlet, ingested through the production path; the pair is reported as the kind of
 * its most specific finding (headlineKind), or `none`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Finding } from '../shared/model';
import { EvalIngest, type Expected, KINDS, Tally, headlineKind, holds } from './eval-harness';

const EXPECTED = z.enum([...KINDS, 'none']);
const PAIR = z.object({
  id: z.string().min(1),
  kind: EXPECTED,
  a: z.string().min(1),
  b: z.string().min(1),
  speaker: z.string().nullable().optional(),
  group: z.enum(['spelling', 'trap']).optional(),
  publishedA: z.string().optional(),
  publishedB: z.string().optional(),
  note: z.string().optional(),
});
export type Pair = z.infer<typeof PAIR>;

export const PAIR_FILES = ['pairs-ar.json', 'pairs-en-fr.json'];
const DEFAULT_PUBLISHED = '2026-03-10T08:00:00Z';

export function readPairs(dir: string): Pair[] {
  return PAIR_FILES.flatMap((file) => z.array(PAIR).parse(JSON.parse(readFileSync(join(dir, file), 'utf8'))));
}

export interface PairOutcome {
  pair: Pair;
  found: Expected;
  /** For pairs with a speaker label reported with the expected kind: did that finding name the right speaker(s)? */
  speakerRight: boolean | null;
  findings: Finding[];
}

export interface PairsReport {
  tally: Tally;
  outcomes: PairOutcome[];
  /** Share of spelling-only pairs reported as agreement. */
  spelling: number;
  /** Share of trap pairs reported as agreement. */
  traps: number;
  /** Share of pairs with a speaker label whose finding names that speaker. */
  speakers: number;
}

/** True when the finding's sides name the label's speaker ("X", or "X|Y" for an attribution, either way round). */
export function speakerMatches(finding: Finding, label: string): boolean {
  const [x, y] = label.split('|') as [string, string | undefined];
  const a = finding.claim.speaker;
  const b = finding.counterpart.speaker;
  if (y === undefined) return holds(a, x) && holds(b, x);
  return (holds(a, x) && holds(b, y)) || (holds(a, y) && holds(b, x));
}

async function runPair(pair: Pair): Promise<PairOutcome> {
  const ingest = new EvalIngest();
  await ingest.put({ key: `outlet-a/${pair.id}.txt`, body: pair.a, metadata: { outlet: 'outlet-a', 'published-at': pair.publishedA ?? DEFAULT_PUBLISHED } });
  await ingest.put({ key: `outlet-b/${pair.id}.txt`, body: pair.b, metadata: { outlet: 'outlet-b', 'published-at': pair.publishedB ?? DEFAULT_PUBLISHED } });
  const findings = await ingest.findings();
  const found = headlineKind(findings.map((f) => f.kind));
  let speakerRight: boolean | null = null;
  if (pair.speaker && found === pair.kind) {
    speakerRight = findings.some((f) => f.kind === pair.kind && speakerMatches(f, pair.speaker as string));
  }
  return { pair, found, speakerRight, findings };
}

export async function evaluatePairs(dir: string): Promise<PairsReport> {
  const tally = new Tally();
  const outcomes: PairOutcome[] = [];
  for (const pair of readPairs(dir)) {
    const outcome = await runPair(pair);
    tally.record(pair.kind, outcome.found);
    outcomes.push(outcome);
  }
  const share = (xs: PairOutcome[], ok: (o: PairOutcome) => boolean) => (xs.length === 0 ? 1 : xs.filter(ok).length / xs.length);
  return {
    tally,
    outcomes,
    spelling: share(outcomes.filter((o) => o.pair.group === 'spelling'), (o) => o.found === 'agreement'),
    traps: share(outcomes.filter((o) => o.pair.group === 'trap'), (o) => o.found === 'agreement'),
    speakers: share(outcomes.filter((o) => o.speakerRight !== null), (o) => o.speakerRight === true),
  };
}
