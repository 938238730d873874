/**
 * Classification of two aligned claims from different outlets: are they the same claim, and if so,
 * which meaning-bearing difference (if any) separates them. Checks run from the most specific
 * (who said it, polarity, dates, numbers, names) to the most general (quote wording).
 */
import type { Claim, DateFact, FindingKind, Severity } from '../model';
import { type Alignment, alignedSimilarity, type Hunk, hunks } from './diff';
import { areOpposites, type MatchToken, matchTokens } from './words';

/** Content-word Dice below this: the two claims are about different things (same-story background sits at p99 0.12). */
export const SAME_CLAIM_MIN = 0.5;
/** Share of the shorter quote's words aligned with the longer one for "the shorter is part of the longer". */
export const CONTAINMENT_MIN = 0.85;
/** Omission needs at least this many words missing: one or two are a wording change, not a cut. */
export const OMISSION_MIN_WORDS = 3;
/** Extra words allowed inside the shorter quote's span in the longer one ("near-contiguous"). */
export const OMISSION_MAX_GAP = 2;
/** An omission is major when it drops at least this share of the longer quote's content words. */
export const OMISSION_MAJOR_SHARE = 0.4;
/** Same quoted words (aligned Dice) needed before a different speaker is an attribution discrepancy, not another quote. */
export const ATTRIBUTION_MIN = 0.8;
/** Content words added or removed (without substitution) that make a quote-wording change major. */
export const QUOTE_MAJOR_ADDED = 2;

export interface Verdict {
  kind: FindingKind;
  severity: Severity;
  explanation: string;
}

interface Side {
  claim: Claim;
  tokens: MatchToken[];
  content: MatchToken[];
}

/**
 * Classifies two claims of different outlets given the alignment of their compared wording
 * (quotes when both are quotations, else the sentences). Null when they are not the same claim.
 */
export function classify(a: Claim, b: Claim, alignment: Alignment, bothQuotes: boolean): Verdict | null {
  const A: Side = side(a, alignment.a);
  const B: Side = side(b, alignment.b);
  const common = commonCount(A.content, B.content);
  const dice = A.content.length + B.content.length === 0 ? 0 : (2 * common) / (A.content.length + B.content.length);
  // For quotes, "the shorter is part of the longer" is judged on all aligned words: a cut quote
  // keeps its function words too ("إلا أن ذلك يتم ...").
  const shorter = Math.min(A.tokens.length, B.tokens.length);
  const contained = shorter >= OMISSION_MIN_WORDS + 1 && alignment.equalCount / shorter >= CONTAINMENT_MIN;
  if (dice < SAME_CLAIM_MIN && !(bothQuotes && contained)) return null;

  const speakerA = speakerMatchKey(a.speakerKey);
  const speakerB = speakerMatchKey(b.speakerKey);
  if (speakerA && speakerB && speakerA !== speakerB) {
    if (alignedSimilarity(alignment) < ATTRIBUTION_MIN) return null; // different people saying related things
    return {
      kind: 'attribution',
      severity: 'major',
      explanation: `${a.outlet} attributes the words to ${name(a)} where ${b.outlet} names ${name(b)}`,
    };
  }

  const changes = hunks(alignment);
  const deleted = changes.flatMap((h) => h.deleted);
  const inserted = changes.flatMap((h) => h.inserted);
  const negation = negationVerdict(A, B, deleted, inserted);
  if (negation) return negation;
  const date = dateVerdict(A, B, changes);
  if (date) return date;
  const number = numberVerdict(A, B, changes);
  if (number) return number;
  const entity = entityVerdict(A, B, changes);
  if (entity) return entity;
  if (bothQuotes) return quoteVerdict(A, B, alignment, changes);
  return { kind: 'agreement', severity: 'info', explanation: `${a.outlet} and ${b.outlet} report the same claim` };
}

function side(claim: Claim, tokens: MatchToken[]): Side {
  return { claim, tokens, content: tokens.filter((t) => !t.filler) };
}

function commonCount(a: MatchToken[], b: MatchToken[]): number {
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const n = counts.get(t.key) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t.key, n - 1);
    }
  }
  return common;
}

/** Speaker keys compared by their matching form, so "بوتين"/"وبوتين"/"بوتين " are one speaker. */
export function speakerMatchKey(speakerKey: string | null): string | null {
  if (!speakerKey) return null;
  const key = matchTokens(speakerKey)
    .map((t) => t.key)
    .join(' ');
  return key.length > 0 ? key : null;
}

