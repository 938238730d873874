/**
 * Word alignment of two wordings: jsdiff's diffArrays over match tokens, with equality by matching
 * key so spelling variants align as equal, while the parts shown to the analyst are cut from the
 * original strings.
 */
import { diffArrays } from 'diff';
import type { Claim, DiffPart } from '../model';
import { indexedWording } from './fingerprint';
import { joinSplitWords, type MatchToken, matchTokens, withFramingAsFiller } from './words';

/** A run of tokens: equal on both sides, only in `a` (delete) or only in `b` (insert). */
export interface AlignedRun {
  op: DiffPart['op'];
  /** Token index range [aFrom, aTo) in `a` (empty for inserts). */
  aFrom: number;
  aTo: number;
  /** Token index range [bFrom, bTo) in `b` (empty for deletes). */
  bFrom: number;
  bTo: number;
}

/** A change between two equal runs: what `a` has there and what `b` has instead (either may be empty). */
export interface Hunk {
  deleted: MatchToken[];
  inserted: MatchToken[];
  /** No equal word before (atStart) or after (atEnd) it: an extra opening or closing clause. */
  atStart: boolean;
  atEnd: boolean;
}

export interface Alignment {
  aSource: string;
  bSource: string;
  a: MatchToken[];
  b: MatchToken[];
  runs: AlignedRun[];
  /** Tokens aligned as equal (per side the same count). */
  equalCount: number;
}

/** Both claims are quotations with quoted words: compared as the speaker's words, framing words and all. */
export function bothQuoted(a: Claim, b: Claim): boolean {
  return a.kind === 'quote' && b.kind === 'quote' && !!a.quote && !!b.quote;
}

/** Aligns two claims on the wording they are compared by: the quoted words of a quotation, else the sentence. */
export function alignClaimWordings(a: Claim, b: Claim): Alignment {
  return align(indexedWording(a), indexedWording(b), !bothQuoted(a, b));
}

/**
 * Aligns two wordings word by word; `statements` (neither is a quotation) compares headline framing words as function words.
 * @example align('إلا أن ذلك يتم تقويضه الآن', 'إلا أن ذلك يتم تدميره الآن').runs.map((r) => r.op) // equal, delete, insert, equal
 */
export function align(aSource: string, bSource: string, statements = false): Alignment {
  // Statements (not quotations) set headline framing aside: "تعرف على" / "لمحة عن" frame one claim.
  const tokens = (source: string) => (statements ? withFramingAsFiller(matchTokens(source)) : matchTokens(source));
  const [a, b] = joinSplitWords(tokens(aSource), tokens(bSource));
  const changes = diffArrays(a, b, { comparator: (x, y) => x.key === y.key });
  const runs: AlignedRun[] = [];
  let i = 0;
  let j = 0;
  let equalCount = 0;
  for (const change of changes) {
    const n = change.count;
    if (change.added) {
      runs.push({ op: 'insert', aFrom: i, aTo: i, bFrom: j, bTo: j + n });
      j += n;
    } else if (change.removed) {
      runs.push({ op: 'delete', aFrom: i, aTo: i + n, bFrom: j, bTo: j });
      i += n;
    } else {
      runs.push({ op: 'equal', aFrom: i, aTo: i + n, bFrom: j, bTo: j + n });
      equalCount += n;
      i += n;
      j += n;
    }
  }
  return { aSource, bSource, a, b, runs, equalCount };
}

/** The changes of an alignment, each delete/insert group between two equal runs as one hunk. */
export function hunks(alignment: Alignment): Hunk[] {
  const out: Hunk[] = [];
  let current: Hunk | null = null;
  let seenEqual = false;
  for (const run of alignment.runs) {
    if (run.op === 'equal') {
      current = null;
      seenEqual = true;
      continue;
    }
    if (!current) {
      current = { deleted: [], inserted: [], atStart: !seenEqual, atEnd: false };
      out.push(current);
    }
    if (run.op === 'delete') current.deleted.push(...alignment.a.slice(run.aFrom, run.aTo));
    else current.inserted.push(...alignment.b.slice(run.bFrom, run.bTo));
  }
  if (current) current.atEnd = true;
  return out;
}

/**
 * Word diff from `a` to `b` on the original wording: equal runs show `a`'s spelling, deletes `a`'s
 * words, inserts `b`'s. Each change is one delete part followed by one insert part (the deleted
 * words are contiguous in `a`, the inserted ones in `b`); a part spans its first to last word,
 * punctuation in between included.
 */
export function diffParts(alignment: Alignment): DiffPart[] {
  const parts: DiffPart[] = [];
  const slice = (source: string, tokens: MatchToken[]) => {
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    return first && last ? source.slice(first.start, last.end) : '';
  };
  let deleted: MatchToken[] = [];
  let inserted: MatchToken[] = [];
  const flush = () => {
    if (deleted.length > 0) parts.push({ op: 'delete', text: slice(alignment.aSource, deleted) });
    if (inserted.length > 0) parts.push({ op: 'insert', text: slice(alignment.bSource, inserted) });
    deleted = [];
    inserted = [];
  };
  for (const run of alignment.runs) {
    if (run.op === 'delete') deleted.push(...alignment.a.slice(run.aFrom, run.aTo));
    else if (run.op === 'insert') inserted.push(...alignment.b.slice(run.bFrom, run.bTo));
    else {
      flush();
      parts.push({ op: 'equal', text: slice(alignment.aSource, alignment.a.slice(run.aFrom, run.aTo)) });
    }
  }
  flush();
  return parts;
}

/** Dice coefficient of aligned tokens, 2·equal / (|a| + |b|), in [0, 1]; 0 when both sides are empty (nothing to compare). */
export function alignedSimilarity(alignment: Alignment): number {
  const total = alignment.a.length + alignment.b.length;
  return total === 0 ? 0 : (2 * alignment.equalCount) / total;
}
