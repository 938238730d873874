import { extractArticleText, jsonDepth } from '../../../shared/text/extract';
import { rejection } from '../../helpers/rejection';

const source = (key: string, contentType: string | null = null, metadata: Record<string, string> = {}) => ({ key, contentType, metadata });


describe('extractArticleText: plain text', () => {
  it('keeps one paragraph per line, separated by blank lines, and takes an unpunctuated first line as title', () => {
    // Prepare
    const text = 'وزيرا خارجية البلدين يلتقيان في عمّان\nالتقى الوزيران صباح اليوم.\r\nوبحثا ملف الحدود.\n';
    // Act
    const doc = extractArticleText(text, source('in/a.txt'));
    // Assess
    expect(doc.body).toBe('وزيرا خارجية البلدين يلتقيان في عمّان\n\nالتقى الوزيران صباح اليوم.\n\nوبحثا ملف الحدود.');
    expect(doc.title).toBe('وزيرا خارجية البلدين يلتقيان في عمّان');
    expect(doc.language).toBe('ar');
  });

  it('re-joins hard-wrapped wire copy', () => {
    const line = 'The minister told the assembly that the budget would be presented in the';
    const text = `${line}\nspring session, and that the debate would last three full days at least.\n\n${line}\nautumn session instead, because the committee had not finished its work yet.\n`;
    const doc = extractArticleText(text, source('x.txt'));
    expect(doc.body.split('\n\n')).toHaveLength(2);
    expect(doc.language).toBe('en');
  });

  it('lets metadata override what the document says', () => {
    const doc = extractArticleText('Titre du document\n\nLe ministre a parlé.', source('x.txt', 'text/plain', {
      title: 'Titre choisi', 'published-at': '2015-11-27T08:00:00Z', url: 'https://example.org/a', language: 'fr',
    }));
    expect(doc).toMatchObject({ title: 'Titre choisi', publishedAt: '2015-11-27T08:00:00.000Z', url: 'https://example.org/a', language: 'fr' });
  });
});

describe('extractArticleText: HTML', () => {
  const html = `<!doctype html><html lang="ar"><head><title>خبر - الموقع</title>
    <meta property="article:published_time" content="2015-11-26T18:00:00+03:00">
    <meta property="og:url" content="https://example.org/news/1">
    <style>p{color:red}</style><script>document.write("<p>حقن</p>")</script></head>
    <body><nav>الرئيسية | أخبار</nav><h1>الوزير يزور &laquo;العاصمة&raquo;</h1>
    <!-- تعليق مخفي --><p>قال الوزير &quot;نحن مستعدون&quot;.<br>وأضاف أن الزيارة ناجحة.</p>
    <noscript>فعّل جافاسكربت</noscript><template><p>قالب</p></template><div>فقرة &#1571;خيرة &amp; نهاية</div></body></html>`;

  it('drops scripts, styles, comments, navigation and markup, and breaks paragraphs at block elements', () => {
    // Act
    const doc = extractArticleText(html, source('a.html'));
    // Assess
    expect(doc.body).toBe('الوزير يزور «العاصمة»\n\nقال الوزير "نحن مستعدون".\n\nوأضاف أن الزيارة ناجحة.\n\nفقرة أخيرة & نهاية');
    expect(doc.body).not.toMatch(/[<>]|حقن|قالب|جافاسكربت|تعليق|الرئيسية|color/);
  });

  it('takes the h1 as title and reads published time and URL from meta tags', () => {
    const doc = extractArticleText(html, source('a.html'));
    expect(doc).toMatchObject({ title: 'الوزير يزور «العاصمة»', publishedAt: '2015-11-26T15:00:00.000Z', url: 'https://example.org/news/1' });
  });

  it('survives an unclosed comment and a stray "<" in text', () => {
    const doc = extractArticleText('<p>أ < ب و ج > د</p><!-- لا نهاية', source('b.htm'));
    expect(doc.body).toBe('أ < ب و ج > د');
  });
});

describe('extractArticleText: JSON envelope', () => {
  it('reads title, body paragraphs, date, url and language', () => {
    const envelope = JSON.stringify({
      headline: 'Talks resume', body: ['The talks resumed on Monday.', 'Both sides said progress was made.'],
      outlet: 'wire', published_at: '2015-11-30', url: 'https://example.org/t', language: 'en',
    });
    const doc = extractArticleText(envelope, source('in/t.json'));
    expect(doc).toMatchObject({ title: 'Talks resume', publishedAt: '2015-11-30T00:00:00.000Z', url: 'https://example.org/t', language: 'en' });
    expect(doc.body).toBe('The talks resumed on Monday.\n\nBoth sides said progress was made.');
  });

  it('turns an HTML body field into plain paragraphs', () => {
    const doc = extractArticleText(JSON.stringify({ title: 't', content: '<p>الفقرة الأولى.</p><p>الفقرة الثانية.</p>' }), source('x.json'));
    expect(doc.body).toBe('الفقرة الأولى.\n\nالفقرة الثانية.');
  });

  it('rejects nesting deeper than 64 before parsing', () => {
    const deep = `${'['.repeat(65)}${']'.repeat(65)}`;
    expect(jsonDepth(deep)).toBe(65);
    expect(jsonDepth('{"a":"[[[[[[","b":[1,{"c":2}]}')).toBe(3);
    expect(rejection(() => extractArticleText(`{"body":${deep}}`, source('x.json')))).toBe('too-deep');
  });

  it('rejects invalid JSON and non-object JSON as malformed', () => {
    expect(rejection(() => extractArticleText('{"body": "نص",', source('x.json')))).toBe('malformed');
    expect(rejection(() => extractArticleText('["نص"]', source('x.json')))).toBe('malformed');
  });

  it('rejects an envelope without text as empty', () => {
    expect(rejection(() => extractArticleText('{"title":"عنوان فقط"}', source('x.json')))).toBe('empty');
  });
});

describe('extractArticleText: NITF', () => {
  const nitf = `<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><docdata><date.issue norm="20151126T180000Z"/></docdata><pubdata date.publication="20151127T090000+0300" ex-ref="https://example.org/n"/></head>
<body><body.head><hedline><hl1>Le ministre &amp; la presse</hl1></hedline><byline>Par Jeanne Martin</byline></body.head>
<body.content><p>Le ministre a déclaré que la réforme était prête.</p><p>Il a ajouté <em>qu'elle</em> serait votée.</p></body.content></body></nitf>`;

  it('reads hedline, body paragraphs, publication date and byline', () => {
    const doc = extractArticleText(nitf, source('wire/n.xml'));
    expect(doc.title).toBe('Le ministre & la presse');
    expect(doc.body).toBe("Le ministre a déclaré que la réforme était prête.\n\nIl a ajouté qu'elle serait votée.");
    expect(doc.publishedAt).toBe('2015-11-27T06:00:00.000Z');
    expect(doc.byline).toBe('Par Jeanne Martin');
    expect(doc.language).toBe('fr');
  });

  it('rejects DOCTYPE and ENTITY declarations as unsafe', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><nitf><body><body.content><p>&lol;</p></body.content></body></nitf>';
    expect(rejection(() => extractArticleText(bomb, source('x.nitf')))).toBe('unsafe-xml');
  });

  it('rejects XML that is not well-formed as malformed', () => {
    expect(rejection(() => extractArticleText('<nitf><body.content><p>نص</body.content></nitf>', source('x.xml')))).toBe('malformed');
  });
});
