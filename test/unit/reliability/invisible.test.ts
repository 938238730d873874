import fc from 'fast-check';
import { analyseArticle } from '../../../shared/analyse';
import { compareClaims } from '../../../shared/matching/compare';
import type { Claim } from '../../../shared/model';
import { INVISIBLE_CHARS, comparisonKey, neutralizeForDisplay } from '../../../shared/text/normalize';

/** Trojan Source bidi controls (CVE-2021-42574), marks, zero-width characters and the BOM (A8, A10 row 14). */
const INVISIBLES = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];
const invisible = fc.constantFrom(...INVISIBLES);

const SPEAKER = 'قال وزير الخارجية سامر الحداد في مؤتمر صحفي إن';
const QUOTE = 'الحوار بين البلدين ما زال ممكنا لكن الثقة بيننا يجري تقويضها الآن';
const article = (quote: string) => `${SPEAKER} «${quote}».`;

const claimsOf = (text: string, articleId: string, outlet: string): Claim[] =>
  analyseArticle(new TextEncoder().encode(text), { key: `${outlet}/a.txt`, contentType: null, metadata: {}, articleId, outlet }).claims;

/** Inserts each invisible character at its position (positions taken modulo the length). */
function inject(text: string, insertions: Array<[number, string]>): string {
  const chars = [...text];
  for (const [at, char] of [...insertions].sort((a, b) => b[0] - a[0])) chars.splice(at % (chars.length + 1), 0, char);
  return chars.join('');
}

const comparable = (claim: Claim) => ({ kind: claim.kind, speakerKey: claim.speakerKey, quote: comparisonKey(claim.quote ?? ''), text: comparisonKey(claim.text), negated: claim.negated });

describe('bidi controls and zero-width characters', () => {
  it('change no claim: the same claims, speakers and comparison keys as the clean text (property)', () => {
    const clean = claimsOf(article(QUOTE), 'a', 'levant-wire').map(comparable);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), invisible), { minLength: 1, maxLength: 12 }), (insertions) => {
        const dirty = claimsOf(inject(article(QUOTE), insertions), 'a', 'levant-wire').map(comparable);
        expect(dirty).toEqual(clean);
      }),
      { seed: 20151126, numRuns: 300 },
    );
  });

  it('still flag the one-word change (تقويضها / تدميرها) and nothing else, wherever they are injected (property)', () => {
    const [left] = claimsOf(article(QUOTE), 'a', 'levant-wire');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), invisible), { minLength: 1, maxLength: 12 }), (insertions) => {
        const [right] = claimsOf(inject(article(QUOTE.replace('تقويضها', 'تدميرها')), insertions), 'b', 'gulf-courier');
        const finding = compareClaims(left as Claim, right as Claim, '2026-11-20T00:00:00.000Z');
        const changed = finding?.diff.filter((part) => part.op !== 'equal').map((part) => comparisonKey(part.text).trim());
        expect([finding?.kind, changed?.sort()]).toEqual(['quote-wording', [comparisonKey('تدميرها'), comparisonKey('تقويضها')].sort()]);
      }),
      { seed: 20151126, numRuns: 300 },
    );
  });

  it('are all removed for display, and removal is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(invisible, fc.string({ unit: 'grapheme', maxLength: 3 }), fc.constantFrom('قال', '«', '»', ' ')), { maxLength: 40 }), (parts) => {
        const shown = neutralizeForDisplay(parts.join(''));
        INVISIBLE_CHARS.lastIndex = 0;
        return shown === neutralizeForDisplay(shown) && INVISIBLES.every((char) => !shown.includes(char)) && !INVISIBLE_CHARS.test(shown);
      }),
      { seed: 20151126, numRuns: 2_000 },
    );
  });
});
