import fc from 'fast-check';
import * as iconv from 'iconv-lite';
import { analyseArticle } from '../../../shared/analyse';
import { ArticleRejectedError } from '../../../shared/errors';

const source = (key: string, contentType: string | null = null) => ({ key, contentType, metadata: {}, articleId: 'art-9', outlet: 'desk' });

const ARTICLE = [
  'وزير المياه يعلن خطة طوارئ',
  'أعلن وزير المياه سامي الخطيب أمس خطة طوارئ لمواجهة الجفاف في 12 محافظة.',
  'وقال الخطيب «لن نسمح بانقطاع المياه عن المنازل هذا الصيف».',
  'المصدر: وكالات',
].join('\n\n');

/** Fastest time of each of two workloads, run alternately so both are equally warm. */
function interleaved(short: () => unknown, long: () => unknown, rounds: number): { ratio: number } {
  const once = (run: () => unknown) => {
    const started = process.hrtime.bigint();
    run();
    return Number(process.hrtime.bigint() - started);
  };
  let bestShort = Number.POSITIVE_INFINITY;
  let bestLong = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rounds; i++) {
    bestShort = Math.min(bestShort, once(short));
    bestLong = Math.min(bestLong, once(long));
  }
  return { ratio: bestLong / bestShort };
}

describe('analyseArticle', () => {
  it('decodes, extracts and finds claims in one call', () => {
    // Prepare: legacy Windows-1256 bytes, as an old newsroom system would upload them.
    const bytes = iconv.encode(ARTICLE, 'windows-1256');
    // Act
    const { doc, claims, encoding } = analyseArticle(bytes, source('desk/2015/water.txt'));
    // Assess
    expect(encoding).toBe('windows-1256');
    expect(doc.title).toBe('وزير المياه يعلن خطة طوارئ');
    expect(claims.map((c) => [c.id, c.kind, c.speakerKey !== null, c.negated])).toEqual([
      ['art-9#0001', 'reported', true, false],
      ['art-9#0002', 'quote', true, true],
    ]);
    expect(claims[0]?.numbers.map((n) => n.value)).toEqual([12]);
    expect(claims[1]?.speaker).toBe('وزير المياه سامي الخطيب');
  });

  it('reads a JSON envelope with a publication date and resolves "أمس"', () => {
    const envelope = JSON.stringify({ title: 'خطة طوارئ', body: ARTICLE.split('\n\n').slice(1, 3), publishedAt: '2015-07-02T09:00:00Z' });
    const { claims } = analyseArticle(new TextEncoder().encode(envelope), source('desk/water.json', 'application/json'));
    expect(claims[0]?.dates.map(({ year, month, day }) => ({ year, month, day }))).toEqual([{ year: 2015, month: 7, day: 1 }]);
  });

  it('rejects unusable input with a code', () => {
    const codeOf = (bytes: Uint8Array, key: string) => {
      try {
        analyseArticle(bytes, source(key));
        return null;
      } catch (error) {
        return error instanceof ArticleRejectedError ? error.code : 'other';
      }
    };
    expect(codeOf(new Uint8Array(), 'a.txt')).toBe('empty');
    expect(codeOf(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]), 'a.txt')).toBe('binary');
    expect(codeOf(new TextEncoder().encode('{"body":'), 'a.json')).toBe('malformed');
  });

  it('costs about ten times more for a ten times longer article', () => {
    // Prepare: distinct paragraphs, so the repeated-sentence shortcut cannot hide the cost.
    const paragraph = (i: number) =>
      `وقال الوزير سامي الخطيب${i} «لن نسمح بانقطاع المياه عن ${i} منزل هذا الصيف»، مضيفاً أن الخطة تشمل ${i} محافظة في 26 تشرين الثاني. وحول «الأسعار» أكد أنها لن ترتفع.`;
    const article = (n: number) => new TextEncoder().encode(Array.from({ length: n }, (_, i) => paragraph(i)).join('\n\n'));
    const short = article(30);
    const long = article(300);
    // Act: interleaved runs warm both sizes alike; the fastest run of each is robust to other processes.
    const { ratio } = interleaved(() => analyseArticle(short, source('a.txt')), () => analyseArticle(long, source('a.txt')), 8);
    // Assess: a guard against quadratic work (which would be ~100x), not the speed target: that is
    // `npm run bench` (~8x there). The ratio swings 8x-15x on a loaded 2-core machine, hence the bound.
    expect(ratio).toBeLessThan(40);
  });

  it('stays linear on a run-on sentence full of unclosed quotations', () => {
    // Prepare: no sentence end, every « left open and recovered at the next cue.
    const runOn = (n: number) => new TextEncoder().encode('قال الوزير «نعم، مضيفا '.repeat(n));
    const short = runOn(300);
    const long = runOn(3000);
    // Act
    const { ratio } = interleaved(() => analyseArticle(short, source('a.txt')), () => analyseArticle(long, source('a.txt')), 4);
    const { claims } = analyseArticle(long, source('a.txt'));
    // Assess: time grows about tenfold (quadratic work would be ~100x), and no claim carries the whole run-on text.
    expect(ratio).toBeLessThan(40);
    expect(Math.max(...claims.map((c) => c.text.length))).toBeLessThanOrEqual(2000);
  });

  it('never throws on arbitrary text and keeps every claim inside the body (property)', () => {
    const piece = fc.constantFrom(
      'قال', 'الوزير', 'سامي', 'الخطيب', '«', '»', '"', '“', '”', 'مضيفاً', 'وتابع', 'من جهته', 'بدوره', 'إن', 'لا', '26', 'نونبر',
      'تشرين الثاني', 'أمس', 'سو24', '3.5', 'مليون', '.', '،', ':', '\n\n', 'said', 'Putin', 'a déclaré', '1-', 'المصدر:', ' ',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 60 }), (pieces) => {
        let result: ReturnType<typeof analyseArticle>;
        try {
          result = analyseArticle(new TextEncoder().encode(pieces.join(' ')), source('fuzz.txt'));
        } catch (error) {
          return error instanceof ArticleRejectedError;
        }
        const { doc, claims } = result;
        return claims.every(
          (c) =>
            c.start >= 0 && c.end <= doc.body.length && c.start < c.end && doc.body.slice(c.start, c.end) === c.text &&
            (c.quote === null) === (c.kind !== 'quote') &&
            [...c.numbers, ...c.dates].every((f) => f.start >= c.start && f.end <= c.end),
        );
      }),
      { seed: 20151126, numRuns: 1500 },
    );
  });
});
