/**
 * Language of an article: Arabic is decided by script (always reliable), English vs French by a small
 * stop-word vote. Library detectors were measured (toolchain notes, §6) and gain little over this for
 * our three languages while costing megabytes.
 */
import type { Language } from '../model';

const LETTER = /\p{L}/gu;
const ARABIC_LETTER = /\p{Script=Arabic}/gu;
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
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters === 0) return 'und';
  const arabic = sample.match(ARABIC_LETTER)?.length ?? 0;
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
