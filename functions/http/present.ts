import type { Article, Claim, ClaimRef, DiffPart, Finding } from '../../shared/model';

/**
 * Explicit projections onto the documented shapes (docs/openapi.json): whatever else a store row carries
 * (keys, signatures, index attributes) never reaches a client.
 */
export function presentArticle(article: Article): Article {
  return {
    id: article.id,
    bucket: article.bucket,
    key: article.key,
    outlet: article.outlet,
    title: article.title,
    url: article.url,
    language: article.language,
    publishedAt: article.publishedAt,
    status: article.status,
    error: article.error,
    errorCode: article.errorCode,
    claimCount: article.claimCount,
    ingestedAt: article.ingestedAt,
    sequencer: article.sequencer,
  };
}

export type ClaimView = Omit<Claim, 'articleId' | 'outlet'>;

export function presentClaim(claim: Claim): ClaimView {
  return {
    id: claim.id,
    kind: claim.kind,
    text: claim.text,
    quote: claim.quote,
    speaker: claim.speaker,
    speakerKey: claim.speakerKey,
    start: claim.start,
    end: claim.end,
    numbers: claim.numbers.map(({ value, text, start, end }) => ({ value, text, start, end })),
    dates: claim.dates.map(({ year, month, day, text, start, end }) => ({ year, month, day, text, start, end })),
    negated: claim.negated,
  };
}

function presentRef(ref: ClaimRef): ClaimRef {
  return {
    claimId: ref.claimId,
    articleId: ref.articleId,
    outlet: ref.outlet,
    text: ref.text,
    quote: ref.quote,
    speaker: ref.speaker,
  };
}

export function presentFinding(finding: Finding): Finding {
  return {
    id: finding.id,
    kind: finding.kind,
    severity: finding.severity,
    similarity: finding.similarity,
    explanation: finding.explanation,
    claim: presentRef(finding.claim),
    counterpart: presentRef(finding.counterpart),
    diff: finding.diff.map(({ op, text }) => ({ op, text })),
    createdAt: finding.createdAt,
  };
}

const INVERSE_OP: Readonly<Record<DiffPart['op'], DiffPart['op']>> = { equal: 'equal', insert: 'delete', delete: 'insert' };

/**
 * A finding seen from `articleId`'s side: that article's claim becomes `claim`, and the diff is
 * inverted (what the other outlet added is what this one lacks). Stored findings keep the lower
 * claim id as `claim` so both ingests write the same item; the report turns it round per article.
 */
export function orientFinding(finding: Finding, articleId: string): Finding {
  if (finding.claim.articleId === articleId || finding.counterpart.articleId !== articleId) return finding;
  return {
    ...finding,
    claim: finding.counterpart,
    counterpart: finding.claim,
    diff: finding.diff.map((part) => ({ op: INVERSE_OP[part.op], text: part.text })),
  };
}
