/**
 * Decoded text -> ArticleText for the four formats newsrooms upload: plain text, HTML, a JSON
 * envelope and NITF XML. Markup is never kept: the body is plain text, paragraphs separated by one
 * blank line, and every claim offset later points into it. Scanners are hand-written, linear and
 * never recursive, so hostile input (unclosed comments, deep nesting) cannot blow up time or stack.
 */
import { XMLValidator } from 'fast-xml-parser';
import { ArticleRejectedError } from '../errors';
import type { ArticleText, Language } from '../model';
import { detectLanguage } from './language';
import { INVISIBLE_CHARS } from './normalize';

export interface ArticleSource {
  key: string;
  contentType: string | null;
  /** S3 user metadata, lower-case keys (title, published-at, url, language, byline). */
  metadata: Record<string, string>;
}

export type ArticleFormat = 'text' | 'html' | 'json' | 'nitf';

/** JSON deeper than this is rejected before parsing: recursive consumers overflow the stack far below V8's parser limit. */
export const MAX_JSON_DEPTH = 64;

const TERMINAL = /[.!?؟…:]$/u;

/** Chooses the format from the Content-Type, else the key's extension, else the first characters. */
export function formatOf(source: ArticleSource, text: string): ArticleFormat {
  const mime = (source.contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (mime === 'application/json' || mime.endsWith('+json')) return 'json';
  if (mime === 'application/xml' || mime === 'text/xml' || mime.endsWith('+xml')) return 'nitf';
  const ext = /\.([a-z0-9]+)$/i.exec(source.key)?.[1]?.toLowerCase();
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'json') return 'json';
  if (ext === 'xml' || ext === 'nitf') return 'nitf';
  if (mime === 'text/plain' || ext === 'txt') return 'text';
  const head = text.trimStart().slice(0, 64).toLowerCase();
  if (head.startsWith('{')) return 'json';
  if (head.startsWith('<?xml') || head.startsWith('<nitf')) return 'nitf';
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  return 'text';
}

// ---------------------------------------------------------------- entities

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', shy: '\u00AD', laquo: '«', raquo: '»',
  ldquo: '“', rdquo: '”', bdquo: '„', lsquo: '‘', rsquo: '’', sbquo: '‚', lsaquo: '‹', rsaquo: '›',
  hellip: '…', mdash: '—', ndash: '–', zwnj: '\u200C', zwj: '\u200D', lrm: '\u200E', rlm: '\u200F',
  thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', copy: '©', reg: '®', deg: '°', percnt: '%', middot: '·',
  times: '×', euro: '€', bull: '•', agrave: 'à', aacute: 'á', acirc: 'â', ccedil: 'ç', egrave: 'è',
  eacute: 'é', ecirc: 'ê', euml: 'ë', icirc: 'î', iuml: 'ï', ocirc: 'ô', ouml: 'ö', ugrave: 'ù', ucirc: 'û',
  uuml: 'ü', oelig: 'œ', aelig: 'æ', Agrave: 'À', Eacute: 'É', Egrave: 'È', Ecirc: 'Ê', Ccedil: 'Ç',
  Ocirc: 'Ô', OElig: 'Œ',
};

/** Decodes HTML/XML character references. Invalid code points (NUL, surrogates, > U+10FFFF) are dropped. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,9}|[A-Za-z][A-Za-z0-9]{1,31});?/gu, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      const invalid = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
      return invalid ? '' : String.fromCodePoint(code);
    }
    const named = NAMED[ref];
    // Only the legacy five may omit the semicolon ("&amp" in old CMS output); anything else stays literal text.
    if (named === undefined || (!whole.endsWith(';') && !['amp', 'lt', 'gt', 'quot', 'nbsp'].includes(ref))) return whole;
    return named;
  });
}

// ---------------------------------------------------------------- markup scanner

interface MarkupHandler {
  text(text: string): void;
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
}

const TAG_NAME = /<(\/?)([A-Za-z][\w:.-]*)/y;
const ATTR = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/gu;

function parseAttrs(raw: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of raw.matchAll(ATTR)) {
    const name = m[1]?.toLowerCase();
    if (name) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Finds the `>` closing a tag, skipping quoted attribute values; linear. */
