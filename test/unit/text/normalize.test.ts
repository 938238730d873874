import fc from 'fast-check';
import { comparisonKey, forEachWordSpan, normalizeForMatching, tokenize } from '../../../shared/text/normalize';

/** Arabic-heavy strings with harakat, tatweel, hamza forms, digits, invisibles and punctuation. */
const arabicish = fc
  .array(
    fc.constantFrom(
      ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآؤئء'.split(''),
      '\u064B', '\u064E', '\u0651', '\u0640', '\u200C', '\u202E', '٣', '۴', '٫', '،', '«', '»', ' ', 'é', 'A', '\uFEFF',
    ),
    { maxLength: 60 },
  )
  .map((chars) => chars.join(''));

describe('normalisation for matching', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(arabicish, fc.string({ maxLength: 40 })), (text) => comparisonKey(comparisonKey(text)) === comparisonKey(text)),
      { seed: 20151126, numRuns: 2000 },
    );
  });

  it('maps every normalised character back to the original character that produced it', () => {
    fc.assert(
      fc.property(arabicish, (text) => {
        const { text: folded, offsets } = normalizeForMatching(text);
        if (offsets.length !== folded.length + 1 || offsets[folded.length] !== text.length) return false;
        for (let i = 0; i < folded.length; i++) {
          const at = offsets[i] as number;
          if (at < 0 || at >= text.length) return false;
          if (i > 0 && at < (offsets[i - 1] as number)) return false;
          // The original code point at that offset folds to a string containing this character.
          if (!comparisonKey(String.fromCodePoint(text.codePointAt(at) as number)).includes(folded[i] as string)) return false;
        }
        return folded === comparisonKey(text);
      }),
      { seed: 20151126, numRuns: 2000 },
    );
  });

  it('folds the spelling variants outlets use', () => {
    expect(comparisonKey('صوراً')).toBe(comparisonKey('صورا'));
    expect(comparisonKey('أراضيها')).toBe(comparisonKey('اراضيها'));
    expect(comparisonKey('مـصـر')).toBe('مصر');
    expect(comparisonKey('٣٫٥')).toBe('3.5');
  });

  it('keeps original offsets in tokens', () => {
    const text = 'قالَ «نعم»';
    const words = tokenize(text).map((t) => text.slice(t.start, t.end));
    expect(words).toEqual(['قالَ', 'نعم']);
  });

  it('finds the same word spans as the word regex, surrogate pairs and lone surrogates included', () => {
    // Prepare: the pattern tokenize used to run, as the definition of a word.
    const wordRegex = /[\p{L}\p{M}\p{N}\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]+/gu;
    const mixed = fc.oneof(arabicish, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
    fc.assert(
      fc.property(mixed, (text) => {
        // Act
        const spans: Array<[number, number]> = [];
        forEachWordSpan(text, (start, end) => spans.push([start, end]));
        // Assess
        const expected = [...text.matchAll(wordRegex)].map((m): [number, number] => [m.index, m.index + m[0].length]);
        return JSON.stringify(spans) === JSON.stringify(expected);
      }),
      { seed: 20151126, numRuns: 3000 },
    );
  });
});
