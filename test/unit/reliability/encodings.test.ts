import fc from 'fast-check';
import * as iconv from 'iconv-lite';
import { analyseArticle } from '../../../shared/analyse';
import { decodeArticle } from '../../../shared/text/decode';

// Written to fit ISO-8859-6, the narrowest of the legacy code pages (no guillemets, no Arabic-Indic digits).
const ARTICLE = [
  'اتفاق على استئناف المحادثات',
  '',
  'قال وزير العمل سامي الخطيب يوم الثلاثاء إن "الحكومة مستعدة لمناقشة كل المطالب دون شروط مسبقة".',
  '',
  'وأضاف أن 12 اجتماعا عقدت منذ بداية العام، وأن المفاوضات ستستمر حتى نهاية الشهر؟',
].join('\n');

const BOM = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] } as const;

/** The article's bytes as a newsroom system would write them in each supported form. */
function forms(text: string): Array<[string, Uint8Array]> {
  const withBom = (bom: readonly number[], bytes: Buffer) => Uint8Array.from([...bom, ...bytes]);
  return [
    ['UTF-8', iconv.encode(text, 'utf-8')],
    ['UTF-8 with BOM', withBom(BOM['utf-8'], iconv.encode(text, 'utf-8'))],
    ['UTF-16LE with BOM', withBom(BOM['utf-16le'], iconv.encode(text, 'utf-16le'))],
    ['UTF-16BE with BOM', withBom(BOM['utf-16be'], iconv.encode(text, 'utf-16be'))],
    ['Windows-1256', iconv.encode(text, 'windows-1256')],
    ['ISO-8859-6', iconv.encode(text, 'iso-8859-6')],
  ];
}

const analyse = (bytes: Uint8Array) => analyseArticle(bytes, { key: 'wire/a.txt', contentType: null, metadata: {}, articleId: 'enc', outlet: 'wire' });

describe('legacy encodings', () => {
  it('decode to the same text and the same claims as UTF-8 in all six forms', () => {
    // Prepare: every form must really hold the article (iconv writes "?" for what a code page lacks)
    const all = forms(ARTICLE);
    for (const [name, bytes] of all.slice(4)) expect([name, iconv.decode(Buffer.from(bytes), name === 'ISO-8859-6' ? 'iso-8859-6' : 'windows-1256')]).toEqual([name, ARTICLE]);
    const reference = analyse(all[0]![1]);

    // Act
    const results = all.map(([name, bytes]) => [name, analyse(bytes)] as const);

    // Assess
    const identical = results.filter(([, r]) => r.doc.body === reference.doc.body && JSON.stringify(r.claims) === JSON.stringify(reference.claims));
    console.log(`figure: encodings — ${identical.length}/${results.length} forms give UTF-8's text and claims (${reference.claims.length} claims): ${results.map(([n, r]) => `${n}=${r.encoding}`).join(', ')}`);
    expect(reference.claims.length).toBeGreaterThanOrEqual(2);
    expect(identical.map(([name]) => name)).toEqual(all.map(([name]) => name));
  });

  it('detects the encoding of 200 generated Arabic samples (Windows-1256, ISO-8859-6, UTF-16, UTF-8) without a wrong letter', () => {
    // Prepare: sentences from a word list that both code pages hold, in a random form each
    const word = fc.constantFrom('الحكومة', 'وزير', 'قال', 'إن', 'المفاوضات', 'ستستمر', 'حتى', 'نهاية', 'الشهر', 'ظروف', 'طويلة', 'غدا', 'عقدت', 'ثلاثة', 'اجتماعات', 'مؤتمر', 'شيء', '12', '2015');
    const sample = fc.tuple(fc.array(word, { minLength: 6, maxLength: 40 }), fc.constantFrom('.', '؟', '،', ':'), fc.integer({ min: 0, max: 5 }));
    const samples = fc.sample(sample, { seed: 20151126, numRuns: 200 });
    let correct = 0;

    // Act
    for (const [words, mark, form] of samples) {
      const text = `${words.join(' ')}${mark}`;
      const bytes = forms(text)[form]![1];
      if (decodeArticle(bytes).text === text) correct += 1;
    }

    // Assess (A10 row 8: >= 99%)
    console.log(`figure: encoding detection — ${correct}/${samples.length} generated samples decoded to the exact text (${((100 * correct) / samples.length).toFixed(1)}%)`);
    expect(correct / samples.length).toBeGreaterThanOrEqual(0.99);
  });
});