function tagEnd(markup: string, from: number): number {
  let quote: string | null = null;
  for (let i = from; i < markup.length; i++) {
    const c = markup[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

/**
 * One pass over HTML or XML. `rawText` elements (script, style ...) are skipped up to their closing tag
 * without looking inside, as browsers do, so markup-looking text in a script cannot reopen the body.
 */
function scanMarkup(markup: string, handler: MarkupHandler, rawText: ReadonlySet<string>): void {
  const n = markup.length;
  let i = 0;
  while (i < n) {
    const lt = markup.indexOf('<', i);
    if (lt < 0) {
      handler.text(markup.slice(i));
      return;
    }
    if (lt > i) handler.text(markup.slice(i, lt));
    if (markup.startsWith('<!--', lt)) {
      const end = markup.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (markup.startsWith('<![CDATA[', lt)) {
      const end = markup.indexOf(']]>', lt + 9);
      handler.text(escapeAmp(markup.slice(lt + 9, end < 0 ? n : end)));
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (markup[lt + 1] === '!' || markup[lt + 1] === '?') {
      const end = markup.indexOf('>', lt);
      i = end < 0 ? n : end + 1;
      continue;
    }
    TAG_NAME.lastIndex = lt;
    const m = TAG_NAME.exec(markup);
    if (!m) {
      // A literal "<" in text ("a < b"), kept as it is (the entity decoder never touches it). Everything up to
      // the next "<" that opens markup is one text piece: a hostile page of four million "<" must not become
      // four million pieces, nor four million "&lt;" for the decoder (measured: 3.7 s and 600 MB of heap).
      let next = markup.indexOf('<', lt + 1);
      while (next >= 0 && !opensMarkup(markup, next)) next = markup.indexOf('<', next + 1);
      const stop = next < 0 ? n : next;
      handler.text(markup.slice(lt, stop));
      i = stop;
      continue;
    }
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    const end = tagEnd(markup, lt + m[0].length);
    const stop = end < 0 ? n : end;
    i = end < 0 ? n : end + 1;
    if (closing) {
      handler.close(name);
      continue;
    }
    const rawAttrs = markup.slice(lt + m[0].length, stop);
    const selfClosing = rawAttrs.trimEnd().endsWith('/');
    handler.open(name, parseAttrs(rawAttrs), selfClosing);
    if (rawText.has(name) && !selfClosing) {
      const closer = new RegExp(`</${name.replace(/[.]/g, '\\.')}\\s*>`, 'giu');
      closer.lastIndex = i;
      const found = closer.exec(markup);
      i = found ? found.index + found[0].length : n;
      handler.close(name);
    }
  }
}

/** Whether the "<" at `at` starts a tag, a comment, CDATA or a declaration (what scanMarkup does not treat as text). */
function opensMarkup(markup: string, at: number): boolean {
  const after = markup[at + 1];
  if (after === '!' || after === '?') return true;
  TAG_NAME.lastIndex = at;
  return TAG_NAME.test(markup);
}

/** CDATA is literal text; protect its "&" from the entity decoder that runs on all text. */
function escapeAmp(text: string): string {
  return text.replace(/&/gu, '&amp;');
}

/** Collects paragraphs: text accumulates until a block boundary, then is whitespace-collapsed. */
class ParagraphSink {
  readonly paragraphs: string[] = [];
  private buffer: string[] = [];
  add(text: string): void {
    this.buffer.push(text);
  }
  flush(): void {
    const paragraph = collapse(decodeEntities(this.buffer.join('')));
    this.buffer = [];
    if (paragraph) this.paragraphs.push(paragraph);
  }
}

/**
 * Collapses white space and drops invisible characters: bidi embeddings, overrides and isolates (Trojan
 * Source, CVE-2021-42574), marks, zero-width characters, the BOM and soft hyphens. They change no word an
 * analyst reads, but left in the text one before "قال" hid the speaker and one inside a word split the word
 * diff ("ت دميرها"); the API strips the same set on output, so nothing shown is lost by dropping them here.
 */
function collapse(text: string): string {
  // Most lines are already collapsed (single spaces, nothing invisible): one scan instead of two global replaces.
  if (isCollapsed(text)) return text;
  return text.replace(INVISIBLE_CHARS, '').replace(/[\s\u00A0]+/gu, ' ').trim();
}

/** White space (\s) or an invisible character, by code unit (every such character is in the BMP); filled on first sight. */
const SPACE_OR_INVISIBLE = /^[\s\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]$/u;
const spaceOrInvisible = new Uint8Array(0x10000); // 0 unknown, 1 yes, 2 no

/** True when collapse would return the text unchanged: no invisible character, no white space but single inner spaces. */
function isCollapsed(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 0x20) return false;
      continue;
    }
    if (c < 0x80) {
      if (c >= 0x09 && c <= 0x0d) return false;
      continue;
    }
    let cls = spaceOrInvisible[c] as number;
    if (cls === 0) {
      cls = SPACE_OR_INVISIBLE.test(String.fromCharCode(c)) ? 1 : 2;
      spaceOrInvisible[c] = cls;
    }
    if (cls === 1) return false;
  }
  return true;
}

const HTML_BLOCK = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul body html'.split(' '),
);
const HTML_RAW = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'iframe', 'object', 'svg', 'math']);
const HTML_SKIP = new Set(['nav', 'footer', 'aside', 'form', 'button', 'select', 'head']);

