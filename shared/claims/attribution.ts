/**
 * Attribution events of one sentence: reporting verbs with their subject ("أكد الرئيس الروسي ...",
 * "Putin said"), participles that continue the speaker ("مضيفاً"), switch cues ("من جهته") and
 * source cues ("حسب", "according to"). Events are found outside speech quotations only: a verb inside
 * quoted words is part of what was said, not of who said it.
 */
import { comparisonKey, tokenize } from '../text/normalize';
import {
  BY_SAYING,
  LATIN_QUOTE_VERBS,
  LATIN_SOURCE_CUES,
  LATIN_VERBS,
  NAME_STOPS,
  PARTICIPLES,
  QUOTE_VERBS,
  REPORTING_VERBS,
  ROLES,
  SOURCE_CUES,
  SWITCH_NOUNS,
  SWITCH_WORDS,
  stripConjunction,
} from './lexicon';
import { type Mention, type Word, isLatinPronoun, parseArabicMention, parseLatinMention } from './speakers';

export type EventKind = 'verb' | 'participle' | 'switch' | 'source';

export interface AttributionEvent {
  kind: EventKind;
  /** Offset of the cue word in the body. */
  at: number;
  /** End of the cue and its subject phrase, if any. */
  end: number;
  /** The subject phrase; null for a pronoun subject ("وتابع", "he added"). */
  mention: Mention | null;
  /** Verbs such as قال/said introduce a quotation; others (أكد, أبدى) carry content of their own. */
  quoteVerb: boolean;
  /** An explicit pronoun subject ("she added", "a-t-il ajouté"): always the current speaker. */
  pronoun?: boolean;
}

/** Verbs that are also common nouns or prepositions ("في رد", "عبر أراضيها"): a verb only with و/ف or clause-initial. */
const AMBIGUOUS_VERBS = new Set(['عبر', 'رد', 'ذكر', 'كشف', 'لفت', 'راي', 'وصف', 'طالب', 'رفض']);
/** A reporting verb right after these is in a relative or prepositional clause, not the main one. */
const BLOCKERS = new Set(['في', 'على', 'علي', 'من', 'عن', 'الذي', 'التي', 'الذين', 'ما', 'حتي', 'بعد', 'قبل', 'عندما', 'لما', 'اثر', 'يذكر']);
const COPULAS = new Set(['كان', 'وكان', 'كانت', 'وكانت', 'قد', 'وقد']);
const AUXILIARIES = new Set(['a', 'has', 'had', 'have', 'avait', 'aurait', 'ont']);

/** Words of body[start, end) with their gaps, offsets into the body. */
export function wordsOf(body: string, start: number, end: number): Word[] {
  const text = body.slice(start, end);
  let previous = 0;
  return tokenize(text).map((t) => {
    const word: Word = { key: t.key, start: start + t.start, end: start + t.end, text: text.slice(t.start, t.end), gap: text.slice(previous, t.start) };
    previous = t.end;
    return word;
  });
}

/** Index of the first word starting at or after `offset` (binary search; words are in order). */
export function wordIndexAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] as Word).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const punctuated = (gap: string): boolean => /[^\s\u00A0\u0640]/u.test(gap);

function arabicVerbEvent(words: readonly Word[], j: number): AttributionEvent | null {
  const word = words[j] as Word;
  const bare = stripConjunction(word.key);
  const glued = bare !== word.key;
  if (!REPORTING_VERBS.has(word.key) && !REPORTING_VERBS.has(bare)) return null;
  const prev = words[j - 1];
  const clauseInitial = prev === undefined || punctuated(word.gap);
  if (!glued && !clauseInitial && prev && BLOCKERS.has(prev.key)) return null;
  if (AMBIGUOUS_VERBS.has(bare) && !glued && !clauseInitial) return null;
  const next = words[j + 1];
  let mention = next && !punctuated(next.gap) ? parseArabicMention(words, j + 1) : null;
  if (!mention && !glued && !clauseInitial) mention = subjectBefore(words, j);
  return { kind: 'verb', at: word.start, end: mention?.end ?? word.end, mention, quoteVerb: QUOTE_VERBS.has(bare) || QUOTE_VERBS.has(word.key) };
}

/** SVO order: "وكان الرئيس الروسي فلاديمير بوتين أكد ...", "يذكر أن بيسكوف أكد ...". */
function subjectBefore(words: readonly Word[], j: number): Mention | null {
  let k = j - 1;
  while (k >= 0 && j - k <= 7 && !punctuated((words[k + 1] as Word).gap)) {
    const key = (words[k] as Word).key;
    if (NAME_STOPS.has(key) || COPULAS.has(key)) break;
    k--;
  }
  for (let s = k + 1; s < j; s++) {
    const mention = parseArabicMention(words, s);
    if (mention && mention.end === (words[j - 1] as Word).end) return mention;
  }
  return null;
}

