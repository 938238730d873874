/**
 * Polarity of a claim: does it say that something is NOT so? Counted on the claim's own words (the
 * quoted words for a quote), skipping negation-shaped idioms that assert ("لا يزال" = still, "لا بد"
 * = must, "غير أن" = however, "not only"), attributive "غير" ("رد غير مباشر"), purpose clauses
 * ("حتى لا"), and restriction ("لا ... إلا" = only).
 */
import { tokenize } from '../text/normalize';

/** A word's comparison key and offsets (normalize.ts Token, attribution.ts Word). */
type KeyedSpan = { key: string; start: number; end: number };

const ARABIC_NEGATORS = new Set(['لا', 'لم', 'لن', 'ليس', 'ليست', 'ليسوا', 'لسنا', 'لست', 'لستم', 'ليسا', 'عدم', 'غير', 'نفي', 'نفت', 'ينفي', 'تنفي', 'نفوا']);
/** Words after a negator that turn it into an assertion. */
const IDIOM_AFTER: Record<string, ReadonlySet<string>> = {
  لا: new Set(['يزال', 'تزال', 'يزالون', 'زال', 'بد', 'سيما', 'شك', 'ريب']),
  لم: new Set(['يزل', 'تزل']),
  غير: new Set(['ان', 'انه', 'مباشر', 'مباشره', 'رسمي', 'رسميه', 'حكوميه', 'حكومي', 'مسبوق', 'مسبوقه', 'ذلك', 'شرعي', 'شرعيه', 'قانوني', 'قانونيه', 'المعلن', 'بعيد']),
};
/** Words before a negator that make it a purpose clause or part of a fixed phrase. */
const IDIOM_BEFORE = new Set(['حتي', 'كي', 'لكي', 'من', 'ما']);
const LATIN_NEGATORS = new Set(['not', 'never', 'no', 'none', 'nobody', 'nothing', 'neither', 'nor', 'denied', 'denies', 'deny', 'jamais', 'pas', 'rien', 'aucun', 'aucune', 'nie', 'dementi', 'nié']);
const LATIN_IDIOM_AFTER: Record<string, ReadonlySet<string>> = {
  not: new Set(['only']),
  no: new Set(['doubt']),
  pas: new Set(['seulement']),
};

/**
 * True when the text's main predicate is negated.
 * @example isNegated('لا نرى أن السلطات تقوم بذلك') === true; isNegated('لا يزال الوضع متوترا') === false
 */
export function isNegated(text: string): boolean {
  return isNegatedWords(text, tokenize(text), 0);
}

/**
 * isNegated(text) for a text whose words are already known: `words` are tokenize(text) with offsets into a larger
 * string in which `text` starts at `base` (a sentence's words, for the claims that are the whole sentence).
 */
export function isNegatedWords(text: string, words: readonly KeyedSpan[], base: number): boolean {
  let negations = 0;
  for (let i = 0; i < words.length; i++) {
    const raw = (words[i] as { key: string }).key;
    const prev = words[i - 1]?.key;
    const next = words[i + 1]?.key;
    // "ولا", "فلم": a glued conjunction does not change the particle.
    const key = raw.length > 2 && /^[وف]/u.test(raw) && ARABIC_NEGATORS.has(raw.slice(1)) ? raw.slice(1) : raw;
    if (ARABIC_NEGATORS.has(key)) {
      if (next && IDIOM_AFTER[key]?.has(next)) continue;
      if (prev && IDIOM_BEFORE.has(prev) && key !== 'غير') continue;
      if (key === 'غير' && prev === 'من') continue;
      // "غير الشرعيين", "غير المسبوق": attributive, like "الغير شرعيين" (see words.ts negatesHere).
      if (key === 'غير' && next?.startsWith('ال')) continue;
      negations++;
      continue;
    }
    // "ألا" (أن لا) negates; "إلا" (except) restricts a preceding negation and cancels it.
    if (key === 'الا') {
      const original = text.slice((words[i] as KeyedSpan).start - base, (words[i] as KeyedSpan).end - base);
      if (original.startsWith('أ')) negations++;
      else if (original.startsWith('إ') && negations > 0) negations--;
      continue;
    }
    if (LATIN_NEGATORS.has(key)) {
      if (next && LATIN_IDIOM_AFTER[key]?.has(next)) continue;
      negations++;
    }
    const start = (words[i] as KeyedSpan).start - base;
    if (key === 't' && /n['’]$/u.test(text.slice(Math.max(0, start - 2), start))) negations++; // don't, isn't
  }
  return negations > 0;
}
