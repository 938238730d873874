/**
 * Bytes -> text for uploaded articles. Newsroom systems still send legacy Arabic code pages
 * (Windows-1256, ISO-8859-6) and UTF-16 exports, so decoding is strict UTF-8 first, then a
 * plausibility vote between the legacy decoders. Nothing here ever emits U+FFFD: a byte sequence
 * no candidate decodes cleanly is rejected instead of silently corrupted.
 */
import { ArticleRejectedError } from '../errors';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'iso-8859-6';

export interface DecodedArticle {
  text: string;
  encoding: TextEncodingName;
}

/** File signatures of formats that are never articles (checked before any decoding). */
const MAGIC: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP/DOCX', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'RIFF/WebP', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'OLE2/DOC', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
];

const CHARSET_ALIASES: Record<string, TextEncodingName> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1256': 'windows-1256',
  cp1256: 'windows-1256',
  'x-cp1256': 'windows-1256',
  'iso-8859-6': 'iso-8859-6',
  'iso_8859-6': 'iso-8859-6',
  'iso8859-6': 'iso-8859-6',
  arabic: 'iso-8859-6',
  'asmo-708': 'iso-8859-6',
};

/** C0 controls other than tab/newlines, C1 controls and U+FFFD: signs of a wrong decoder. */
const IMPLAUSIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]/u;
const LETTER = /\p{L}/gu;
const ARABIC_LETTER = /\p{Script=Arabic}/gu;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/** The charset named in a Content-Type header, if it is one we decode; unknown charsets are ignored (often a CMS default). */
export function charsetOf(contentType: string | null | undefined): TextEncodingName | 'utf-16' | null {
  const match = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  const name = match?.[1]?.toLowerCase();
  if (!name) return null;
  if (name === 'utf-16') return 'utf-16';
  return CHARSET_ALIASES[name] ?? null;
}

function strict(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The platform's WHATWG decoders (ICU). Node's windows-1252 decoder regressed on 20.18.3+ (0x80 -> U+0080,
 * nodejs/node#60888), so these two are pinned byte for byte against the Unicode mapping tables in
 * test/unit/text/decode-golden.test.ts; they match on Node 20.20. Unassigned ISO-8859-6 bytes decode to
 * U+FFFD, which IMPLAUSIBLE rejects. (iconv-lite did the same with its own tables, for 481 KB of bundle.)
 */
type Decoder = InstanceType<typeof TextDecoder>;
const legacyDecoders = new Map<string, Decoder | null>();

function legacyDecoder(encoding: 'windows-1256' | 'iso-8859-6'): Decoder | null {
  if (!legacyDecoders.has(encoding)) {
    let decoder: Decoder | null = null;
    try {
      decoder = new TextDecoder(encoding);
    } catch {
      // A Node built without full ICU knows only UTF-8/UTF-16/latin1: the code page is then unavailable.
    }
    legacyDecoders.set(encoding, decoder);
  }
  return legacyDecoders.get(encoding) ?? null;
}

function legacy(bytes: Uint8Array, encoding: 'windows-1256' | 'iso-8859-6'): string | null {
  const text = legacyDecoder(encoding)?.decode(bytes) ?? null;
  return text === null || IMPLAUSIBLE.test(text) ? null : text;
}

/**
 * Plausibility of a legacy decoding: the share of letters that are Arabic. Decoding ISO-8859-6 bytes
 * as Windows-1256 turns many letters into Latin-1 look-alikes (ط -> ×, و -> è), and the reverse hits
 * unassigned ISO-8859-6 slots, so the right code page wins by a wide margin on real text.
 */
function arabicShare(text: string): number {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return 0;
  return (text.match(ARABIC_LETTER)?.length ?? 0) / letters;
}

/** Longest plausible average run of non-space characters: Arabic news words average about 5 letters. */
const MAX_MEAN_WORD_LENGTH = 20;
/** Prose is mostly letters; a wrong code page turns bytes into symbols (€ † ‰ ×) as often as letters. */
const MIN_LETTER_SHARE = 0.7;

/**
 * Every byte means something in Windows-1256, so arbitrary bytes "decode" to Arabic letters; what
 * random bytes lack is the shape of prose: words separated by spaces, and few symbols between them.
 */
function looksLikeProse(text: string): boolean {
  const visible = text.replace(/\s/gu, '');
  if (visible.length < 40) return true; // too short to judge; the Arabic share decides
  const words = text.split(/\s+/u).filter((word) => word.length > 0).length;
  const letters = text.match(LETTER)?.length ?? 0;
  return visible.length / words <= MAX_MEAN_WORD_LENGTH && letters / visible.length >= MIN_LETTER_SHARE;
}

/** UTF-16 without a BOM: plausible only if it decodes cleanly to mostly letters and spaces. */
function sniffUtf16(bytes: Uint8Array): DecodedArticle | null {
  if (bytes.length % 2 !== 0) return null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = strict(bytes, encoding);
    if (text === null || IMPLAUSIBLE.test(text)) continue;
    const letters = text.match(LETTER)?.length ?? 0;
    if (letters / Math.max(1, text.replace(/\s/gu, '').length) >= 0.6) return { text, encoding };
  }
  return null;
}

function finish(decoded: DecodedArticle): DecodedArticle {
  // A literal U+FFFD in valid input carries no information and would mark our output as corrupted.
  const text = decoded.text.replace(/^\uFEFF/u, '').replace(/\uFFFD/gu, '');
  // Blank unless some code point is outside the class: stops at the first one instead of copying the text.
  if (!/[^\s\u200B-\u200F\u2060\uFEFF]/u.test(text)) {
    throw new ArticleRejectedError('empty', 'The article contains no text (empty or whitespace only)');
  }
  return { text, encoding: decoded.encoding };
}

function decodeAs(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    const text = strict(bytes, encoding);
    return text !== null && !/[\u0000-\u0008\u000E-\u001F]/u.test(text) ? text : null;
  }
  return legacy(bytes, encoding);
}

