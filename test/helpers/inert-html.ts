// The only markup a page may contain: the templates' own tags. Any tag name outside this list came from data.
const ALLOWED_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'main', 'a', 'span', 'h1', 'h2', 'p', 'form', 'label',
  'select', 'option', 'input', 'button', 'article', 'div', 'section', 'bdi', 'blockquote', 'ins', 'del', 'nav', 'dl', 'dt', 'dd', 'table',
  'thead', 'tbody', 'tr', 'th', 'td']);

/** No executable or foreign markup, no raw bidi or zero-width controls, no inline style attributes. */
export function assertInert(page: string): void {
  const tags = [...page.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((match) => (match[1] as string).toLowerCase());
  expect(tags.filter((tag) => !ALLOWED_TAGS.has(tag))).toEqual([]);
  expect(page).not.toMatch(/<script|<img|<svg|<iframe|\son\w+\s*=|href="\s*javascript:|href="\s*data:/i);
  expect(page).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u061C\uFEFF]/u);
  expect(page).not.toMatch(/\sstyle=/i);
}
