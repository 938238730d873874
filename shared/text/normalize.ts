/**
 * Comparison keys for Arabic, English and French news text. Normalisation is for matching only:
 * the analyst always sees the outlet's original wording, so every key keeps a map back to offsets
 * in the original string.
 */

/** Invisible and bidi control characters: stripped for matching, neutralised for display. */
export const INVISIBLE_CHARS = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

const ARABIC_INDIC_ZERO = 0x0660;
const EASTERN_ARABIC_INDIC_ZERO = 0x06f0;

/** Letter foldings applied after compatibility decomposition has split off hamza and madda marks. */
const FOLD: Record<string, string> = {
  '\u0671': '\u0627', // ٱ alef wasla -> ا
  '\u0649': '\u064A', // ى alef maqsura -> ي ("على/علي" are routinely confused in typing)
  '\u06CC': '\u064A', // ی Persian yeh -> ي (copy-pasted text)
  '\u0629': '\u0647', // ة ta marbuta -> ه ("سورية/سوريه")
  '\u06C1': '\u0647', // ہ heh goal -> ه
  '\u06D5': '\u0647', // ە ae -> ه
  '\u06A9': '\u0643', // ک keheh -> ك
  '\u066B': '.', // ٫ Arabic decimal separator
  '\u066C': ',', // ٬ Arabic thousands separator
  '\u066A': '%', // ٪
  '\u060C': ',', // ،
  '\u061B': ';', // ؛
  '\u061F': '?', // ؟
  '\u00AB': '"', // «
  '\u00BB': '"', // »
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u201F': '"', // ‟
  '\u2033': '"', // ″
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201A': "'", // ‚
  '\u201B': "'", // ‛
  '\u2039': "'", // ‹
  '\u203A': "'", // ›
  '\u00A0': ' ', // no-break space (French typography puts it inside « »)
  '\u202F': ' ', // narrow no-break space
  '\u2007': ' ',
  '\u2009': ' ',
};

const foldCache = new Map<number, string>();
/** Dense cache for the Basic Multilingual Plane: article text is almost entirely BMP, and an array index beats a Map lookup per character. */
const bmpCache: Array<string | undefined> = new Array(0x10000);

/** The comparison form of one code point: possibly empty (diacritics, tatweel, invisibles) or longer (ligatures). */
export function foldCodePoint(codePoint: number): string {
  const cached = codePoint < 0x10000 ? bmpCache[codePoint] : foldCache.get(codePoint);
  if (cached !== undefined) return cached;
  let folded: string;
  if (codePoint >= ARABIC_INDIC_ZERO && codePoint <= ARABIC_INDIC_ZERO + 9) {
    folded = String(codePoint - ARABIC_INDIC_ZERO);
  } else if (codePoint >= EASTERN_ARABIC_INDIC_ZERO && codePoint <= EASTERN_ARABIC_INDIC_ZERO + 9) {
    folded = String(codePoint - EASTERN_ARABIC_INDIC_ZERO);
  } else {
    const char = String.fromCodePoint(codePoint);
    INVISIBLE_CHARS.lastIndex = 0;
    if (INVISIBLE_CHARS.test(char) || codePoint === 0x0640 /* tatweel: decoration only */) {
      folded = '';
    } else {
      // NFKD splits أ إ آ ؤ ئ into base letter + combining hamza/madda and unpacks presentation-form
      // ligatures (ﻻ -> لا); dropping every combining mark then removes harakat, tanween, shadda and
      // Latin accents ("صوراً" = "صورا", "أراضيها" = "اراضيها", "déclaré" = "declare").
      folded = Array.from(char.normalize('NFKD').replace(/\p{M}/gu, ''))
        .map((c) => FOLD[c] ?? c)
        .join('')
        .toLowerCase();
      // The fold must be a fixed point, or comparisonKey is not idempotent: a presentation form can decompose
      // into characters that fold again (ﹻ -> tatweel + kasra -> tatweel -> ''), and lower-casing can add a
      // mark (İ -> i + U+0307). Found by the property test with any code point (test/unit/reliability).
      if (folded !== char) folded = Array.from(folded, (c) => (c === char ? c : foldCodePoint(c.codePointAt(0) as number))).join('');
    }
  }
  if (codePoint < 0x10000) bmpCache[codePoint] = folded;
  else foldCache.set(codePoint, folded);
  return folded;
}

export interface NormalizedText {
  /** The comparison form. */
  text: string;
  /** offsets[i] is the index in the original string of the code unit that produced text[i]; offsets[text.length] = original length. */
  offsets: Int32Array;
}

/**
 * Normalises text for matching while keeping a map back to the original offsets.
 * @example normalizeForMatching('صوراً').text === 'صورا'
 */
