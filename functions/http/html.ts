import { neutralizeForDisplay } from '../../shared/text/normalize';

/** Markup the templates produced themselves. Only `html` and `raw` create it; article data never does. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '=': '&#61;',
};

/**
 * Text for an element body or a quoted attribute value: bidi/invisible controls removed
 * (Trojan Source: a U+202E inside a quote would visually reverse the speaker column), then escaped.
 * Escaping `=` and backtick too keeps a value harmless even if a template forgets the attribute quotes.
 */
export function escapeHtml(text: string): string {
  return neutralizeForDisplay(text).replace(/[&<>"'`=]/g, (char) => ESCAPES[char] ?? char);
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * Escaping template tag: literal parts are trusted markup, every interpolation is escaped
 * unless it is SafeHtml built by another `html` call. Arrays are rendered item by item.
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) {
    out += render(values[i]) + (strings[i + 1] ?? '');
  }
  return new SafeHtml(out);
}

/** Trusted constant markup (the stylesheet). Never call it with data. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** An href the page builds itself: a path on this site plus query parameters, never article data as a scheme. */
export function sitePath(path: string, query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, value);
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** The article's own URL when it is http(s), so a `javascript:` or `data:` URL is shown as text, never linked. */
export function externalHref(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
