/**
 * Evaluation helper: classifies two raw sentences (e.g. a headline pair of the ANS corpus) with the
 * same comparison the pipeline uses. It builds minimal Claims itself, with a deliberately crude
 * number reader that exists only here; the pipeline gets its facts from the claim extractor.
 */
import type { Claim, FindingKind, NumberFact } from '../model';
import { compareClaims } from './compare';
import { matchTokens } from './words';

/** Digit runs only (any script): enough for headlines; the claim extractor also reads number words. */
function crudeNumbers(text: string): NumberFact[] {
  return matchTokens(text)
    .filter((t) => t.number)
    .map((t) => ({ value: Number(t.key), text: t.text, start: t.start, end: t.end }));
}

function sentenceClaim(id: string, outlet: string, text: string): Claim {
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
    numbers: crudeNumbers(text),
    dates: [],
    negated: false,
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
