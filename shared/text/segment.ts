/**
 * Body -> paragraphs -> quotation spans -> sentences, all as offsets into the body. Linear time:
 * every pass is a left-to-right scan of one paragraph (Intl.Segmenter's word mode is super-linear on
 * long inputs, and its sentence mode splits inside quotations and after "د.").
 */
import { isAttributionCue } from '../claims/lexicon';
import { comparisonKey } from './normalize';

export interface Span {
  start: number;
  end: number;
}

/** A quotation: `open`/`close` are the mark positions; `close` is -1 when the quotation was never closed. */
export interface QuoteSpan {
  open: number;
  close: number;
  /** Quoted words, marks and surrounding spaces excluded. */
  contentStart: number;
  contentEnd: number;
  /** Nesting level: 0 for a top-level quotation, 1 for a quoted name inside it ("... لمواجهة "داعش"."). */
  depth: number;
  mark: string;
}

export interface Paragraph extends Span {
  sentences: Span[];
  /** All quotations of the paragraph in order of their opening mark, nested ones included. */
  quotes: QuoteSpan[];
}

/** Paragraphs are separated by blank lines (extract.ts guarantees this shape). */
export function splitParagraphs(body: string): Span[] {
  const spans: Span[] = [];
  const separator = /\n[ \t\u00A0]*\n\s*/gu;
  let start = 0;
  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && /\s/u.test(body[s] as string)) s++;
    while (e > s && /\s/u.test(body[e - 1] as string)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (const match of body.matchAll(separator)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, body.length);
  return spans;
}

// ---------------------------------------------------------------- quotations

const MAX_NESTING = 4;

type Family = 'guillemet' | 'reversed' | 'single-guillemet' | 'curly' | 'low' | 'ascii' | 'single';

interface Open {
  family: Family;
  index: number;
  depth: number;
}

const SPACE = /[\s\u00A0\u202F]/u;
/** Punctuation that can follow a closing mark but never starts quoted words. */
const AFTER_CLOSE = /[.,،؛;:!?؟…)\]}\-–—]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

