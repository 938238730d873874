/**
 * Which quotation spans are speech. Outlets also use quotation marks for names and terms
 * ("داعش", «مصير الرئيس بشار الأسد», “الإرهاب”): such scare quotes must not become quote claims, or
 * every article mentioning the group would "quote" it. Partial quotes inside reported speech
 * («قال هولاند إنه زار موسكو “لتنسيق التحركات...”») are speech.
 */
import type { QuoteSpan } from '../text/segment';
import { BY_SAYING, LATIN_VERBS, isAttributionCue } from './lexicon';
import { wordIndexAt } from './attribution';
import type { Word } from './speakers';

export type QuoteRole = 'speech' | 'scare' | 'nested';

/** Up to this many words, a quotation that runs on into its clause ("«...» أكد") is a term, not speech. */
const TERM_MAX_WORDS = 5;
/** Up to this many words, a quotation needs an attribution cue or partial-quote position to count as speech. */
const SHORT_MAX_WORDS = 3;

function isCue(word: Word | undefined): boolean {
  return word !== undefined && (isAttributionCue(word.key) || BY_SAYING.has(word.key) || LATIN_VERBS.has(word.key));
}

/**
 * Classifies one quotation of a sentence. `words` are the sentence's words (offsets into the body).
 * @example «وحول «مصير الرئيس بشار الأسد» أكد بوتين» -> 'scare'; «قال: «نعم»» -> 'speech'
 */
export function classifyQuote(body: string, quote: QuoteSpan, words: readonly Word[]): QuoteRole {
  if (quote.depth > 0) return 'nested';
  const first = wordIndexAt(words, quote.contentStart);
  const count = wordIndexAt(words, quote.contentEnd) - first;
  if (count <= 0) return 'scare';
  const opening = wordIndexAt(words, quote.open);
  const prev = words[opening - 1];
  const prev2 = words[opening - 2];
  const lead = body.slice(prev ? prev.end : Math.max(0, quote.open - 3), quote.open);
  const colon = /[:：]|\.\.\s*$/u.test(lead);
  // "قال: «...»", "مضيفا «...»", "مضيفا إن «...»", "said: “...”"
  if (colon || isCue(prev)) return 'speech';
  const closeAt = quote.close < 0 ? quote.contentEnd : quote.close + 1;
  const next = /^[\s\u00A0]*(\S)/u.exec(body.slice(closeAt, closeAt + 8))?.[1];
  const runsOn = next !== undefined && /[\p{L}\p{N}]/u.test(next);
  // '"We are ready to negotiate," Haddad said.': a quotation closed on a comma hands over to its
  // attribution; a term never ends in one.
  if (/[,،][\s\u00A0]*$/u.test(body.slice(quote.contentStart, quote.contentEnd)) && count >= 2) return 'speech';
  // 'مؤكدًا أن "داعش" والتنظيمات ...': a name inside the reported clause.
  if (count <= TERM_MAX_WORDS && runsOn) return 'scare';
  if (isCue(prev2) && /^(?:ان|انه|بان|that|que)$/u.test(prev?.key ?? '')) return 'speech';
  if (count > SHORT_MAX_WORDS) return 'speech';
  if (count === 1) return 'scare';
  // "اعتبر بوتين أن التحالف “ضروري جدا”،": a short partial quote closing a reported clause.
  // Bounded look-back: the reporting verb of a partial quote stands in the same clause.
  for (let k = opening - 1; k >= Math.max(0, opening - 12); k--) if (isCue(words[k])) return 'speech';
  return 'scare';
}
