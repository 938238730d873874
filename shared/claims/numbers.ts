/**
 * Quantities in a claim. Matching runs on the comparison form (Arabic-Indic and Eastern digits are
 * already 0-9, ٫ is ".", ٬ is ","), and every fact maps back to the original wording through the
 * offset map. Model names are not quantities: "سو24" (Su-24), "إس 400", "اس-400", "S-400", "F-16".
 */
import type { NumberFact } from '../model';
import { isLetter, matchesAfterBoundary } from '../text/boundary';
import { type NormalizedText, comparisonKey, normalizeForMatching } from '../text/normalize';

const DIGITS = /\d+(?:[.,]\d+)*/gu;
/** Words written before a space and a number in weapon/aircraft designations ("إس 400", "Su 24"). */
const MODEL_WORDS = new Set(['اس', 'سو', 'ميغ', 'ميج', 'اف', 'تي', 'بي', 'ام', 'su', 'mig', 'tu', 'mi', 'ka', 'mh', 'rq', 'mq']);
/** A single glued letter is a clitic, not a model prefix: "و3 آلاف", "ب5". */
const CLITIC = /^[وبلفك]$/u;

/** Tables are written in natural spelling and keyed by comparison form (ئ folds to ي: "مئة" -> "ميه"). */
const folded = (table: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(table).map(([word, value]) => [comparisonKey(word), value]));

const MULTIPLIERS: Record<string, number> = folded({
  ألف: 1e3, آلاف: 1e3, مليون: 1e6, ملايين: 1e6, مليار: 1e9, مليارات: 1e9,
  // Accusative after a figure: "60 مليارا", "30 ألفا".
  ألفا: 1e3, مليونا: 1e6, مليارا: 1e9,
  thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, mille: 1e3, milliard: 1e9, milliards: 1e9,
});

/** Number words (comparison form). ال-prefixed forms are ordinals or names ("قمة العشرين" = G20) and are left out. */
const WORDS: Record<string, number> = folded({
  اثنان: 2, اثنين: 2, ثلاث: 3, ثلاثة: 3, أربع: 4, أربعة: 4, خمس: 5, خمسة: 5, ستة: 6, سبع: 7, سبعة: 7, ثماني: 8, ثمانية: 8,
  تسع: 9, تسعة: 9, عشر: 10, عشرة: 10, عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40,
  خمسون: 50, خمسين: 50, ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
  مئة: 100, مائة: 100, مئتان: 200, مئتين: 200, مائتين: 200, ألف: 1e3, ألفين: 2e3, ألفان: 2e3, مليون: 1e6, مليار: 1e9,
  // Duals ("مليارا دولار" in construct is also a dual, but bare "مليارا" may be an accusative "a billion": left out).
  مليونان: 2e6, مليونين: 2e6, مليوني: 2e6, ملياران: 2e9, مليارين: 2e9, ملياري: 2e9,
  two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1e3,
  million: 1e6, billion: 1e9, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100,
  milliard: 1e9,
});
/**
 * One scan for all number words (optionally with a glued و), instead of a lookup per word of the text. A match
 * must not follow a letter, (?<!\p{L}): checked by matchesAfterBoundary, not by a lookbehind tried at every position.
 */
const WORD_RE = new RegExp(
  `و?(?:${Object.keys(WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}])`,
  'gu',
);
const PERCENT = /^\s?(?:%|(?:في|ب)\s?ال(?:ميه|مايه)|percent|per cent|pour cent|pour-cent)/u;

/** Interprets a digit run: "1,000" and "1.000.000" group thousands, "3.5" and French "3,5" are decimals. */
export function parseDigits(run: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u.test(run)) return Number(run.replace(/,/gu, ''));
  if (/^\d{1,3}(?:\.\d{3}){2,}$/u.test(run)) return Number(run.replace(/\./gu, ''));
  if (/^\d+\.\d+$/u.test(run)) return Number(run);
  if (/^\d+,\d{1,2}$/u.test(run)) return Number(run.replace(',', '.'));
  if (/^\d+$/u.test(run)) return Number(run);
  return null;
}

function isModelName(folded: string, at: number): boolean {
  const before = folded.slice(Math.max(0, at - 8), at);
  const glued = /([\p{L}]+)-?$/u.exec(before);
  if (glued) {
    const letters = glued[1] as string;
    if (CLITIC.test(letters) && !/[\p{L}]$/u.test(before.slice(0, before.length - letters.length))) return false;
    return !/ال$/u.test(letters); // "الـ13" (tatweel dropped) is the article, not a model
  }
  const spaced = /(?:^|[^\p{L}])([\p{L}]+)[\s-]$/u.exec(before);
  return spaced !== null && MODEL_WORDS.has(spaced[1] as string);
}

/**
 * Numbers in `text` (digits in any script, decimals, thousands, percent, multipliers, number words).
 * Offsets are `base` + position in `text`. Spans in `exclude` (dates) are skipped.
 * @example extractNumbers('نزح 3.5 مليون شخص')[0].value === 3_500_000
 */
export function extractNumbers(
  text: string,
  base = 0,
  exclude: ReadonlyArray<{ start: number; end: number }> = [],
  normalized?: NormalizedText,
): NumberFact[] {
  const { text: folded, offsets } = normalized ?? normalizeForMatching(text);
  const facts: NumberFact[] = [];
  let skip = 0;
  const push = (value: number, from: number, to: number): void => {
    const start = base + (offsets[from] as number);
    const end = base + (offsets[to] as number);
    while (skip < exclude.length && (exclude[skip] as { end: number }).end <= start) skip++;
    const next = exclude[skip];
    if (next && start < next.end && end > next.start) return;
    facts.push({ value, text: text.slice(start - base, end - base), start, end });
  };
  for (const m of folded.matchAll(DIGITS)) {
    const run = m[0].replace(/[.,]+$/u, '');
    let value = parseDigits(run);
    if (value === null || isModelName(folded, m.index)) continue;
    let end = m.index + run.length;
    const rest = folded.slice(end, end + 16);
    const multiplier = /^\s?([\p{L}]+)/u.exec(rest);
    const factor = multiplier ? MULTIPLIERS[multiplier[1] as string] : undefined;
    if (multiplier && factor) {
      value *= factor;
      end += multiplier[0].length;
    }
    const percent = PERCENT.exec(folded.slice(end, end + 16));
    if (percent) end += percent[0].length;
    push(value, m.index, end);
  }
  skip = 0; // the pointer into `exclude` restarts: word matches come in a second left-to-right pass
  for (const m of matchesAfterBoundary(folded, WORD_RE, isLetter)) {
    const word = m[0].startsWith('و') && WORDS[m[0].slice(1)] !== undefined ? m[0].slice(1) : m[0];
    const value = WORDS[word];
    if (value === undefined) continue;
    // "ثلاثة آلاف" is one quantity; a multiplier after a number word or digits was consumed above.
    const prevWord = /([\p{L}\d]+)\s$/u.exec(folded.slice(Math.max(0, m.index - 16), m.index))?.[1];
    if (prevWord && MULTIPLIERS[word] !== undefined && (WORDS[prevWord] !== undefined || /\d$/u.test(prevWord))) continue;
    const next = /^\s([\p{L}]+)/u.exec(folded.slice(m.index + m[0].length, m.index + m[0].length + 16));
    const factor = next ? MULTIPLIERS[next[1] as string] : undefined;
    const end = m.index + m[0].length + (factor && next ? next[0].length : 0);
    push(value * (factor ?? 1), m.index, end);
  }
  return facts.sort((a, b) => a.start - b.start);
}