function name(claim: Claim): string {
  return claim.speakerKey ?? claim.speaker ?? 'the speaker';
}

function words(tokens: MatchToken[]): string {
  return tokens.map((t) => t.text).join(' ');
}

function negationVerdict(A: Side, B: Side, deleted: MatchToken[], inserted: MatchToken[]): Verdict | null {
  const negDeleted = deleted.filter((t) => t.negator).length;
  const negInserted = inserted.filter((t) => t.negator).length;
  if (A.claim.negated !== B.claim.negated || negDeleted !== negInserted) {
    const [neg, pos] = A.claim.negated || negDeleted > negInserted ? [A, B] : [B, A];
    const marker = (neg === A ? deleted : inserted).find((t) => t.negator);
    return {
      kind: 'negation',
      severity: 'major',
      explanation: `${neg.claim.outlet} negates the claim${marker ? ` ("${marker.text}")` : ''} that ${pos.claim.outlet} reports affirmatively`,
    };
  }
  // A word of one direction facing its opposite ("ارتفاع"/"تراجع", "وافق"/"رفض"), each without a counterpart of its own.
  const bKeys = new Set(B.tokens.map((t) => t.key));
  const aKeys = new Set(A.tokens.map((t) => t.key));
  for (const d of deleted) {
    if (bKeys.has(d.key)) continue;
    const opposite = inserted.find((i) => !aKeys.has(i.key) && areOpposites(d.key, i.key));
    if (opposite) {
      return {
        kind: 'negation',
        severity: 'major',
        explanation: `${A.claim.outlet} says "${d.text}" where ${B.claim.outlet} says the opposite, "${opposite.text}"`,
      };
    }
  }
  return null;
}

function compatibleDates(x: DateFact, y: DateFact): boolean {
  return (
    (x.year === null || y.year === null || x.year === y.year) &&
    (x.month === null || y.month === null || x.month === y.month) &&
    (x.day === null || y.day === null || x.day === y.day)
  );
}

const MONTH_TOKEN = /^[mh]\d+$/;

function dateVerdict(A: Side, B: Side, changes: Hunk[]): Verdict | null {
  const onlyA = A.claim.dates.find((d) => !B.claim.dates.some((e) => compatibleDates(d, e)));
  const onlyB = B.claim.dates.find((d) => !A.claim.dates.some((e) => compatibleDates(d, e)));
  if (onlyA && onlyB) return dateFinding(A, B, onlyA.text, onlyB.text);
  // Without extracted dates: a month substituted, or a day number substituted next to a month.
  for (const h of changes) {
    const monthA = h.deleted.find((t) => MONTH_TOKEN.test(t.key));
    const monthB = h.inserted.find((t) => MONTH_TOKEN.test(t.key));
    if (monthA && monthB) return dateFinding(A, B, words(h.deleted), words(h.inserted));
  }
  return null;
}

function dateFinding(A: Side, B: Side, textA: string, textB: string): Verdict {
  return { kind: 'date', severity: 'major', explanation: `${A.claim.outlet} dates it "${textA}" where ${B.claim.outlet} has "${textB}"` };
}

function numberVerdict(A: Side, B: Side, changes: Hunk[]): Verdict | null {
  const outsideDates = (c: Claim) => c.numbers.filter((n) => !c.dates.some((d) => n.start >= d.start && n.end <= d.end));
  const numsA = outsideDates(A.claim);
  const numsB = outsideDates(B.claim);
  const onlyA = numsA.find((n) => !numsB.some((m) => m.value === n.value));
  const onlyB = numsB.find((n) => !numsA.some((m) => m.value === n.value));
  if (onlyA && onlyB) return numberFinding(A, B, onlyA.text, onlyB.text);
  for (const h of changes) {
    const numberA = h.deleted.find((t) => t.number);
    const numberB = h.inserted.find((t) => t.number);
    if (numberA && numberB && numberA.key !== numberB.key) return numberFinding(A, B, numberA.text, numberB.text);
  }
  return null;
}

function numberFinding(A: Side, B: Side, textA: string, textB: string): Verdict {
  return { kind: 'number', severity: 'major', explanation: `${A.claim.outlet} has "${textA}" where ${B.claim.outlet} has "${textB}"` };
}

