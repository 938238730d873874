/**
 * Word-level matching keys. On top of normalize.ts (diacritics, hamza on alef, ta marbuta, digits,
 * invisibles), a light Arabic stem key so that clitic and spelling variants compare equal:
 * "وقال"/"قال", "بالذهب"/"الذهب", "سورية"/"سوريا", "مسؤول"/"مسئول", "26 تشرين الثاني"/"26 نونبر".
 * Keys are for matching only; every token keeps its offsets into the original wording.
 */
import { codePointTest, comparisonKey, forEachWordSpan } from '../text/normalize';
import {
  AMBIGUOUS_MONTHS,
  ENTITIES_AR,
  ENTITIES_LATIN,
  ENTITY_PHRASES,
  FRAMING_WORDS,
  HIJRI_MONTHS,
  LEADER_COUNTRY,
  MONTHS,
  NEGATOR_PARTICLES,
  NEGATORS,
  NUMBER_WORDS,
  REPORTING_AR,
  STOPWORDS_AR,
  TITLE_WORDS,
  STOPWORDS_EN,
  STOPWORDS_FR,
} from './lexicon';
import { OPPOSITES } from './opposites';

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
  /** Which referent the entity names: one id for "مصر", "مصرية" and "القاهرة"; null for other words. */
  entityId: string | null;
}

// Two-letter words that a conjunction و/ف may precede ("ولم", "فإن"): stripping the conjunction
// must not depend on a length rule there, or "ولم" would never equal "لم".
const SHORT_FUNCTION_WORDS = new Set(['لم', 'لن', 'لا', 'ما', 'قد', 'ان', 'من', 'في', 'هو', 'هي', 'هم', 'لو', 'كي', 'او', 'ام', 'له', 'لي', 'به', 'عن', 'مع', 'اي']);

/** Letters left after stripping must be at least this many, so roots like "بلد", "كتب", "فشل" survive. */
const MIN_STEM = 3;

/** True for a non-empty key whose code units all lie in [from, to]: a loop, as stemKey runs once per word of every claim. */
function allCodeUnitsIn(key: string, from: number, to: number): boolean {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < from || c > to) return false;
  }
  return true;
}

/** Arabic letters only (U+0621-U+064A). */
function isArabicLetters(key: string): boolean {
  return allCodeUnitsIn(key, 0x0621, 0x064a);
}

/** a-z only. */
function isLatinWord(key: string): boolean {
  return allCodeUnitsIn(key, 0x61, 0x7a);
}

/**
 * Strips leading clitics (و ف ب ك ل and the article ال, in any order: "وبالـ", "للـ" = ل + ال)
 * while at least MIN_STEM letters remain, then folds final "يه" to "يا" ("سوريه" from سورية =
 * "سوريا"; the ta marbuta is already ه after comparisonKey). Each step only removes a first
 * letter under a rule that depends on what remains, so stem(c + w) === stem(w) whenever c is
 * stripped: "ووزير" and "وزير" get the same key even though "زير" is not itself a word.
 * @example stemKey(comparisonKey('وبالسورية')) === stemKey(comparisonKey('سوريا'))
 */
export function stemKey(key: string): string {
  if (isArabicLetters(key)) return stemArabic(key);
  if (isLatinWord(key)) return stemLatin(key);
  return key;
}

function stemArabic(word: string): string {
  let w = word;
  let stripped = 0;
  for (;;) {
    // A known name stops the stripping: "بوتين" is not ب + "وتين", "لبنان" not ل + "بنان", and
    // "لبوتين" = ل + "بوتين".
    if (PROTECTED.has(w)) break;
    let next: string | null = null;
    if (w.startsWith('ال') && w.length - 2 >= MIN_STEM) next = w.slice(2);
    else if ((w[0] === 'و' || w[0] === 'ف') && (w.length - 1 >= MIN_STEM || SHORT_FUNCTION_WORDS.has(w.slice(1)))) next = w.slice(1);
    else if ((w[0] === 'ب' || w[0] === 'ك' || w[0] === 'ل') && w.length - 1 >= MIN_STEM) next = w.slice(1);
    // Two clitics and then a function word is a content word misread ("كلبين" is not ك + ل + "بين",
    // "الكحول" not ال + ك + "حول"); one clitic before a function word is real ("لهذا", "وبين").
    if (next === null || (stripped >= 1 && STOP_RAW.has(next))) break;
    w = next;
    stripped++;
  }
  // Country and nisba names alternate ة/ا at the end (سورية/سوريا, ليبية/ليبيا); shorter words
  // ending in يه are usually "X + his" (عليه, فيه) and keep their ه.
  if (w.length >= 5 && w.endsWith('يه')) w = `${w.slice(0, -1)}ا`;
  return w;
}

