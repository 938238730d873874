import fc from 'fast-check';
import { isLetter, isLetterOrNumber, matchesAfterBoundary } from '../../../shared/text/boundary';

/** Words and pieces that make boundaries interesting: month names inside longer words, glued clitics, digits, astral letters. */
const pieces = fc.constantFrom('اب', 'كتاب', 'الاب', 'نونبر', 'و', 'ب', 'ثلاث', 'وثلاث', 'ثلاثه', '26', '٢٦', 'may', 'mayor', 'x', '𝐀', '\u{1D7D9}', '\uD800', '-', '.', ' ', ' ', '\n');
const texts = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));

describe('matching after a word boundary', () => {
  it.each([
    ['letters and numbers', '(?<![\\p{L}\\p{N}])', isLetterOrNumber],
    ['letters', '(?<![\\p{L}])', isLetter],
  ] as const)('gives the matches of the pattern with a leading lookbehind on %s', (_name, lookbehind, notAfter) => {
    // Prepare: the same pattern with and without its lookbehind.
    const body = '(?:اب|نونبر|و?ثلاث|\\d{1,2}|may)(?![\\p{L}])';
    const withLookbehind = new RegExp(`${lookbehind}${body}`, 'gu');
    const finder = new RegExp(body, 'gu');
    fc.assert(
      fc.property(texts, (text) => {
        // Act
        const found = matchesAfterBoundary(text, finder, notAfter).map((m) => [m.index, m[0]]);
        // Assess
        const expected = [...text.matchAll(withLookbehind)].map((m) => [m.index, m[0]]);
        return JSON.stringify(found) === JSON.stringify(expected);
      }),
      { seed: 20151126, numRuns: 3000 },
    );
  });

  it('does not find a month name inside a longer word', () => {
    // Prepare
    const finder = /اب/gu;
    // Act
    const found = matchesAfterBoundary('قرأ الكتاب في آب اب', finder, isLetterOrNumber).map((m) => m.index);
    // Assess: only the free-standing "اب" at the end, not the one ending "الكتاب".
    expect(found).toEqual(['قرأ الكتاب في آب '.length]);
  });
});