function flanks(text: string, i: number): { canOpen: boolean; canClose: boolean } {
  const prev = text[i - 1];
  const next = text[i + 1];
  const prevSpace = prev === undefined || SPACE.test(prev) || /[([{:«“]/u.test(prev);
  const nextSpace = next === undefined || SPACE.test(next);
  const nextCloser = next !== undefined && AFTER_CLOSE.test(next);
  return {
    canOpen: !nextSpace && !nextCloser && prevSpace,
    canClose: nextSpace || nextCloser ? !prevSpace || nextCloser || next === undefined : false,
  };
}

/**
 * An opener of the same family arrives while one is still open. If an attribution cue stands just
 * before it ("... إلى تركيا، مضيفاً «لا نرى ...»"), the first quotation was never closed: it ends at the
 * clause break before the cue. Otherwise the new mark nests ("... لمواجهة "داعش"").
 */
function recoveryBreak(text: string, from: number, mark: number): number {
  const window = text.slice(Math.max(from, mark - 60), mark);
  const breakAt = Math.max(window.lastIndexOf('،'), window.lastIndexOf(','), window.lastIndexOf('؛'), window.lastIndexOf(':'));
  if (breakAt < 0) return -1;
  const words = window.slice(breakAt + 1).trim().split(/\s+/u).filter(Boolean);
  const colon = window[breakAt] === ':';
  if (words.length > 3 || (!colon && !words.some((w) => isAttributionCue(comparisonKey(w))))) return -1;
  return Math.max(from, mark - 60) + breakAt;
}

function trimSpan(text: string, start: number, end: number, trailing: RegExp): Span {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text[s] as string)) s++;
  while (e > s && trailing.test(text[e - 1] as string)) e--;
  return { start: s, end: e };
}

/**
 * Finds quotation spans in `text[start, end)`. Handles « », ‹ ›, “ ”, „ “, ‘ ’ and ASCII " (whose
 * direction is read from its neighbours), nested same-mark quotes, French spaced guillemets,
 * Arabic typists' reversed »...«, and unclosed openers (closed at a later cue or the paragraph end).
 */
export function findQuotations(text: string, start = 0, end = text.length): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  const stack: Open[] = [];
  const close = (entry: Open, closeAt: number, closed: boolean): void => {
    const content = trimSpan(text, entry.index + 1, closeAt, closed ? SPACE : /[\s.,،؛;:!?؟…]/u);
    found.push({
      open: entry.index,
      close: closed ? closeAt : -1,
      contentStart: content.start,
      contentEnd: content.end,
      depth: entry.depth,
      mark: text[entry.index] as string,
    });
  };
  const closeFamily = (family: Family, at: number): boolean => {
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k]?.family !== family) continue;
      // Anything opened inside and left open ends here with it.
      while (stack.length > k + 1) close(stack.pop() as Open, at, false);
      close(stack.pop() as Open, at, true);
      return true;
    }
    return false;
  };
  const open = (family: Family, at: number): void => {
    // Real quotations nest two or three deep; a longer chain is stray marks and must not cost time.
    if (stack.length >= MAX_NESTING) return;
    const same = stack.findLast((entry) => entry.family === family);
    if (same && family !== 'single') {
      const breakAt = recoveryBreak(text, same.index + 1, at);
      if (breakAt >= 0) {
        while (stack.length > 0 && stack[stack.length - 1] !== same) close(stack.pop() as Open, breakAt, false);
        stack.pop();
        close(same, breakAt, false);
      }
    }
    stack.push({ family, index: at, depth: stack.length });
  };
  const isOpen = (family: Family): boolean => stack.some((entry) => entry.family === family);

  for (let i = start; i < end; i++) {
    const c = text[i];
    switch (c) {
      case '«':
        if (!(isOpen('reversed') && flanks(text, i).canClose && closeFamily('reversed', i))) open('guillemet', i);
        break;
      case '»':
        if (!closeFamily('guillemet', i) && flanks(text, i).canOpen) open('reversed', i);
        break;
      case '‹':
        open('single-guillemet', i);
        break;
      case '›':
        closeFamily('single-guillemet', i);
        break;
      case '„':
        open('low', i);
        break;
      case '“': {
        if (isOpen('low')) closeFamily('low', i);
        else {
          const { canOpen, canClose } = flanks(text, i);
          // Some outlets type “ at both ends (“نص“).
          if (isOpen('curly') && canClose && !canOpen) closeFamily('curly', i);
          else open('curly', i);
        }
        break;
      }
      case '”': {
        if (!closeFamily('curly', i) && !closeFamily('low', i)) {
          const { canOpen, canClose } = flanks(text, i);
          if (canOpen && !canClose) open('curly', i); // ”نص” style
        }
        break;
      }
      case '"': {
        const { canOpen, canClose } = flanks(text, i);
        if (isOpen('ascii')) {
          if (canOpen && !canClose) open('ascii', i);
          else closeFamily('ascii', i);
        } else if (canOpen || !canClose) open('ascii', i);
        break;
      }
      case '‘':
        if (flanks(text, i).canOpen) open('single', i);
        break;
      case '’': {
        // Also the apostrophe ("l’armée", "Putin’s"): only a mark if a ‘ is open and no letter follows.
        const next = text[i + 1];
        if (isOpen('single') && (next === undefined || !LETTER_OR_DIGIT.test(next))) closeFamily('single', i);
        break;
      }
      default:
        break;
    }
  }
  while (stack.length > 0) close(stack.pop() as Open, end, false);
  return found.sort((a, b) => a.open - b.open);
}

// ---------------------------------------------------------------- sentences