/** Comparison forms of the gazetteer's names (with and without the article, with nisba endings): never stripped further. */
const PROTECTED = new Set<string>();
/** Comparison forms of the Arabic function words. */
const STOP_RAW = new Set<string>();

// English/French: plural -s/-es/-ies only; "this", "bus", "class" keep their s.
function stemLatin(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Comparison key of one original word, with the hamza seats ؤ/ئ folded ("مسؤول" = "مسئول"). */
export function rawKey(original: string): string {
  // Most words have neither seat, and a global replace allocates a new string even when nothing matches.
  if (original.indexOf('\u0624') < 0 && original.indexOf('\u0626') < 0) return comparisonKey(original);
  return comparisonKey(original.replace(/[\u0624\u0626]/gu, '\u0621'));
}

for (const line of ENTITIES_AR) {
  for (const name of line.split(/\s+/u).filter(Boolean)) {
    const forms = name.endsWith('ي') ? [name, `${name}ة`, `${name}ون`, `${name}ين`] : [name];
    for (const form of forms) {
      const raw = rawKey(form);
      PROTECTED.add(raw);
      if (raw.startsWith('ال') && raw.length > 4) PROTECTED.add(raw.slice(2));
    }
  }
}
for (const word of STOPWORDS_AR.split(/\s+/u)) if (word) STOP_RAW.add(rawKey(word));

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
const PARTICLE = new Set(NEGATOR_PARTICLES.split(/\s+/u).filter(Boolean).map(rawKey));

/** A negation particle as written, alone or after a conjunction and a preposition ("ولا", "بعدم", "وبدون"). */
function isNegatorParticle(raw: string): boolean {
  if (PARTICLE.has(raw)) return true;
  let rest = raw;
  if (rest.length > 2 && (rest[0] === 'و' || rest[0] === 'ف')) {
    rest = rest.slice(1);
    if (PARTICLE.has(rest)) return true;
  }
  return rest.length > 2 && (rest[0] === 'ب' || rest[0] === 'ل' || rest[0] === 'ك') && PARTICLE.has(rest.slice(1));
}
/** Gazetteer key -> referent id (the first word of its line), with feminine and plural forms of nisba adjectives. */
const ENTITY = new Map<string, string>();
for (const line of [...ENTITIES_AR, ...ENTITIES_LATIN]) {
  const names = line.split(/\s+/u).filter(Boolean);
  const id = wordKey(names[0] as string);
  for (const name of names) {
    const forms = name.endsWith('ي') ? [name, `${name}ة`, `${name}ون`, `${name}ين`] : [name];
    for (const form of forms) {
      if (!ENTITY.has(wordKey(form))) ENTITY.set(wordKey(form), id);
      // "للدولار", "بالذهب": ل/ب + ال is stripped down to the protected name without its article, a key of its own.
      const raw = rawKey(form);
      if (raw.startsWith('ال') && PROTECTED.has(raw.slice(2)) && !ENTITY.has(raw.slice(2))) ENTITY.set(raw.slice(2), id);
    }
  }
}
for (const key of [...NEGATOR, ...[...PARTICLE].map(stemKey)]) FILLER.delete(key);

const TITLE = keySet(TITLE_WORDS);
const FRAMING = keySet(FRAMING_WORDS);

/** The tokens with headline framing words ("تعرف على", "لمحة عن", "حكاية") made function words, for comparing statements. */
export function withFramingAsFiller(tokens: MatchToken[]): MatchToken[] {
  return tokens.map((t) => (!t.filler && FRAMING.has(t.key) ? { ...t, filler: true } : t));
}

const COUNTRY_OF_LEADER = new Map(
  LEADER_COUNTRY.map((line) => {
    const [leader, country] = line.trim().split(/\s+/u).map(wordKey) as [string, string];
    return [ENTITY.get(leader) ?? leader, ENTITY.get(country) ?? country];
  }),
);

/** The referent a head of state or government stands for in a headline ("ترامب" -> the United States), or null. */
export function countryOfLeader(entityId: string | null): string | null {
  return entityId === null ? null : (COUNTRY_OF_LEADER.get(entityId) ?? null);
}

/** True for words that say who a sentence is about (names, titles), not what it claims. */
export function isTopicWord(token: MatchToken): boolean {
  return token.entityId !== null || TITLE.has(token.key);
}

/** Number word key -> its value as a token key ("خامسة" -> "5", "مليون" -> "1e6"). */
const NUMBER_WORD = new Map<string, string>();
for (const line of NUMBER_WORDS) {
  const [value = '', names = ''] = line.split(':');
  for (const key of keySet(names)) if (!NUMBER_WORD.has(key) && !FILLER.has(key)) NUMBER_WORD.set(key, value);
}

/** Direction groups: DIRECTION.get(key) lists [line, side] for every OPPOSITES line the word appears in. */
const DIRECTION = new Map<string, [number, 0 | 1][]>();
OPPOSITES.forEach((line, index) => {
  line.split('/').forEach((half, side) => {
    for (const key of keySet(half)) DIRECTION.set(key, [...(DIRECTION.get(key) ?? []), [index, side as 0 | 1]]);
  });
});

/** The direction groups ("line:side") a word belongs to, e.g. "ارتفاع" -> ["0:0"], "تراجع" -> ["0:1"]. */
export function directionOf(key: string): string[] {
  const entry = lexiconForms(key)
    .map((form) => DIRECTION.get(form))
    .find((e) => e !== undefined);
  return (entry ?? []).map(([line, side]) => `${line}:${side}`);
}

// Pronoun, case and verb endings the light stem keeps ("سقوطه", "انخفاضا", "رفضها", "منعت"): lexicon lookups
// also try the word without them, as long as three letters remain.
const LEXICON_SUFFIXES = ['هما', 'هم', 'ها', 'ه', 'ا', 'ات', 'ت', 'وا', 'ون', 'ين'];

/** The key and its forms without one pronoun/case ending, for looking words up in the small lexicons. */
export function lexiconForms(key: string): string[] {
  const forms = [key];
  for (const suffix of LEXICON_SUFFIXES) if (key.endsWith(suffix) && key.length - suffix.length >= MIN_STEM) forms.push(key.slice(0, -suffix.length));
  return forms;
}

/**
 * Words after a negator that make it an idiom, not a negation: "لا يزال" (still), "لا سيما" (especially), "بلا توقف"
 * (non-stop), "دون شك" (doubtless). "دون" before a number is "below" ("الذهب دون 1300 دولار"), checked in matchTokens.
 */
const NOT_NEGATING_AFTER = keySet('يزال تزال زال زالت يزالون سيما بد شك ريب توقف هوادة انقطاع تردد');

// Month names -> canonical tokens "m1".."m12" (Gregorian, every convention) and "h1".."h12" (Hijri).
const SINGLE_MONTH = new Map<string, string>();
const DOUBLE_MONTH = new Map<string, string>(); // "firstKey secondKey" -> canonical
/** First words of DOUBLE_MONTH's names ("تشرين", "كانون", "ربيع"): only these need the pair key built. */
const DOUBLE_MONTH_FIRST = new Set<string>();
function addMonths(names: readonly string[], prefix: string): void {
  names.forEach((line, index) => {
    for (const name of line.split('|')) {
      const words = name.split(' ').map(wordKey);
      if (words.length === 1) SINGLE_MONTH.set(words[0] as string, `${prefix}${index + 1}`);
      else {
        DOUBLE_MONTH.set(words.join(' '), `${prefix}${index + 1}`);
        DOUBLE_MONTH_FIRST.add(words[0] as string);
      }
    }
  });
}
addMonths(MONTHS, 'm');
addMonths(HIJRI_MONTHS, 'h');
const AMBIGUOUS = keySet(AMBIGUOUS_MONTHS);

/** /^\d+$/ (ASCII digits) without a regex: asked for every word of every claim. */
function isDigits(key: string): boolean {
  return allCodeUnitsIn(key, 0x30, 0x39);
}

const isNumericBeyondAscii = codePointTest(/^\p{N}$/u);

/** \p{N} for one code point without a regex match per character (ASCII answered directly). */
function isNumericCodePoint(codePoint: number): boolean {
  if (codePoint < 0x80) return codePoint >= 0x30 && codePoint <= 0x39;
  return isNumericBeyondAscii(codePoint);
}

/** /^\p{Lu}/u: ASCII and Arabic (which has no capitals) answered without a regex. */
function startsUpperCase(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0x0600 && c <= 0x06ff) return false;
  return /^\p{Lu}/u.test(text);
}

