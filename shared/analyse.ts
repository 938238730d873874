/**
 * The one entry point the ingest pipeline calls: bytes -> decoded text -> ArticleText -> claims.
 * Pure and linear in the article's length (every stage is a left-to-right scan).
 */
import { type ClaimContext, extractClaims } from './claims/extract';
import type { ArticleText, Claim } from './model';
import { type TextEncodingName, decodeArticle } from './text/decode';
import { type ArticleSource, extractArticleText } from './text/extract';

export interface AnalyseSource extends ArticleSource, ClaimContext {}

export interface AnalysedArticle {
  doc: ArticleText;
  claims: Claim[];
  encoding: TextEncodingName;
}

/**
 * Analyses one uploaded article.
 * @throws ArticleRejectedError when the article is empty, binary, undecodable, malformed, too deep or unsafe.
 */
export function analyseArticle(bytes: Uint8Array, source: AnalyseSource): AnalysedArticle {
  const { text, encoding } = decodeArticle(bytes, source.contentType);
  const doc = extractArticleText(text, source);
  const claims = extractClaims(doc, { articleId: source.articleId, outlet: source.outlet });
  return { doc, claims, encoding };
}
