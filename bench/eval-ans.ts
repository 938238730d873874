/**
 * Part (c) of `npm run eval`: the ANS headline pairs (../shared/corpus/ans, read in place, never copied).
 * Each headline is a claim of its own outlet; compareClaims judges the pair. Reported as the issue asks:
 * share of `agree` pairs recognised as agreement, share of `disagree` pairs flagged with a discrepancy
 * kind, share of `disagree` pairs wrongly reported as agreement; plus a 3-class macro-F1 (agreement =
 * agree, discrepancy = disagree, no finding = other) for scale against the corpus paper.
 */
import { readFileSync } from 'node:fs';
import { classifyPair } from '../shared/matching/evaluate';
import type { FindingKind } from '../shared/model';

export interface AnsRow {
  s1: string;
  s2: string;
  stance: 'agree' | 'disagree' | 'other';
}

/** The corpus CSV: `s1,s2,stance`, no quoting (the files contain no quote characters or extra commas). */
export function readAns(path: string): AnsRow[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/u).slice(1).filter((l) => l.trim().length > 0);
  return lines.map((line) => {
    const fields = line.split(',');
    if (fields.length !== 3) throw new Error(`ANS line with ${fields.length} fields: ${line.slice(0, 80)}`);
    const stance = (fields[2] as string).trim();
    if (stance !== 'agree' && stance !== 'disagree' && stance !== 'other') throw new Error(`ANS stance ${stance}`);
    return { s1: fields[0] as string, s2: fields[1] as string, stance };
  });
}

export interface AnsReport {
  pairs: number;
  agreeAsAgreement: number;
  disagreeAsDiscrepancy: number;
  disagreeAsAgreement: number;
  macroF1: number;
  /** stance -> finding kind (or "null") -> count */
  confusion: Record<string, Record<string, number>>;
  rows: Array<AnsRow & { kind: FindingKind | null }>;
}

type Stance = AnsRow['stance'];
const predicted = (kind: FindingKind | null): Stance => (kind === null ? 'other' : kind === 'agreement' ? 'agree' : 'disagree');

export function evaluateAns(path: string): AnsReport {
  const rows = readAns(path).map((row) => ({ ...row, kind: classifyPair(row.s1, row.s2) }));
  const confusion: Record<string, Record<string, number>> = {};
  for (const row of rows) {
    const byKind = (confusion[row.stance] ??= {});
    const k = row.kind ?? 'null';
    byKind[k] = (byKind[k] ?? 0) + 1;
  }
  const share = (stance: Stance, test: (kind: FindingKind | null) => boolean) => {
    const of = rows.filter((r) => r.stance === stance);
    return of.length === 0 ? 0 : of.filter((r) => test(r.kind)).length / of.length;
  };
  const f1 = (stance: Stance) => {
    const tp = rows.filter((r) => r.stance === stance && predicted(r.kind) === stance).length;
    const fp = rows.filter((r) => r.stance !== stance && predicted(r.kind) === stance).length;
    const fn = rows.filter((r) => r.stance === stance && predicted(r.kind) !== stance).length;
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  };
  return {
    pairs: rows.length,
    agreeAsAgreement: share('agree', (k) => k === 'agreement'),
    disagreeAsDiscrepancy: share('disagree', (k) => k !== null && k !== 'agreement'),
    disagreeAsAgreement: share('disagree', (k) => k === 'agreement'),
    macroF1: (f1('agree') + f1('disagree') + f1('other')) / 3,
    confusion,
    rows,
  };
}