function latinVerbEvent(words: readonly Word[], j: number): AttributionEvent | null {
  const word = words[j] as Word;
  if (!LATIN_VERBS.has(word.key)) return null;
  let left = j - 1;
  if (words[left] && AUXILIARIES.has((words[left] as Word).key)) left--;
  // "a-t-il ajouté", "he said", "il a déclaré"
  const pronoun = isLatinPronoun(words[left]) || (words[left - 1]?.key === 't' && isLatinPronoun(words[left]));
  let mention: Mention | null = null;
  if (!pronoun) {
    mention = left >= 0 && !punctuated((words[left + 1] as Word).gap) ? parseLatinMention(words, left, -1) : null;
    const next = words[j + 1];
    mention ??= next && !punctuated(next.gap) ? parseLatinMention(words, j + 1, 1) : null;
  }
  return { kind: 'verb', at: word.start, end: Math.max(word.end, mention?.end ?? 0), mention, quoteVerb: LATIN_QUOTE_VERBS.has(word.key), pronoun };
}

function sourceEvent(words: readonly Word[], j: number): AttributionEvent | null {
  const word = words[j] as Word;
  let k = j + 1;
  const latin = LATIN_SOURCE_CUES.has(word.key);
  if (latin) {
    if (word.key === 'according' && words[k]?.key === 'to') k++;
    const mention = words[k] ? parseLatinMention(words, k, 1) : null;
    if (mention) return { kind: 'source', at: word.start, end: mention.end, mention, quoteVerb: false };
    // "selon le ministère", "according to the ministry": sources are often common nouns.
    while (words[k] && /^(?:the|le|la|les|l|des|du)$/u.test((words[k] as Word).key)) k++;
  } else if (!SOURCE_CUES.has(word.key)) return null;
  // "حسب ما نقلت وسائل الإعلام", "نقلا عن وكالة": skip the filler to reach the source.
  while (!latin && words[k] && ['ما', 'عن', 'ل', 'نقلت', 'نقل', 'ذكرت', 'ذكر', 'افادت', 'اوردت'].includes((words[k] as Word).key)) k++;
  const first = words[k];
  if (!first) return null;
  const stop = Math.min(words.length, k + 4);
  let last = k;
  while (last + 1 < stop && !punctuated((words[last + 1] as Word).gap) && !NAME_STOPS.has((words[last + 1] as Word).key)) last++;
  const names = words.slice(k, last + 1).map((w) => w.text.replace(/^ل(?=ل)/u, ''));
  const mention: Mention = { start: first.start, end: (words[last] as Word).end, names, role: null, nationality: null };
  return { kind: 'source', at: word.start, end: mention.end, mention, quoteVerb: false };
}

/**
 * Attribution events of a sentence, in order. `insideQuote(offset)` tells whether a word is inside a
 * speech quotation (and therefore not a cue).
 */
export function findEvents(words: readonly Word[], insideQuote: (offset: number) => boolean): AttributionEvent[] {
  const events: AttributionEvent[] = [];
  for (let j = 0; j < words.length; j++) {
    const word = words[j] as Word;
    if (insideQuote(word.start)) continue;
    const bare = stripConjunction(word.key);
    if ((word.key === 'من' || word.key === 'ومن') && SWITCH_NOUNS.has(words[j + 1]?.key ?? '')) {
      events.push({ kind: 'switch', at: word.start, end: (words[j + 1] as Word).end, mention: null, quoteVerb: false });
      j++;
      continue;
    }
    if (SWITCH_WORDS.has(word.key) || SWITCH_WORDS.has(bare)) {
      events.push({ kind: 'switch', at: word.start, end: word.end, mention: null, quoteVerb: false });
      continue;
    }
    if (PARTICIPLES.has(word.key) || PARTICIPLES.has(bare)) {
      const saying = BY_SAYING.has(words[j + 1]?.key ?? '');
      events.push({ kind: 'participle', at: word.start, end: saying ? (words[j + 1] as Word).end : word.end, mention: null, quoteVerb: saying });
      continue;
    }
    const c = word.text.charCodeAt(0);
    const event = c >= 0x0600 && c <= 0x06ff ? arabicVerbEvent(words, j) : latinVerbEvent(words, j);
    const found = event ?? sourceEvent(words, j);
    if (found) events.push(found);
  }
  return events;
}

/** True if `text` opens with a reporting verb ("قال بوتين ..."): the sign that a "Name Name:" prefix is a byline. */
export function opensWithReportingVerb(text: string): boolean {
  const first = /^[\s\u00A0]*([\p{L}\p{M}]+)/u.exec(text)?.[1];
  if (!first) return false;
  const key = comparisonKey(first);
  return REPORTING_VERBS.has(key) || REPORTING_VERBS.has(stripConjunction(key)) || LATIN_VERBS.has(key);
}

/** First role-led or known-name phrase not governed by a preposition: the subject of a verb-initial sentence. */
export function isRoleWord(word: Word): boolean {
  const key = word.key;
  return ROLES.has(key) || (key.startsWith('ال') && ROLES.has(key.slice(2)));
}
