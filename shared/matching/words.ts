/**
 * Word-level matching keys. On top of normalize.ts (diacritics, hamza on alef, ta marbuta, digits,
 * invisibles), a light Arabic stem key so that clitic and spelling variants compare equal:
 * "وقال"/"قال", "بالذهب"/"الذهب", "سورية"/"سوريا", "مسؤول"/"مسئول", "26 تشرين الثاني"/"26 نونبر".
 * Keys are for matching only; every token keeps its offsets into the original wording.
 */
import { comparisonKey, tokenize } from '../text/normalize';
import {
  AMBIGUOUS_MONTHS,
  ENTITIES_AR,
  HIJRI_MONTHS,
  MONTHS,
  NATIONALITIES_AR,
  NEGATORS,
  OPPOSITES,
  REPORTING_AR,
  STOPWORDS_AR,
  STOPWORDS_EN,
  STOPWORDS_FR,
} from './lexicon';

/** One word (or a merged multi-word month/name) of a claim, ready for comparison. */
export interface MatchToken {
  /** Matching key: equal for spelling variants, different for different words. */
  key: string;
  /** Comparison form before stemming (used to re-join words split by a space: "لو دريان"). */
  raw: string;
  /** Original wording and its offsets in the compared string. */
  text: string;
  start: number;
  end: number;
  /** Function word or reporting verb: a difference here does not change the claim. */
  filler: boolean;
  negator: boolean;
  number: boolean;
  /** A place, person, organisation or currency (gazetteer, or a capitalised Latin word). */
  entity: boolean;
}

// Two-letter words that a conjunction و/ف may precede ("ولم", "فإن"): stripping the conjunction
// must not depend on a length rule there, or "ولم" would never equal "لم".
const SHORT_FUNCTION_WORDS = new Set(['لم', 'لن', 'لا', 'ما', 'قد', 'ان', 'من', 'في', 'هو', 'هي', 'هم', 'لو', 'كي', 'او', 'ام', 'له', 'لي', 'به', 'عن', 'مع', 'اي']);

/** Letters left after stripping must be at least this many, so roots like "بلد", "كتب", "فشل" survive. */
const MIN_STEM = 3;

const ARABIC_LETTERS = /^[\u0621-\u064A]+$/u;
const LATIN_WORD = /^[a-z]+$/;

/**
 * Strips leading clitics (و ف ب ك ل and the article ال, in any order: "وبالـ", "للـ" = ل + ال)
 * while at least MIN_STEM letters remain, then folds final "يه" to "يا" ("سوريه" from سورية =
 * "سوريا"; the ta marbuta is already ه after comparisonKey). Each step only removes a first
 * letter under a rule that depends on what remains, so stem(c + w) === stem(w) whenever c is
 * stripped: "ووزير" and "وزير" get the same key even though "زير" is not itself a word.
 * @example stemKey(comparisonKey('وبالسورية')) === stemKey(comparisonKey('سوريا'))
 */
export function stemKey(key: string): string {
  if (ARABIC_LETTERS.test(key)) return stemArabic(key);
  if (LATIN_WORD.test(key)) return stemLatin(key);
  return key;
}

function stemArabic(word: string): string {
  let w = word;
  for (;;) {
    if (w.startsWith('ال') && w.length - 2 >= MIN_STEM) w = w.slice(2);
    else if ((w[0] === 'و' || w[0] === 'ف') && (w.length - 1 >= MIN_STEM || SHORT_FUNCTION_WORDS.has(w.slice(1)))) w = w.slice(1);
    else if ((w[0] === 'ب' || w[0] === 'ك' || w[0] === 'ل') && w.length - 1 >= MIN_STEM) w = w.slice(1);
    else break;
  }
  // Country and nisba names alternate ة/ا at the end (سورية/سوريا, ليبية/ليبيا); shorter words
  // ending in يه are usually "X + his" (عليه, فيه) and keep their ه.
  if (w.length >= 5 && w.endsWith('يه')) w = `${w.slice(0, -1)}ا`;
  return w;
}