/**
 * Whether a negator word negates where it stands. It does not in an idiom ("لا يزال"), "دون" before a figure ("دون 1300",
 * "دون مستوى 1300": below), or "غير" before a definite word ("غير الشرعيين" = "الغير شرعيين", illegal; "غير
 * المسبوق"), which qualifies a noun like a prefix "un-" instead of denying the claim.
 */
function negatesHere(token: MatchToken, next: Word, afterNext: Word | undefined): boolean {
  if (NOT_NEGATING_AFTER.has(next.key)) return false;
  if (token.key === 'دون' && (next.lexeme.number || afterNext?.lexeme.number === true)) return false;
  return !(token.key === 'غير' && next.raw.startsWith('ال'));
}

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
  const words: Word[] = [];
  const piece = (start: number, end: number): void => {
    const text = source.slice(start, end);
    const lexeme = lexemeOf(text);
    if (lexeme !== null) words.push({ raw: lexeme.raw, key: lexeme.stem, lexeme, text, start, end });
  };
  // Words whose comparison form is empty (only marks or invisibles) yield no piece with a key either, so
  // word spans need no key of their own here.
  forEachWordSpan(source, (start, end) => {
    // Digits glued to letters are two words ("الـ 13من", "100عام"): split at the script boundary, i.e. into
    // maximal runs of \p{N} and of \P{N} code points.
    let pieceStart = start;
    let numeric = isNumericCodePoint(source.codePointAt(start) as number);
    for (let i = start; i < end; ) {
      const codePoint = source.codePointAt(i) as number;
      const isNumeric = isNumericCodePoint(codePoint);
      if (isNumeric !== numeric) {
        piece(pieceStart, i);
        pieceStart = i;
        numeric = isNumeric;
      }
      i += codePoint > 0xffff ? 2 : 1;
    }
    piece(pieceStart, end);
  });
  const out: MatchToken[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const next = words[i + 1];
    const double = next && DOUBLE_MONTH_FIRST.has(word.key) ? DOUBLE_MONTH.get(`${word.key} ${next.key}`) : undefined;
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
    // A capital only marks a name when it is not the first word (sentence case).
    const token = classify(word, i > 0 && startsUpperCase(word.text));
    if (token.negator && next && !negatesHere(token, next, words[i + 2])) token.negator = false;
    out.push(token);
  }
  markEntityPhrases(out);
  return out;
}

