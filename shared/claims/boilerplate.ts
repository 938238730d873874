/**
 * Text that is part of the page but says nothing: headlines (and the headline repeated in the body),
 * bylines, datelines, source lines, share/comment widgets, section headings. Such lines recur across
 * thousands of articles (design.md, property 4), so they must never become claims.
 */
import { comparisonKey } from '../text/normalize';
import type { Span } from '../text/segment';

/** Whole lines that are page furniture, in any of our three languages. */
const FURNITURE =
  /^(?:related posts?|top|share|comments?|advertisement|read (?:more|also)|lire aussi|à lire aussi|partager|commentaires?|publicité|شارك|مشاركة|تعليق|تعليقات|اقرأ أيضا|اقرأ أيضاً|إعلان|اعلان|المزيد|الرئيسية)$/iu;
/** "المصدر: RT + وكالات", "Source : AFP", "نقلا عن RT". */
const SOURCE_LINE = /^(?:المصدر|مصدر|المصادر|source|sources|crédit|credit|photo)\s*[:：]|^(?:نقلا|نقلاً|نقلًا)\s+عن\s+\S+(?:\s+\S+){0,3}$/iu;
/** "موسكو-سانا", "باريس - أ ف ب", "PARIS (AFP) -" as a line of its own. */
const DATELINE_LINE = /^[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+)?\s*(?:\([^)]{1,20}\))?\s*[-–—/]\s*[\p{L}\p{M}.]+(?:\s[\p{L}\p{M}.]+){0,2}\s*[-–—:]?$/u;
/** A dateline opening the first sentence: "PARIS (AFP) - ", "موسكو (سانا) - ", "باريس - أ ف ب: ". */
const DATELINE_PREFIX = /^[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+)?\s*(?:\([^)]{1,20}\)\s*[-–—:]|[-–—]\s*[\p{L}\p{M}. ]{1,15}\s*[-–—:])\s+/u;
/** A bare place dateline: "بيروت – أعلن ...", "BEIRUT — Syria's ...": one or two words and a spaced en or em dash. */
const PLACE_DATELINE = /^[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+)?\s+[–—]\s+/u;
const BYLINE_LINE = /^(?:بقلم|كتب|كتبت|by|par|written by)\s+\S+(?:\s+\S+){0,3}$/iu;
/** "نصر المجالي: قال بوتين ...": a name of two or three words and a colon before a sentence that stands alone. */
const BYLINE_PREFIX = /^([\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){1,2})\s*:\s+/u;
/** One closing mark or space: the characters text.replace(/["'»”’)\]\s]+$/u, '') would strip from the end. */
const CLOSING_MARK = /^["'»”’)\]\s]$/u;

/**
 * The text without its trailing closing marks and spaces. A loop from the end: the end-anchored regex is tried at
 * every space of the paragraph, and this runs on every paragraph twice.
 */
export function withoutClosingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSING_MARK.test(text[end - 1] as string)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Ends in sentence punctuation (. ! ? ؟ …): a look at the last character, not an end-anchored regex over the text. */
const endsTerminal = (text: string): boolean => text.length > 0 && '.!?؟…'.includes(text[text.length - 1] as string);
/** Ends in a closing quotation mark, trailing white space aside. */
const endsQuoted = (text: string): boolean => {
  const trimmed = text.trimEnd();
  return trimmed.length > 0 && '"»”'.includes(trimmed[trimmed.length - 1] as string);
};

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True for a letter or digit; code-unit ranges first, the Unicode regex only for rare scripts. */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0x0621 && c <= 0x064a) return true;
  if (c >= 0x0660 && c <= 0x0669) return true;
  if ((c >= 0x00c0 && c <= 0x024f) && c !== 0xd7 && c !== 0xf7) return true;
  if (c >= 0x064b && c <= 0x065f) return false; // harakat: marks, not letters
  return WORD_CHAR.test(String.fromCharCode(c));
}

/** Number of words (runs of letters/digits); a scan, not a match array. */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Marks (harakat, tatweel) continue a word rather than break it.
    const part: boolean = isWordChar(c) || (inWord && ((c >= 0x064b && c <= 0x065f) || c === 0x0640 || c === 0x0670));
    if (part && !inWord) count++;
    inWord = part;
  }
  return count;
}

/** Comparison key of a whole line: punctuation and spacing ignored, so a repeated headline matches itself. */
export function lineKey(text: string): string {
  return comparisonKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when the article's paragraphs mostly end in punctuation, so unpunctuated short lines are headings. */
export function isPunctuated(body: string, paragraphs: readonly Span[]): boolean {
  let long = 0;
  let ended = 0;
  for (const p of paragraphs) {
    const text = body.slice(p.start, p.end);
    if (wordCount(text) < 8) continue;
    long++;
    if (endsTerminal(withoutClosingMarks(text)) || endsQuoted(text)) ended++;
  }
  return long > 0 && ended / long >= 0.5;
}

/**
 * Why a whole paragraph is not a source of claims, or null if it may be. `titleKey` is lineKey(title).
 */
export function paragraphBoilerplate(text: string, titleKey: string | null, punctuated: boolean): string | null {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  if (words <= 2) return 'one-word';
  if (titleKey !== null && Math.abs(trimmed.length - titleKey.length) <= titleKey.length / 2 + 8 && lineKey(trimmed) === titleKey) return 'title';
  if (FURNITURE.test(trimmed)) return 'furniture';
  if (SOURCE_LINE.test(trimmed)) return 'source';
  if (BYLINE_LINE.test(trimmed)) return 'byline';
  if (words <= 6 && DATELINE_LINE.test(trimmed)) return 'dateline';
  const bare = withoutClosingMarks(trimmed);
  // A short line without final punctuation in an article that punctuates its paragraphs is a heading.
  if (!endsTerminal(bare) && (words <= 5 || (punctuated && words <= 20))) return 'heading';
  return null;
}

/**
 * Where the claim text of a paragraph's first sentence really starts: after a byline ("نصر المجالي: ")
 * or a dateline ("PARIS (AFP) - ", "بيروت – "), when the rest is a sentence of its own. A dateline left
 * in the claim adds a place only one outlet names.
 * @param early true for the first paragraphs of the article, where bylines and datelines live.
 */
export function leadingFurniture(sentence: string, early: boolean, startsWithReportingVerb: (rest: string) => boolean): number {
  if (!early) return 0;
  const dateline = DATELINE_PREFIX.exec(sentence) ?? PLACE_DATELINE.exec(sentence);
  if (dateline && wordCount(sentence.slice(dateline[0].length)) >= 4) return dateline[0].length;
  const byline = BYLINE_PREFIX.exec(sentence);
  if (byline && startsWithReportingVerb(sentence.slice(byline[0].length))) return byline[0].length;
  return 0;
}

/** A list marker opening a sentence ("1- ", "٢) ", "3. "): not part of the claim, and not a number in it. */
export function listMarkerLength(sentence: string): number {
  return /^\s*(?:[0-9٠-٩۰-۹]{1,3}|[a-z])\s*[-–—.)]\s+/u.exec(sentence)?.[0].length ?? 0;
}
