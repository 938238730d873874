/**
 * Evaluation helper: classifies two raw sentences (e.g. a headline pair of the ANS corpus) with the
 * same comparison the pipeline uses. A headline pair is already a claim pair, so article segmentation
 * and speaker resolution are skipped; the claims' facts (numbers, dates, polarity) come from the same
 * readers the claim extractor uses.
 */
import { extractDates } from '../claims/dates';
import { isNegated } from '../claims/negation';
import { extractNumbers } from '../claims/numbers';
import type { Claim, FindingKind } from '../model';
import { normalizeForMatching } from '../text/normalize';
import { compareClaims } from './compare';

/** A statement claim of one outlet, with its facts read as the extractor reads them. */
export function sentenceClaim(id: string, outlet: string, text: string, publishedAt: string | null = null): Claim {
  const normalized = normalizeForMatching(text);
  const dates = extractDates(text, 0, publishedAt, normalized);
  return {
    id: `${id}#0001`,
    articleId: id,
    outlet,
    kind: 'statement',
    text,
    quote: null,
    speaker: null,
    speakerKey: null,
    start: 0,
    end: text.length,
    numbers: extractNumbers(text, 0, dates, normalized),
    dates,
    negated: isNegated(text),
  };
}

/**
 * The finding kind compareClaims gives two sentences treated as statements from two outlets, or
 * null when it judges them not to be the same claim.
 * @example classifyPair('ارتفاع أسعار الذهب', 'تراجع أسعار الذهب') // 'negation'
 */
export function classifyPair(textA: string, textB: string): FindingKind | null {
  const a = sentenceClaim('eval-a', 'outlet-a', textA);
  const b = sentenceClaim('eval-b', 'outlet-b', textB);
  return compareClaims(a, b, '1970-01-01T00:00:00.000Z')?.kind ?? null;
}