/** Speaker keys compared by their matching form, so "بوتين"/"وبوتين"/"بوتين " are one speaker. */
export function speakerMatchKey(speakerKey: string | null): string | null {
  if (!speakerKey) return null;
  const key = matchTokens(speakerKey)
    .map((t) => t.key)
    .join(' ');
  return key.length > 0 ? key : null;
}

/** Phrase keys (token keys joined by a space) -> referent id, and the first keys and longest length to look for. */
const PHRASE = new Map<string, string>();
const PHRASE_FIRST = new Set<string>();
let PHRASE_MAX_WORDS = 0;
for (const line of ENTITY_PHRASES) {
  const spellings = line.split('|').map((s) => s.trim().split(/\s+/u).map(wordKey));
  const lead = spellings[0] as string[];
  const id = (lead.length === 1 ? ENTITY.get(lead[0] as string) : undefined) ?? lead.join('_');
  for (const keys of spellings) {
    if (keys.length < 2) continue;
    PHRASE.set(keys.join(' '), id);
    PHRASE_FIRST.add(keys[0] as string);
    PHRASE_MAX_WORDS = Math.max(PHRASE_MAX_WORDS, keys.length);
  }
}

/**
 * Multi-word names ("صندوق النقد الدولي", "the World Bank"): every word of the longest phrase starting at a word
 * takes the phrase's referent, so a swapped lender is an entity change and a name is one referent however written.
 */
