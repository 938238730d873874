import { extractClaims } from '../../../shared/claims/extract';
import type { ArticleText, Claim } from '../../../shared/model';

/** An ArticleText around a body written for the test. */
export function docOf(body: string, extra: Partial<ArticleText> = {}): ArticleText {
  return { title: null, body, language: 'ar', publishedAt: null, url: null, byline: null, ...extra };
}

export function claimsOf(body: string, extra: Partial<ArticleText> = {}): Claim[] {
  return extractClaims(docOf(body, extra), { articleId: 'art-1', outlet: 'test-outlet' });
}

export const quotes = (claims: Claim[]): Claim[] => claims.filter((c) => c.kind === 'quote');