interface Extracted {
  title: string | null;
  paragraphs: string[];
  publishedAt: string | null;
  url: string | null;
  byline: string | null;
  language: string | null;
}

function fromHtml(html: string): Extracted {
  const all = new ParagraphSink();
  const inArticle = new ParagraphSink();
  let skip = 0;
  let article = 0;
  let capture: 'title' | 'h1' | null = null;
  let captured = '';
  let title: string | null = null;
  let h1: string | null = null;
  const meta: Record<string, string> = {};
  let canonical: string | null = null;
  let lang: string | null = null;
  const flush = (): void => {
    all.flush();
    inArticle.flush();
  };
  scanMarkup(
    html,
    {
      text(text) {
        if (capture) captured += text;
        if (skip > 0) return;
        all.add(text);
        if (article > 0) inArticle.add(text);
      },
      open(name, attrs, selfClosing) {
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? '').toLowerCase();
          if (key && attrs.content !== undefined) meta[key] = attrs.content;
          return;
        }
        if (name === 'link' && (attrs.rel ?? '').toLowerCase() === 'canonical') canonical = attrs.href ?? null;
        if (name === 'html') lang = attrs.lang ?? null;
        if (name === 'title' || (name === 'h1' && h1 === null)) {
          capture = name;
          captured = '';
        }
        // An unclosed <head> must not swallow the page: <body> always starts visible content.
        if (name === 'body') skip = 0;
        if (HTML_SKIP.has(name) && !selfClosing) skip += 1;
        if (name === 'article' && !selfClosing) article += 1;
        if (HTML_BLOCK.has(name)) flush();
      },
      close(name) {
        if (capture === name) {
          const text = collapse(decodeEntities(captured));
          if (name === 'title') title = text || null;
          else h1 = text || null;
          capture = null;
        }
        if (HTML_SKIP.has(name)) skip = Math.max(0, skip - 1);
        if (HTML_BLOCK.has(name) || name === 'article') flush();
        if (name === 'article') article = Math.max(0, article - 1);
      },
    },
    HTML_RAW,
  );
  flush();
  return {
    // The <h1> is the article's own headline; <title> often carries " - Outlet" as well.
    title: meta['og:title'] ?? h1 ?? title,
    paragraphs: inArticle.paragraphs.length > 0 ? inArticle.paragraphs : all.paragraphs,
    publishedAt: meta['article:published_time'] ?? meta['date'] ?? meta['dc.date'] ?? null,
    url: meta['og:url'] ?? canonical,
    byline: meta['author'] ?? meta['article:author'] ?? null,
    language: lang,
  };
}

// ---------------------------------------------------------------- NITF

