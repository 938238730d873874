/**
 * Language of an article: Arabic is decided by script (always reliable), English vs French by a small
 * stop-word vote. Library detectors were measured (toolchain notes, §6) and gain little over this for
 * our three languages while costing megabytes.
 */
import type { Language } from '../model';

const LETTER = /\p{L}/u;
const ARABIC_LETTER = /\p{Script=Arabic}/u;

/** Letters and Arabic-script letters, by code-unit ranges for the common blocks (a regex match array per call is the slow part). */
function countLetters(text: string): { letters: number; arabic: number } {
  let letters = 0;
  let arabic = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
    } else if (c >= 0x0621 && c <= 0x064a) {
      letters++;
      arabic++;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      i++; // astral letters are rare in news; skip the pair
    } else {
      const ch = text[i] as string;
      if (LETTER.test(ch)) {
        letters++;
        if (ARABIC_LETTER.test(ch)) arabic++;
      }
    }
  }
  return { letters, arabic };
}
const LATIN_WORD = /\p{Script=Latin}+(?:['’]\p{Script=Latin}+)?/gu;

/** Arabic news carries Latin fragments (S-400, RT, AFP); half the letters in Arabic script is decisive. */
const ARABIC_SHARE = 0.5;
/** Enough text to decide; scanning further only costs time. */
const SAMPLE_CHARS = 20_000;

const EN = new Set(
  'the of and to in is that for on with was as by at from it be are has have he she they said this not but will were an which who their its would'.split(' '),
);
const FR = new Set(
  "le la les des du de et un une est dans que qui pour sur au aux pas par avec il elle ils a été sont ce cette ne se son sa ses lui nous vous leur selon d'un d'une l'".split(
    ' ',
  ),
);
const FRENCH_LETTERS = /[éèêàâçùûîïôœ]/iu;

/**
 * Detects `ar`, `en` or `fr`; `und` when the text has no letters or no evidence.
 * @example detectLanguage('Le président a déclaré') === 'fr'
 */
export function detectLanguage(text: string): Language {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const { letters, arabic } = countLetters(sample);
  if (letters === 0) return 'und';
  if (arabic / letters >= ARABIC_SHARE) return 'ar';

  let en = 0;
  let fr = 0;
  for (const match of sample.matchAll(LATIN_WORD)) {
    const word = match[0].toLowerCase().replace('’', "'");
    // Elided French articles ("l'armée", "d'un") are a strong French signal.
    if (/^(?:l|d|qu|n|s|j|c)'/u.test(word)) fr += 1;
    if (EN.has(word)) en += 1;
    if (FR.has(word)) fr += 1;
  }
  if (en > fr) return 'en';
  if (fr > en) return 'fr';
  if (FRENCH_LETTERS.test(sample)) return 'fr';
  return en > 0 ? 'en' : 'und';
}