// English/French: plural -s/-es/-ies only; "this", "bus", "class" keep their s.
function stemLatin(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Comparison key of one original word, with the hamza seats ؤ/ئ folded ("مسؤول" = "مسئول"). */
export function rawKey(original: string): string {
  return comparisonKey(original.replace(/[\u0624\u0626]/gu, '\u0621'));
}

/** Matching key of one original word. */
export function wordKey(original: string): string {
  return stemKey(rawKey(original));
}

function keySet(...lists: string[]): Set<string> {
  const set = new Set<string>();
  for (const list of lists) for (const word of list.split(/\s+/u)) if (word) set.add(wordKey(word));
  return set;
}

const FILLER = keySet(STOPWORDS_AR, REPORTING_AR, STOPWORDS_EN, STOPWORDS_FR);
const NEGATOR = keySet(NEGATORS);
const ENTITY = keySet(
  ENTITIES_AR,
  ...NATIONALITIES_AR.split(/\s+/u)
    .filter(Boolean)
    .map((n) => `${n} ${n}ة ${n}ون ${n}ين`),
);
for (const key of NEGATOR) FILLER.delete(key);

/** `opposite.get(key)` is the set of keys of the other direction group. */
const OPPOSITE = new Map<string, Set<string>>();
for (const line of OPPOSITES) {
  const [left = '', right = ''] = line.split('/');
  const a = keySet(left);
  const b = keySet(right);
  for (const k of a) OPPOSITE.set(k, new Set([...(OPPOSITE.get(k) ?? []), ...b]));
  for (const k of b) OPPOSITE.set(k, new Set([...(OPPOSITE.get(k) ?? []), ...a]));
}

/** True when the two keys belong to opposite direction groups ("ارتفاع"/"تراجع", "approve"/"reject"). */
export function areOpposites(a: string, b: string): boolean {
  return OPPOSITE.get(a)?.has(b) ?? false;
}

/** True when the key is in the opposite-direction lexicon at all. */
export function isDirectionWord(key: string): boolean {
  return OPPOSITE.has(key);
}

// Month names -> canonical tokens "m1".."m12" (Gregorian, every convention) and "h1".."h12" (Hijri).
const SINGLE_MONTH = new Map<string, string>();
const DOUBLE_MONTH = new Map<string, string>(); // "firstKey secondKey" -> canonical
function addMonths(names: readonly string[], prefix: string): void {
  names.forEach((line, index) => {
    for (const name of line.split('|')) {
      const words = name.split(' ').map(wordKey);
      if (words.length === 1) SINGLE_MONTH.set(words[0] as string, `${prefix}${index + 1}`);
      else DOUBLE_MONTH.set(words.join(' '), `${prefix}${index + 1}`);
    }
  });
}
addMonths(MONTHS, 'm');
addMonths(HIJRI_MONTHS, 'h');
const AMBIGUOUS = keySet(AMBIGUOUS_MONTHS);

const NUMBER = /^\d+$/;

/** Canonical month token of a key ("نونبر" -> "m11"), or null. */
export function monthToken(key: string): string | null {
  return SINGLE_MONTH.get(key) ?? null;
}

/**
 * Tokens of a claim's wording with matching keys and flags. Month names of every convention
 * become one canonical token ("تشرين الثاني" and "نونبر" -> "m11"), so dates compare equal.
 * @example matchTokens('في 26 تشرين الثاني').map((t) => t.key) // ['في', '26', 'm11']
 */
export function matchTokens(source: string): MatchToken[] {
  const words = tokenize(source).map((t) => {
    const text = source.slice(t.start, t.end);
    const raw = rawKey(text);
    return { raw, key: stemKey(raw), text, start: t.start, end: t.end };
  });
  const out: MatchToken[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as (typeof words)[number];
    const next = words[i + 1];
    const double = next ? DOUBLE_MONTH.get(`${word.key} ${next.key}`) : undefined;
    if (double && next) {
      out.push(month(double, source, word.start, next.end, word.raw + next.raw));
      i++;
      continue;
    }
    const single = SINGLE_MONTH.get(word.key);
    if (single && (!AMBIGUOUS.has(word.key) || nextToNumber(words, i))) {
      out.push(month(single, source, word.start, word.end, word.raw));
      continue;
    }
    out.push(classify(word, /^\p{Lu}/u.test(word.text)));
  }
  return out;
}

function nextToNumber(words: { key: string }[], i: number): boolean {
  const before = words[i - 1]?.key ?? '';
  const after = words[i + 1]?.key ?? '';
  return (NUMBER.test(before) && before.length <= 2) || (NUMBER.test(after) && after.length === 4);
}

function month(key: string, source: string, start: number, end: number, raw: string): MatchToken {
  return { key, raw, text: source.slice(start, end), start, end, filler: false, negator: false, number: false, entity: false };
}

function classify(word: { key: string; raw: string; text: string; start: number; end: number }, capitalised: boolean): MatchToken {
  const { key } = word;
  return {
    key,
    raw: word.raw,
    text: word.text,
    start: word.start,
    end: word.end,
    filler: FILLER.has(key),
    negator: NEGATOR.has(key),
    number: NUMBER.test(key),
    entity: capitalised || ENTITY.has(key),
  };
}

/**
 * Re-joins adjacent words of one side whose concatenation is a single word of the other side
 * ("لو دريان" vs "لودريان", "عبد الله" vs "عبدالله"), so the diff shows no change there.
 * Returns new arrays; the inputs are not modified.
 */
export function joinSplitWords(a: MatchToken[], b: MatchToken[]): [MatchToken[], MatchToken[]] {
  return [joinAgainst(a, b), joinAgainst(b, a)];
}

function joinAgainst(side: MatchToken[], other: MatchToken[]): MatchToken[] {
  const otherKeys = new Set(other.map((t) => t.key));
  const out: MatchToken[] = [];
  for (let i = 0; i < side.length; i++) {
    const first = side[i] as MatchToken;
    const second = side[i + 1];
    if (second && !first.number && !second.number) {
      const joined = stemKey(first.raw + second.raw);
      if (otherKeys.has(joined) && !(otherKeys.has(first.key) && otherKeys.has(second.key))) {
        out.push({
          ...first,
          key: joined,
          raw: first.raw + second.raw,
          text: `${first.text}${' '.repeat(second.start - first.end > 0 ? 1 : 0)}${second.text}`,
          end: second.end,
          filler: false,
          entity: first.entity || second.entity,
        });
        i++;
        continue;
      }
    }
    out.push(first);
  }
  return out;
}
