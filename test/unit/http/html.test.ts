import { escapeHtml, externalHref, html, raw, sitePath } from '../../../functions/http/html';

describe('escaping template', () => {
  it('escapes every markup character of an interpolated string', () => {
    // Prepare
    const hostile = `<script>alert(1)</script>"'\`=&`;

    // Act
    const out = html`<p>${hostile}</p>`.value;

    // Assess
    expect(out).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&#96;&#61;&amp;</p>');
  });

  it('removes bidi overrides and zero-width characters from interpolated text', () => {
    // Prepare: U+202E would reverse the rest of the line, U+2066 opens an isolate, U+200B hides inside a word
    const quote = 'قال\u202E الوزير \u2066إن\u200B الاتفاق';

    // Act
    const out = escapeHtml(quote);

    // Assess
    expect(out).toBe('قال الوزير إن الاتفاق');
  });

  it('inserts nested templates as markup but plain strings as text', () => {
    // Prepare
    const inner = html`<b>${'<i>'}</b>`;

    // Act
    const out = html`<div>${inner}${'<b>'}</div>`.value;

    // Assess
    expect(out).toBe('<div><b>&lt;i&gt;</b>&lt;b&gt;</div>');
  });

  it('renders arrays item by item and drops null, undefined and false', () => {
    // Act
    const out = html`<ul>${['<a>', html`<li>x</li>`]}${null}${undefined}${false}${0}</ul>`.value;

    // Assess
    expect(out).toBe('<ul>&lt;a&gt;<li>x</li>0</ul>');
  });

  it('keeps raw markup unchanged (used only for the constant stylesheet)', () => {
    // Act
    const out = html`<style>${raw('a>b{color:red}')}</style>`.value;

    // Assess
    expect(out).toBe('<style>a>b{color:red}</style>');
  });
});

describe('links', () => {
  it('builds site paths with encoded query parameters and skips empty ones', () => {
    // Act
    const path = sitePath('/', { kind: 'number', outlet: '', speaker: 'بوتين & co', cursor: undefined });

    // Assess
    const [base, search] = path.split('?');
    const params = new URLSearchParams(search);
    expect(base).toBe('/');
    expect([...params.keys()]).toEqual(['kind', 'speaker']);
    expect(params.get('speaker')).toBe('بوتين & co');
    expect(search).not.toContain('&co');
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:x', 'not a url', '//evil.example/x'])(
    'refuses to link %s',
    (url) => {
      // Act + Assess
      expect(externalHref(url)).toBeNull();
    },
  );

  it('links http and https URLs', () => {
    // Act + Assess
    expect(externalHref('https://news.example/ar/2024/وزير')).toBe('https://news.example/ar/2024/%D9%88%D8%B2%D9%8A%D8%B1');
    expect(externalHref(null)).toBeNull();
  });
});