function fromNitf(xml: string): Extracted {
  // DOCTYPE/ENTITY declarations are the door to billion-laughs and external entities; no real NITF feed needs them.
  if (/<!DOCTYPE|<!ENTITY/iu.test(xml)) {
    throw new ArticleRejectedError('unsafe-xml', 'XML with a DOCTYPE or ENTITY declaration is not accepted');
  }
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  if (valid !== true) throw new ArticleRejectedError('malformed', `The XML is not well-formed: ${valid.err.msg} (line ${valid.err.line})`);
  const body = new ParagraphSink();
  const headline = new ParagraphSink();
  const byline = new ParagraphSink();
  let inBody = 0;
  let inHeadline = 0;
  let inByline = 0;
  let publishedAt: string | null = null;
  let url: string | null = null;
  let language: string | null = null;
  scanMarkup(
    xml,
    {
      text(text) {
        if (inHeadline > 0) headline.add(text);
        else if (inByline > 0) byline.add(text);
        else if (inBody > 0) body.add(text);
      },
      open(name, attrs, selfClosing) {
        if (name === 'date.issue' && attrs.norm) publishedAt ??= attrs.norm;
        if (name === 'pubdata') {
          if (attrs['date.publication']) publishedAt = attrs['date.publication'];
          url ??= attrs['ex-ref'] ?? null;
        }
        if (name === 'nitf' || name === 'body') language ??= attrs['xml:lang'] ?? null;
        if (selfClosing) return;
        if (name === 'body.content') inBody += 1;
        if (name === 'hl1' || (name === 'title' && inBody === 0)) inHeadline += 1;
        if (name === 'byline') inByline += 1;
        if (name === 'p' || name === 'block') body.flush();
      },
      close(name) {
        if (name === 'body.content') inBody = Math.max(0, inBody - 1);
        if (name === 'hl1' || name === 'title') inHeadline = Math.max(0, inHeadline - 1);
        if (name === 'byline') inByline = Math.max(0, inByline - 1);
        if (name === 'p' || name === 'block' || name === 'hl2' || name === 'body.content') body.flush();
      },
    },
    new Set(),
  );
  body.flush();
  headline.flush();
  byline.flush();
  return {
    title: headline.paragraphs[0] ?? null,
    paragraphs: body.paragraphs,
    publishedAt,
    url,
    byline: byline.paragraphs.join(' ') || null,
    language,
  };
}

// ---------------------------------------------------------------- JSON envelope

/** Maximum nesting of objects/arrays, counted without parsing (strings are skipped, escapes honoured). */
export function jsonDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

function pick(record: Record<string, unknown>, names: readonly string[]): unknown {
  for (const name of names) if (record[name] !== undefined && record[name] !== null) return record[name];
  return undefined;
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(asText).filter((v): v is string => v !== null).join(', ') || null;
  if (value && typeof value === 'object') return asText((value as Record<string, unknown>).name);
  return null;
}

function bodyParagraphs(value: unknown): string[] {
  const parts = Array.isArray(value) ? value : [value];
  const paragraphs: string[] = [];
  for (const part of parts) {
    const text = typeof part === 'string' ? part : asText((part as Record<string, unknown> | null)?.text);
    if (!text) continue;
    // CMS exports often put HTML in the body field.
    if (/<\/?(?:p|br|div|h[1-6]|li)\b/iu.test(text)) paragraphs.push(...fromHtml(text).paragraphs);
    else paragraphs.push(...plainParagraphs(text));
  }
  return paragraphs;
}

function fromJson(text: string): Extracted {
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw new ArticleRejectedError('too-deep', `JSON nested deeper than ${MAX_JSON_DEPTH} levels is not accepted`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ArticleRejectedError('malformed', `The JSON envelope does not parse: ${(error as Error).message}`, { cause: error });
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ArticleRejectedError('malformed', 'The JSON envelope must be an object with a body/text/content field');
  }
  let record = parsed as Record<string, unknown>;
  const inner = pick(record, ['article', 'data', 'item']);
  const bodyNames = ['body', 'text', 'content', 'articleBody', 'article_body', 'paragraphs'];
  if (pick(record, bodyNames) === undefined && inner && typeof inner === 'object' && !Array.isArray(inner)) {
    record = inner as Record<string, unknown>;
  }
  return {
    title: asText(pick(record, ['title', 'headline', 'hed'])),
    paragraphs: bodyParagraphs(pick(record, bodyNames)),
    publishedAt: asText(pick(record, ['publishedAt', 'published_at', 'datePublished', 'date', 'pubDate', 'published'])),
    url: asText(pick(record, ['url', 'link', 'canonicalUrl', 'canonical_url'])),
    byline: asText(pick(record, ['byline', 'author', 'authors'])),
    language: asText(pick(record, ['language', 'lang', 'locale'])),
  };
}

