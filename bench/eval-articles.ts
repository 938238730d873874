/**
 * Part (b) of `npm run eval`: whole articles (the seed corpus, read in place, and the team's samples)
 * ingested together through the production path, and their findings checked against the team's labels
 * (test/eval/seed-labels.json, sample-labels.json). A label names each side by outlet and a short
 * fragment of its wording; a finding matches when its two claims hold the two fragments.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { ClaimRef, Finding } from '../shared/model';
import { EvalIngest, type Expected, KINDS, Tally, holds } from './eval-harness';
import { speakerMatches } from './eval-pairs';

const KIND = z.enum(KINDS);
const SIDE = z.object({ outlet: z.string().min(1), fragment: z.string().min(3) });
const LABEL = z
  .object({
    kind: KIND.optional(),
    kinds: z.array(KIND).min(1).optional(),
    a: SIDE,
    b: SIDE,
    speaker: z.string().optional(),
    optional: z.boolean().optional(),
    note: z.string().optional(),
  })
  .refine((l) => (l.kind === undefined) !== (l.kinds === undefined), 'give kind or kinds');
const ARTICLE = z.object({
  file: z.string().min(1),
  outlet: z.string().min(1).optional(),
  key: z.string().min(1).optional(),
  contentType: z.string().optional(),
  metadata: z.record(z.string(), z.string()).optional(),
});
const LABEL_FILE = z.object({
  /** Folder of the articles, relative to the repository root. */
  corpus: z.string().min(1),
  /** Optional manifest (local/samples/manifest.json format) giving keys, content types and metadata. */
  manifest: z.string().optional(),
  articles: z.array(ARTICLE).optional(),
  findings: z.array(LABEL),
});
export type Label = z.infer<typeof LABEL>;

export interface LabelOutcome {
  label: Label;
  /** The finding that answered the label, if any. */
  finding: Finding | null;
  verdict: 'hit' | 'wrong-kind' | 'wrong-speaker' | 'missed' | 'optional-missed';
}

export interface ArticlesReport {
  tally: Tally;
  labels: LabelOutcome[];
  /** Findings no label accounts for (each is a false alarm of its kind). */
  unlabelled: Finding[];
  /** Share of required labels found with the right kind and speaker. */
  required: number;
}

const kindsOf = (label: Label): Expected[] => label.kinds ?? [label.kind as Expected];

/** A quotation is named by its quoted words (its sentence may carry other claims), any other claim by its sentence. */
function sideHolds(ref: ClaimRef, side: { outlet: string; fragment: string }): boolean {
  return ref.outlet === side.outlet && holds(ref.quote ?? ref.text, side.fragment);
}

function matches(finding: Finding, label: Label): boolean {
  const { claim, counterpart } = finding;
  return (sideHolds(claim, label.a) && sideHolds(counterpart, label.b)) || (sideHolds(claim, label.b) && sideHolds(counterpart, label.a));
}

/** Reads and ingests every article a label file names; returns the findings of the whole set. */
async function ingestAll(root: string, file: z.infer<typeof LABEL_FILE>): Promise<Finding[]> {
  const ingest = new EvalIngest();
  const corpus = resolve(root, file.corpus);
  const articles = file.manifest
    ? (JSON.parse(readFileSync(resolve(root, file.manifest), 'utf8')) as { articles: z.infer<typeof ARTICLE>[] }).articles
    : (file.articles ?? []);
  for (const article of articles) {
    const outlet = article.outlet ?? article.metadata?.outlet;
    await ingest.put({
      key: article.key ?? `${outlet}/${article.file}`,
      body: readFileSync(join(corpus, article.file)),
      contentType: article.contentType ?? 'text/plain; charset=utf-8',
      metadata: { ...(article.metadata ?? {}), ...(outlet ? { outlet } : {}) },
    });
  }
  return ingest.findings();
}

/** Runs one label file. `root` is the repository root (corpus paths are relative to it). */
export async function evaluateArticles(root: string, labelFile: string): Promise<ArticlesReport> {
  const file = LABEL_FILE.parse(JSON.parse(readFileSync(labelFile, 'utf8')));
  const findings = await ingestAll(root, file);
  const tally = new Tally();
  const used = new Set<string>();
  const labels: LabelOutcome[] = [];
  for (const label of file.findings) {
    const kinds = kindsOf(label);
    const candidates = findings.filter((f) => matches(f, label));
    for (const f of candidates) if (kinds.includes(f.kind) || f.kind === 'agreement') used.add(f.id);
    const right = candidates.find((f) => kinds.includes(f.kind) && (!label.speaker || speakerMatches(f, label.speaker)));
    const rightKind = candidates.find((f) => kinds.includes(f.kind));
    const other = candidates.find((f) => !kinds.includes(f.kind) && f.kind !== 'agreement') ?? candidates.find((f) => !kinds.includes(f.kind));
    if (right) {
      tally.hit(right.kind);
      labels.push({ label, finding: right, verdict: 'hit' });
    } else if (rightKind) {
      // The right kind on the right claims with the wrong speaker misleads the analyst: a miss and a false alarm.
      tally.miss(kinds[0] as Expected);
      tally.falsePositive(rightKind.kind);
      labels.push({ label, finding: rightKind, verdict: 'wrong-speaker' });
    } else if (other) {
      used.add(other.id);
      if (!label.optional) tally.miss(kinds[0] as Expected);
      tally.falsePositive(other.kind);
      labels.push({ label, finding: other, verdict: 'wrong-kind' });
    } else {
      if (!label.optional) tally.miss(kinds[0] as Expected);
      labels.push({ label, finding: null, verdict: label.optional ? 'optional-missed' : 'missed' });
    }
  }
  const unlabelled = findings.filter((f) => !used.has(f.id));
  for (const f of unlabelled) tally.falsePositive(f.kind);
  const required = labels.filter((l) => !l.label.optional);
  return { tally, labels, unlabelled, required: required.length === 0 ? 1 : required.filter((l) => l.verdict === 'hit').length / required.length };
}
