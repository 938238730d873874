/**
 * Claim-pair comparison: the entry point the ingest pipeline calls for each verified candidate.
 * A finding is computed identically whichever article is ingested first: the side with the lower
 * claim id is always `claim`, and the id derives from the sorted pair (design property 3).
 */
import type { Claim, ClaimRef, DiffPart, Finding } from '../model';
import { classify } from './classify';
import { alignClaimWordings, alignedSimilarity, bothQuoted, diffParts } from './diff';

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits: stable across runtimes, no node:crypto. */
export function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * prime) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/** Id of the finding for a claim pair: the same for (a, b) and (b, a). */
export function findingId(claimIdA: string, claimIdB: string): string {
  const [lo, hi] = claimIdA < claimIdB ? [claimIdA, claimIdB] : [claimIdB, claimIdA];
  return fnv1a64(`${lo}|${hi}`);
}

function ref(claim: Claim): ClaimRef {
  return {
    claimId: claim.id,
    articleId: claim.articleId,
    outlet: claim.outlet,
    text: claim.text,
    quote: claim.quote,
    speaker: claim.speaker,
  };
}

/**
 * Compares two claims. Null when they come from the same outlet (nothing is reported within one
 * outlet) or are not about the same thing. Quotations are compared by their quoted words, other
 * claims by their sentences (the same wording the index was built from); the diff runs from
 * `claim` (lower id) to `counterpart`.
 * @example compareClaims(rtQuote, elaphQuote, now)?.kind // 'quote-wording' for تقويضه -> تدميره
 */
export function compareClaims(a: Claim, b: Claim, createdAt: string): Finding | null {
  if (a.outlet === b.outlet || a.articleId === b.articleId || a.id === b.id) return null;
  const [lo, hi] = a.id < b.id ? [a, b] : [b, a];
  // A quotation is compared by its quoted words even against a reported or plain claim: its
  // sentence often carries a second claim ("قال X «...»، مضيفا أنه ...") that is not this one.
  const alignment = alignClaimWordings(lo, hi);
  const bothQuotes = bothQuoted(lo, hi);
  const verdict = classify(lo, hi, alignment, bothQuotes);
  if (!verdict) return null;
  return {
    id: findingId(lo.id, hi.id),
    kind: verdict.kind,
    severity: verdict.severity,
    similarity: Math.round(alignedSimilarity(alignment) * 1000) / 1000,
    explanation: verdict.explanation,
    claim: ref(lo),
    counterpart: ref(hi),
    diff: diffParts(alignment),
    createdAt,
  };
}

/**
 * Inverts a diff's direction: inserts become deletes and vice versa, and each change is put back
 * in the delete-then-insert order that diffParts produces, so inverting twice is the identity.
 */
export function invertDiff(diff: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (let i = 0; i < diff.length; i++) {
    const part = diff[i] as DiffPart;
    const next = diff[i + 1];
    if (part.op === 'delete' && next?.op === 'insert') {
      out.push({ op: 'delete', text: next.text }, { op: 'insert', text: part.text });
      i++;
    } else {
      out.push({ op: part.op === 'equal' ? 'equal' : part.op === 'insert' ? 'delete' : 'insert', text: part.text });
    }
  }
  return out;
}

/**
 * The finding as seen from one article: `claim` belongs to `articleId`. Swapping sides inverts the
 * diff; equal parts keep the spelling of the side the finding was computed from.
 * Returns the finding unchanged when `claim` already belongs to the article (or neither side does).
 */
export function orientFinding(finding: Finding, articleId: string): Finding {
  if (finding.claim.articleId === articleId || finding.counterpart.articleId !== articleId) return finding;
  return { ...finding, claim: finding.counterpart, counterpart: finding.claim, diff: invertDiff(finding.diff) };
}