function markEntityPhrases(tokens: MatchToken[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!PHRASE_FIRST.has((tokens[i] as MatchToken).key)) continue;
    for (let n = Math.min(PHRASE_MAX_WORDS, tokens.length - i); n >= 2; n--) {
      let key = (tokens[i] as MatchToken).key;
      for (let k = 1; k < n; k++) key += ` ${(tokens[i + k] as MatchToken).key}`;
      const id = PHRASE.get(key);
      if (id === undefined) continue;
      for (let k = 0; k < n; k++) {
        const token = tokens[i + k] as MatchToken;
        token.entity = true;
        token.entityId = id;
        token.negator = false; // "أطباء بلا حدود", "reporters sans frontières"
      }
      i += n - 1;
      break;
    }
  }
}

function nextToNumber(words: { key: string }[], i: number): boolean {
  const before = words[i - 1]?.key ?? '';
  const after = words[i + 1]?.key ?? '';
  return (isDigits(before) && before.length <= 2) || (isDigits(after) && after.length === 4);
}

function month(key: string, source: string, start: number, end: number, raw: string): MatchToken {
  return { key, raw, text: source.slice(start, end), start, end, filler: false, negator: false, number: false, entity: false, entityId: null };
}

/** What matchTokens knows about a word from its wording alone (everything but its offsets and capitalisation). */
interface Lexeme {
  /** rawKey of the wording. */
  raw: string;
  /** stemKey of raw. */
  stem: string;
  /** Token key: the stem, or the value of a number word. */
  key: string;
  filler: boolean;
  negator: boolean;
  number: boolean;
  /** The gazetteer's referent of key, or null. */
  entityId: string | null;
}

interface Word {
  raw: string;
  key: string;
  lexeme: Lexeme;
  text: string;
  start: number;
  end: number;
}

/**
 * Bounded memo of lexemes by wording. Every claim's wording is tokenised (fingerprint, comparison, speakers), and
 * a few hundred function words and story words make up most tokens within an article and across the articles one
 * Lambda container handles; rawKey + stemKey + the lexicon lookups cost several times a Map lookup. Cleared when
 * full (as speakers.ts); `null` for a wording with no key.
 */
const lexemes = new Map<string, Lexeme | null>();
/** About 8 MB of heap when full (measured with 48k distinct Arabic words). */
const MAX_LEXEMES = 50_000;
/**
 * Longer wordings are not memoised: V8 makes a slice of 13 characters or more a view of the whole article, and a
 * memo key would keep that article alive. Arabic words are almost all shorter.
 */
const MAX_MEMO_WORD = 12;

function lexemeOf(text: string): Lexeme | null {
  const memo = text.length <= MAX_MEMO_WORD;
  if (memo) {
    const known = lexemes.get(text);
    if (known !== undefined) return known;
  }
  const raw = rawKey(text);
  let lexeme: Lexeme | null = null;
  if (raw.length > 0) {
    const stem = stemKey(raw);
    const key = NUMBER_WORD.get(stem) ?? stem;
    lexeme = {
      raw,
      stem,
      key,
      filler: FILLER.has(key),
      negator: isNegatorParticle(raw) || isNegatorKey(key),
      number: isDigits(key) || NUMBER_WORD.has(stem),
      entityId: ENTITY.get(key) ?? null,
    };
  }
  if (memo) {
    if (lexemes.size >= MAX_LEXEMES) lexemes.clear();
    lexemes.set(text, lexeme);
  }
  return lexeme;
}

