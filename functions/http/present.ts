import type { Article, Claim, ClaimRef, Finding } from '../../shared/model';

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