/**
 * Decodes an uploaded article. Order: empty check, binary signatures, BOM, declared charset,
 * strict UTF-8, then Windows-1256 vs ISO-8859-6 by plausibility.
 * @throws ArticleRejectedError `empty`, `binary` or `undecodable`.
 * @example decodeArticle(new TextEncoder().encode('مرحبا')).encoding === 'utf-8'
 */
export function decodeArticle(bytes: Uint8Array, contentType?: string | null): DecodedArticle {
  if (bytes.length === 0) throw new ArticleRejectedError('empty', 'The article is empty (0 bytes)');

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = strict(bytes.subarray(3), 'utf-8');
    if (text === null) throw new ArticleRejectedError('undecodable', 'The article has a UTF-8 BOM but is not valid UTF-8');
    return finish({ text, encoding: 'utf-8' });
  }
  for (const [bom, encoding] of [
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ] as const) {
    if (!startsWith(bytes, bom)) continue;
    const text = strict(bytes.subarray(2), encoding);
    if (text === null) throw new ArticleRejectedError('undecodable', `The article has a ${encoding} BOM but is not valid ${encoding}`);
    return finish({ text, encoding });
  }

  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) throw new ArticleRejectedError('binary', `The article is a binary file (${magic.name}), not text`);

  const declared = charsetOf(contentType);
  if (declared !== null) {
    const candidates: TextEncodingName[] = declared === 'utf-16' ? ['utf-16le', 'utf-16be'] : [declared];
    for (const encoding of candidates) {
      const text = decodeAs(bytes, encoding);
      if (text !== null) return finish({ text, encoding });
    }
    // A declared charset that does not fit the bytes is a mislabel; fall through to sniffing.
  }

  if (bytes.includes(0)) {
    const utf16 = sniffUtf16(bytes);
    if (utf16) return finish(utf16);
    throw new ArticleRejectedError('binary', 'The article contains NUL bytes: binary data, not text');
  }

  const utf8 = decodeAs(bytes, 'utf-8');
  if (utf8 !== null) return finish({ text: utf8, encoding: 'utf-8' });

  let best: DecodedArticle | null = null;
  let bestScore = 0;
  for (const encoding of ['windows-1256', 'iso-8859-6'] as const) {
    const text = legacy(bytes, encoding);
    if (text === null || !looksLikeProse(text)) continue;
    const score = arabicShare(text);
    if (score > bestScore) {
      best = { text, encoding };
      bestScore = score;
    }
  }
  // Below half Arabic letters the bytes are more likely another code page we do not support.
  if (best && bestScore >= 0.5) return finish(best);
  throw new ArticleRejectedError(
    'undecodable',
    'The article is neither valid UTF-8 nor plausible Windows-1256 / ISO-8859-6 Arabic text',
  );
}
