/**
 * Word-boundary scanning for the fact patterns (dates, number words). Those patterns open with a lookbehind such
 * as (?<![\p{L}\p{N}]) so that "اب" (August) is not found inside "كتاب"; V8 evaluates that lookbehind at every
 * position of the text before the rest of the pattern can reject it, which made each date pattern about three
 * times slower on a 1,000-word article than the same pattern without it. Here the pattern runs without the
 * lookbehind and the boundary is checked only where the rest matched: the same matches, in the same order.
 */

/** A set of code points, e.g. letters and numbers. */
export type CodePointClass = (codePoint: number) => boolean;

/** A class from a one-code-point pattern, answered from a table filled on first sight (64 KB for the BMP). */
function classOf(pattern: RegExp): CodePointClass {
  const bmp = new Uint8Array(0x10000); // 0 unknown, 1 in, 2 out
  return (codePoint) => {
    if (codePoint >= 0x10000) return pattern.test(String.fromCodePoint(codePoint));
    let cls = bmp[codePoint] as number;
    if (cls === 0) {
      cls = pattern.test(String.fromCharCode(codePoint)) ? 1 : 2;
      bmp[codePoint] = cls;
    }
    return cls === 1;
  };
}

/** [\p{L}\p{N}] */
export const isLetterOrNumber: CodePointClass = classOf(/^[\p{L}\p{N}]$/u);
/** \p{L} */
export const isLetter: CodePointClass = classOf(/^\p{L}$/u);

/** The code point ending at `index` as a /u lookbehind reads it (a surrogate pair is one code point), or -1 at the start. */
function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const unit = text.charCodeAt(index - 1);
  if (unit >= 0xdc00 && unit <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (unit - 0xdc00) + 0x10000;
  }
  return unit;
}

/**
 * The matches of `(?<![C])` + finder's pattern (flags g and u), where C is `notAfter`: what `text.matchAll` gives for
 * the pattern with its lookbehind. A match of `finder` right after a code point of C is not one; the search then
 * resumes one code point further on, as the engine would after failing at that position. `finder` must have the
 * g and u flags and never match the empty string.
 */
export function matchesAfterBoundary(text: string, finder: RegExp, notAfter: CodePointClass): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  finder.lastIndex = 0;
  for (let m = finder.exec(text); m !== null; m = finder.exec(text)) {
    const before = codePointBefore(text, m.index);
    if (before < 0 || !notAfter(before)) out.push(m);
    else finder.lastIndex = m.index + ((text.codePointAt(m.index) as number) > 0xffff ? 2 : 1);
  }
  return out;
}