// ---------------------------------------------------------------- plain text

/**
 * Lines of plain text -> paragraphs. Wire copy is one paragraph per line (seeds 002/004); hard-wrapped
 * e-mail copy (most lines 50-90 characters, blank lines between paragraphs) is re-joined.
 */
function plainParagraphs(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029/u).map((line) => collapse(line));
  const filled = lines.filter((line) => line.length > 0);
  const wrapped =
    filled.length >= 4 &&
    lines.some((line) => line.length === 0) &&
    filled.filter((line) => line.length >= 50 && line.length <= 90).length / filled.length >= 0.7;
  if (!wrapped) return filled;
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.length === 0) {
      if (current.length) paragraphs.push(current.join(' '));
      current = [];
    } else current.push(line);
  }
  if (current.length) paragraphs.push(current.join(' '));
  return paragraphs;
}

/** A plain-text headline: an early short paragraph without final punctuation, followed by more text. */
function plainTitle(paragraphs: readonly string[]): string | null {
  for (const paragraph of paragraphs.slice(0, 3)) {
    const words = paragraph.split(' ').length;
    const bare = paragraph.replace(/["'»”’)\]\s]+$/u, '');
    if (words >= 3 && words <= 30 && !TERMINAL.test(bare) && paragraphs.length > 1) return paragraph;
    if (words >= 3) return null;
  }
  return null;
}

// ---------------------------------------------------------------- assembly

function toLanguage(value: string | null | undefined): Language | null {
  const code = value?.trim().toLowerCase().slice(0, 2);
  return code === 'ar' || code === 'en' || code === 'fr' ? code : null;
}

/** ISO 8601 (also NITF's basic form 20151126T143000Z); null when unreadable. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const basic = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?([+-]\d{4}|Z)?)?$/u.exec(value.trim());
  const text = basic
    ? `${basic[1]}-${basic[2]}-${basic[3]}T${basic[4] ?? '00'}:${basic[5] ?? '00'}:${basic[6] ?? '00'}${basic[7] ? (basic[7] === 'Z' ? 'Z' : `${basic[7].slice(0, 3)}:${basic[7].slice(3)}`) : 'Z'}`
    : value.trim();
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/**
 * Extracts the article text and its metadata. Metadata (lower-case keys `title`, `published-at`, `url`,
 * `language`, `byline`) overrides what the document says: the newsroom's tags are more reliable than markup.
 * @throws ArticleRejectedError `too-deep`, `malformed`, `unsafe-xml`, `empty`.
 */
export function extractArticleText(text: string, source: ArticleSource): ArticleText {
  const format = formatOf(source, text);
  let extracted: Extracted;
  if (format === 'html') extracted = fromHtml(text);
  else if (format === 'json') extracted = fromJson(text);
  else if (format === 'nitf') extracted = fromNitf(text);
  else {
    const paragraphs = plainParagraphs(text);
    extracted = { title: plainTitle(paragraphs), paragraphs, publishedAt: null, url: null, byline: null, language: null };
  }
  const body = extracted.paragraphs.join('\n\n');
  if (body.trim().length === 0) throw new ArticleRejectedError('empty', `The ${format} document has no article text`);
  const meta = source.metadata;
  const title = (meta.title ? collapse(meta.title) : '') || (extracted.title ? collapse(extracted.title) : null);
  return {
    title: title || null,
    body,
    language: toLanguage(meta.language) ?? toLanguage(format === 'json' ? extracted.language : null) ?? detectLanguage(body),
    publishedAt: toIsoDate(meta['published-at'] ?? meta.publishedat ?? meta.published_at ?? extracted.publishedAt),
    url: (meta.url?.trim() || extracted.url?.trim() || '').replace(INVISIBLE_CHARS, '') || null,
    byline: (meta.byline ? collapse(meta.byline) : '') || (meta.author ? collapse(meta.author) : '') || extracted.byline,
  };
}