function entityVerdict(A: Side, B: Side, changes: Hunk[]): Verdict | null {
  const speakers = new Set([A.claim.speakerKey, B.claim.speakerKey].map(speakerMatchKey).filter((k): k is string => k !== null));
  const isEntity = (t: MatchToken) => t.entity || speakers.has(t.key);
  const aKeys = new Set(A.tokens.map((t) => t.key));
  const bKeys = new Set(B.tokens.map((t) => t.key));
  for (const h of changes) {
    // A name only counts as substituted when it is missing from the other side altogether (not merely reordered).
    const gone = h.deleted.filter((t) => isEntity(t) && !bKeys.has(t.key));
    const added = h.inserted.filter((t) => isEntity(t) && !aKeys.has(t.key));
    if ((gone.length > 0 && h.inserted.some((t) => !t.filler)) || (added.length > 0 && h.deleted.some((t) => !t.filler))) {
      const textA = words(gone.length > 0 ? gone : h.deleted.filter((t) => !t.filler));
      const textB = words(added.length > 0 ? added : h.inserted.filter((t) => !t.filler));
      return { kind: 'entity', severity: 'major', explanation: `${A.claim.outlet} names "${textA}" where ${B.claim.outlet} names "${textB}"` };
    }
  }
  return null;
}

function quoteVerdict(A: Side, B: Side, alignment: Alignment, changes: Hunk[]): Verdict {
  const speaker = name(A.claim.speakerKey ? A.claim : B.claim);
  if (changes.length === 0) {
    return { kind: 'agreement', severity: 'info', explanation: `${A.claim.outlet} and ${B.claim.outlet} quote ${speaker} in the same words` };
  }
  const omission = omissionVerdict(A, B, alignment, speaker);
  if (omission) return omission;
  const substituted = changes.find((h) => h.deleted.some((t) => !t.filler) && h.inserted.some((t) => !t.filler));
  const addedContent = changes.reduce((n, h) => n + h.deleted.filter((t) => !t.filler).length + h.inserted.filter((t) => !t.filler).length, 0);
  const severity: Severity = substituted || addedContent >= QUOTE_MAJOR_ADDED ? 'major' : 'minor';
  const shown = substituted ?? changes[0];
  let explanation: string;
  if (shown && shown.deleted.length > 0 && shown.inserted.length > 0) {
    explanation = `${B.claim.outlet} quotes ${speaker} with "${words(shown.inserted)}" where ${A.claim.outlet} has "${words(shown.deleted)}"`;
  } else if (shown && shown.inserted.length > 0) {
    explanation = `${B.claim.outlet} quotes ${speaker} with "${words(shown.inserted)}", which ${A.claim.outlet} does not have`;
  } else {
    explanation = `${A.claim.outlet} quotes ${speaker} with "${words(shown?.deleted ?? [])}", which ${B.claim.outlet} does not have`;
  }
  return { kind: 'quote-wording', severity, explanation };
}

/**
 * One quote is a contiguous (or near-contiguous) part of the other with at least OMISSION_MIN_WORDS
 * words missing: the shorter one's words all align, and they fall inside one span of the longer
 * one with at most OMISSION_MAX_GAP extra words inside it.
 */
function omissionVerdict(A: Side, B: Side, alignment: Alignment, speaker: string): Verdict | null {
  const aShorter = A.tokens.length <= B.tokens.length;
  const [short, long] = aShorter ? [A, B] : [B, A];
  if (alignment.equalCount < short.tokens.length - 1) return null; // at most one word of the shorter may differ
  if (long.tokens.length - alignment.equalCount < OMISSION_MIN_WORDS) return null;
  // Positions (in the longer quote) of the aligned words.
  const positions: number[] = [];
  for (const run of alignment.runs) {
    if (run.op !== 'equal') continue;
    for (let k = 0; k < run.aTo - run.aFrom; k++) positions.push(aShorter ? run.bFrom + k : run.aFrom + k);
  }
  const first = positions[0];
  const last = positions[positions.length - 1];
  if (first === undefined || last === undefined) return null;
  if (last - first + 1 - positions.length > OMISSION_MAX_GAP) return null;
  const missing = long.tokens.filter((_, index) => index < first || index > last);
  const missingContent = missing.filter((t) => !t.filler).length;
  const severity: Severity = missingContent >= OMISSION_MAJOR_SHARE * long.content.length ? 'major' : 'minor';
  const excerpt = words(missing);
  return {
    kind: 'omission',
    severity,
    explanation: `${short.claim.outlet} quotes only part of ${speaker}'s words; ${long.claim.outlet} also has "${excerpt.length > 80 ? `${excerpt.slice(0, 77)}...` : excerpt}"`,
  };
}