export function normalizeForMatching(original: string): NormalizedText {
  // Folding never grows text by more than a few characters per code point (ligatures unpack to at most ~18),
  // so grow the offset buffer on demand instead of pushing into a JS array.
  let offsets = new Int32Array(original.length + 16);
  let length = 0;
  // Runs of characters that fold to themselves are copied as one slice: far fewer string pieces
  // (and far less garbage) than appending every character.
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 0; i < original.length; ) {
    const codePoint = original.codePointAt(i) as number;
    const width = codePoint > 0xffff ? 2 : 1;
    const folded = foldCodePoint(codePoint);
    if (length + folded.length + 1 > offsets.length) {
      const grown = new Int32Array(offsets.length * 2 + folded.length + 1);
      grown.set(offsets);
      offsets = grown;
    }
    for (let k = 0; k < folded.length; k++) offsets[length++] = i;
    if (width === 1 && folded.length === 1 && folded.charCodeAt(0) === codePoint) {
      i += 1;
      continue;
    }
    if (i > runStart) parts.push(original.slice(runStart, i));
    parts.push(folded);
    i += width;
    runStart = i;
  }
  if (runStart < original.length) parts.push(original.slice(runStart));
  offsets[length] = original.length;
  return { text: parts.join(''), offsets: offsets.slice(0, length + 1) };
}

/** The comparison form only. Idempotent: comparisonKey(comparisonKey(x)) === comparisonKey(x). */
export function comparisonKey(original: string): string {
  // null while every character so far folds to itself: most words are already in key form, and then
  // nothing is built at all.
  let out: string | null = null;
  for (let i = 0; i < original.length; i++) {
    const start = i;
    let codePoint = original.charCodeAt(i);
    if (codePoint >= 0xd800 && codePoint <= 0xdbff && i + 1 < original.length) {
      codePoint = original.codePointAt(i) as number;
      if (codePoint > 0xffff) i++;
    }
    const folded = foldCodePoint(codePoint);
    if (out === null) {
      if (folded.length === 1 && folded.charCodeAt(0) === codePoint) continue;
      out = original.slice(0, start);
    }
    out += folded;
  }
  return out ?? original;
}

export interface Token {
  /** Comparison form of the word. */
  key: string;
  /** Offsets of the word in the original string. */
  start: number;
  end: number;
}

// A word: letters, marks and digits, with invisible characters allowed inside (a ZWNJ must not split a word).
const WORD_CHAR = /^[\p{L}\p{M}\p{N}\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]$/u;
/**
 * A one-code-point test of `pattern`, answered per BMP code point from a table filled on first sight (0 unknown,
 * 1 yes, 2 no; 64 KB, bounded by construction): tokenizing runs on every sentence and claim of an article, and a
 * table lookup per character is several times cheaper than a regex match per character or a global regex with
 * matchAll (which allocates a match array per word).
 */
export function codePointTest(pattern: RegExp): (codePoint: number) => boolean {
  const table = new Uint8Array(0x10000);
  return (codePoint) => {
    if (codePoint < 0x10000) {
      let cls = table[codePoint] as number;
      if (cls === 0) {
        cls = pattern.test(String.fromCharCode(codePoint)) ? 1 : 2;
        table[codePoint] = cls;
      }
      return cls === 1;
    }
    return pattern.test(String.fromCodePoint(codePoint));
  };
}

const isWordCodePoint = codePointTest(WORD_CHAR);

/**
 * Calls visit(start, end) for every maximal run of word characters (letters, marks, digits, invisibles), in order,
 * whatever its comparison form: the same spans as /[\p{L}\p{M}\p{N}…]+/gu (code points as the u flag reads them:
 * a valid surrogate pair is one, a lone surrogate is itself, as codePointAt), without a match object per word.
 */
export function forEachWordSpan(original: string, visit: (start: number, end: number) => void): void {
  const length = original.length;
  let i = 0;
  while (i < length) {
    let codePoint = (original.codePointAt(i) as number);
    if (!isWordCodePoint(codePoint)) {
      i += codePoint > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    do {
      i += codePoint > 0xffff ? 2 : 1;
      if (i >= length) break;
      codePoint = (original.codePointAt(i) as number);
    } while (isWordCodePoint(codePoint));
    visit(start, i);
  }
}

/**
 * Words of the original text with their comparison keys and original offsets.
 * Faster than Intl.Segmenter and linear in the input (the V8 word segmenter is not, on long texts).
 */
export function tokenize(original: string): Token[] {
  const tokens: Token[] = [];
  forEachWordSpan(original, (start, end) => {
    const key = comparisonKey(original.slice(start, end));
    if (key.length > 0) tokens.push({ key, start, end });
  });
  return tokens;
}

/** Removes invisible and bidi control characters so text from an article cannot reorder what surrounds it on display. */
export function neutralizeForDisplay(text: string): string {
  return text.replace(INVISIBLE_CHARS, '');
}