const TERMINATORS = /[.!?؟…]+/gu;
/** Abbreviations that end in a period without ending the sentence (Latin, lower-cased). */
const ABBREVIATIONS = new Set(
  'dr mr mrs ms prof st gen col lt sgt jr sr vs etc mm mme mlle pr me no nr fig approx dept inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
const CLOSERS = /["'”’»›)\]}]/u;

function isAbbreviation(text: string, from: number, dot: number): boolean {
  let s = dot;
  const limit = Math.max(from, dot - 16);
  while (s > limit && /[\p{L}\p{M}.]/u.test(text[s - 1] as string)) s--;
  const word = text.slice(s, dot);
  // One Arabic or Latin letter before the period is an abbreviation or initial ("د. أحمد", "J. Smith").
  if (/^[\p{L}][\p{M}]*$/u.test(word)) return true;
  // "U.S.", "أ.ف.ب."
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Sentences of one paragraph. A terminator (. ! ? ؟ …) ends a sentence only outside quotations,
 * when followed by white space, and not after an abbreviation, a list number ("1.") or a lead-in
 * "..": wire copy writes "وأضاف لافروف.. “...”" where ".." introduces the quotation.
 */
export function splitSentences(text: string, paragraph: Span, quotes: readonly QuoteSpan[] = []): Span[] {
  // An unclosed quotation protects its recovered extent (to the cue that ended it, or the paragraph end).
  const protectedSpans = quotes.filter((q) => q.depth === 0).map((q) => ({ start: q.open, end: q.close < 0 ? q.contentEnd : q.close }));
  const sentences: Span[] = [];
  let sentenceStart = paragraph.start;
  let q = 0;
  const pushUpTo = (end: number): void => {
    const span = trimSpan(text, sentenceStart, end, SPACE);
    if (span.end > span.start) sentences.push(span);
    sentenceStart = end;
  };
  const candidates: Array<{ index: number; run: string }> = [];
  const slice = text.slice(paragraph.start, paragraph.end);
  for (const m of slice.matchAll(TERMINATORS)) candidates.push({ index: paragraph.start + m.index, run: m[0] });
  // A quotation that closes right after a terminator ends the sentence too: «... الآن.» وقال ...
  for (const span of protectedSpans) {
    if (span.end >= paragraph.end) continue;
    let k = span.end - 1;
    while (k > span.start && SPACE.test(text[k] as string)) k--;
    if (/[.!?؟…]/u.test(text[k] as string)) candidates.push({ index: span.end, run: '' });
  }
  candidates.sort((a, b) => a.index - b.index);

  let lastLetter = -1;
  let scanned = paragraph.start;
  for (const { index, run } of candidates) {
    if (index < sentenceStart) continue;
    while (q < protectedSpans.length && (protectedSpans[q] as Span).end <= index) q++;
    const guard = protectedSpans[q];
    if (guard && guard.start < index) continue; // inside a quotation
    for (; scanned < index; scanned++) if (isLetter(text.charCodeAt(scanned))) lastLetter = scanned;
    let after = index + Math.max(run.length, 1);
    while (after < paragraph.end && CLOSERS.test(text[after] as string) && !isOpeningAscii(text, after)) after++;
    if (after < paragraph.end && !SPACE.test(text[after] as string)) continue; // 3.5, RT.com, U.S.A
    // "1." list numbers and a leading ".." have no words before them.
    if (lastLetter < sentenceStart) continue;
    if (run === '.' && isAbbreviation(text, sentenceStart, index)) continue;
    const nextChar = nextNonSpace(text, after, paragraph.end);
    if (run === '..') continue;
    if (run.length > 1 && run !== '?!' && nextChar !== undefined && /["«“„]/u.test(nextChar)) continue;
    if (nextChar !== undefined && /[\p{Ll},،]/u.test(nextChar)) continue; // "e.g. this", "approx. 5"
    pushUpTo(after);
  }
  pushUpTo(paragraph.end);
  return sentences;
}

/** Letter test by code-unit ranges (Latin, Latin-1, Arabic), the Unicode regex only for other scripts. */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0x0621 && c <= 0x064a) return true;
  if (c >= 0x00c0 && c <= 0x024f) return c !== 0xd7 && c !== 0xf7;
  if (c < 0x0621 || (c >= 0x064b && c <= 0x06ff) || (c >= 0x2000 && c <= 0x206f)) return false;
  return LETTER.test(String.fromCharCode(c));
}

function isOpeningAscii(text: string, i: number): boolean {
  return text[i] === '"' && flanks(text, i).canOpen;
}

function nextNonSpace(text: string, from: number, end: number): string | undefined {
  for (let i = from; i < end; i++) if (!SPACE.test(text[i] as string)) return text[i];
  return undefined;
}

/**
 * Segments a body into paragraphs, their quotations and their sentences (offsets into `body`).
 * Sentences never split inside a quotation, so a four-sentence quote stays in one sentence.
 * @example segment('قال: «نعم. لا.» ثم غادر.').at(0)?.sentences.length === 2
 */
export function segment(body: string): Paragraph[] {
  return splitParagraphs(body).map((span) => {
    const quotes = findQuotations(body, span.start, span.end);
    return { ...span, quotes, sentences: splitSentences(body, span, quotes) };
  });
}