function classify(word: Word, capitalised: boolean): MatchToken {
  const { key, entityId } = word.lexeme;
  return {
    key,
    raw: word.raw,
    text: word.text,
    start: word.start,
    end: word.end,
    filler: word.lexeme.filler,
    negator: word.lexeme.negator,
    number: word.lexeme.number,
    entity: capitalised || entityId !== null,
    entityId: entityId ?? (capitalised ? key : null),
  };
}

/** lexiconForms(key).some((form) => NEGATOR.has(form)) without building the forms array for every word. */
function isNegatorKey(key: string): boolean {
  if (NEGATOR.has(key)) return true;
  for (const suffix of LEXICON_SUFFIXES) if (key.endsWith(suffix) && key.length - suffix.length >= MIN_STEM && NEGATOR.has(key.slice(0, -suffix.length))) return true;
  return false;
}

/**
 * Negators deleted and inserted by `changes` that the other side has nowhere in any inflection: a
 * negator that moved ("إدلب بلا شيعة" at either end), changed form ("ينفي" / "نفى") or is repeated for
 * emphasis ("يرفض رفضا قاطعا") is no change of polarity.
 */
export function changedNegators(a: readonly MatchToken[], b: readonly MatchToken[], changes: ReadonlyArray<{ deleted: MatchToken[]; inserted: MatchToken[] }>): [MatchToken[], MatchToken[]] {
  const likeOn = (tokens: readonly MatchToken[], negator: MatchToken) => tokens.some((t) => t.negator && softEqual(t.key, negator.key));
  return [
    changes.flatMap((h) => h.deleted).filter((t) => t.negator && !likeOn(b, t)),
    changes.flatMap((h) => h.inserted).filter((t) => t.negator && !likeOn(a, t)),
  ];
}

/** Character-bigram Dice at or above this makes two different keys variants of one word ("يخفض"/"خفض" 0.8, "مصريا"/"مصر" 0.67), while unrelated words score ~0 ("تقويضه"/"تدميره" 0). */
export const SOFT_MATCH_MIN = 0.5;

/**
 * Loose equality for deciding whether two claims say the same thing (never for the diff): equal
 * keys, or inflections of one word that the light stem does not merge (verb prefixes, suffixes).
 */
export function softEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 3 || b.length < 3 || isDigits(a) || isDigits(b)) return false;
  return bigramDice(a, b) >= SOFT_MATCH_MIN;
}

/** Character-bigram Dice of two keys, in [0, 1] (0 when either is shorter than one bigram). */
export function bigramDice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = (w: string) => Array.from({ length: w.length - 1 }, (_, i) => w.slice(i, i + 2));
  const ga = grams(a);
  const pool = grams(b);
  const total = ga.length + pool.length;
  let common = 0;
  for (const g of ga) {
    const at = pool.indexOf(g);
    if (at >= 0) {
      common++;
      pool.splice(at, 1);
    }
  }
  return (2 * common) / total;
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
    // Never a negator: "لا لانتخاب" would stem to "انتخاب" and hide the "لا".
    if (second && !first.number && !second.number && !first.negator && !second.negator) {
      const joined = stemKey(first.raw + second.raw);
      if (otherKeys.has(joined) && !(otherKeys.has(first.key) && otherKeys.has(second.key))) {
        out.push({
          ...first,
          key: joined,
          raw: first.raw + second.raw,
          text: `${first.text}${' '.repeat(second.start - first.end > 0 ? 1 : 0)}${second.text}`,
          end: second.end,
          filler: false,
          entity: first.entity || second.entity || ENTITY.has(joined),
          entityId: ENTITY.get(joined) ?? first.entityId ?? second.entityId,
        });
        i++;
        continue;
      }
    }
    out.push(first);
  }
  return out;
}
