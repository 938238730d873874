import fc from 'fast-check';
import { findQuotations, segment, splitParagraphs } from '../../../shared/text/segment';

const sentencesOf = (body: string): string[] => segment(body).flatMap((p) => p.sentences.map((s) => body.slice(s.start, s.end)));
const quotesOf = (text: string): string[] => findQuotations(text).filter((q) => q.depth === 0).map((q) => text.slice(q.contentStart, q.contentEnd));

describe('paragraphs and sentences', () => {
  it('splits paragraphs at blank lines and sentences at . ! ? ؟', () => {
    // Prepare
    const body = 'وصل الوفد. هل بدأت المحادثات؟ نعم!\n\nThe talks began. Did they end? No.';
    // Act
    const sentences = sentencesOf(body);
    // Assess
    expect(splitParagraphs(body)).toHaveLength(2);
    expect(sentences).toEqual(['وصل الوفد.', 'هل بدأت المحادثات؟', 'نعم!', 'The talks began.', 'Did they end?', 'No.']);
  });

  it('does not split after abbreviations, initials, decimals or list numbers', () => {
    const body = 'قال د. سمير إن 3.5 مليون شخص نزحوا. Dr. Smith met J. K. Jones at 10.30 today. 1. البند الأول واضح.';
    expect(sentencesOf(body)).toEqual(['قال د. سمير إن 3.5 مليون شخص نزحوا.', 'Dr. Smith met J. K. Jones at 10.30 today.', '1. البند الأول واضح.']);
  });

  it('keeps a multi-sentence quotation in one sentence', () => {
    const body = 'وقال الوزير: «الوضع صعب. نحن نعمل ليلا ونهارا. لن نتراجع.» ثم غادر القاعة.';
    expect(sentencesOf(body)).toEqual(['وقال الوزير: «الوضع صعب. نحن نعمل ليلا ونهارا. لن نتراجع.»', 'ثم غادر القاعة.']);
  });

  it('treats ".." before a quotation as a lead-in, not an end', () => {
    const body = 'وأضاف الوزير.. “إن الحوار مستمر”. وانتهى اللقاء.';
    expect(sentencesOf(body)).toEqual(['وأضاف الوزير.. “إن الحوار مستمر”.', 'وانتهى اللقاء.']);
  });

  it('covers the body in order without overlap (property)', () => {
    const piece = fc.constantFrom('قال', 'الوزير', '«نعم', 'لا»', '"هذا', 'ذاك"', 'د.', '3.5', 'انتهى.', 'حقا؟', 'Mr.', 'yes!', '…', '\n\n', ' ', '“', '”', '،', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const body = pieces.join(' ');
        let previous = 0;
        for (const paragraph of segment(body)) {
          for (const s of paragraph.sentences) {
            if (s.start < previous || s.end <= s.start || s.end > body.length) return false;
            // Only white space may lie between consecutive sentences.
            if (body.slice(previous, s.start).trim() !== '') return false;
            previous = s.end;
          }
        }
        return body.slice(previous).trim() === '';
      }),
      { seed: 20151126, numRuns: 3000 },
    );
  });

  it('is linear: a ten times longer paragraph costs about ten times more', () => {
    const sentence = 'قال الوزير «إن الاتفاق صامد. ولن يتغير» مضيفا أن 3.5 مليون شخص عادوا. ';
    const time = (text: string) => {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 5; i++) {
        const started = process.hrtime.bigint();
        segment(text);
        best = Math.min(best, Number(process.hrtime.bigint() - started));
      }
      return best;
    };
    time(sentence.repeat(200));
    const short = time(sentence.repeat(200));
    const long = time(sentence.repeat(2000));
    expect(long / short).toBeLessThan(25);
  });
});

describe('quotation marks', () => {
  it.each([
    ['guillemets', 'قال «نحن هنا» ثم صمت', 'نحن هنا'],
    ['curly double', 'قال “نحن هنا” ثم صمت', 'نحن هنا'],
    ['low-high', 'Er sagte „wir sind hier“ dann', 'wir sind hier'],
    ['ASCII double', 'قال "نحن هنا" ثم صمت', 'نحن هنا'],
    ['curly single', 'He said ‘we are here’ then', 'we are here'],
    ['spaced French guillemets', 'Il a dit « nous sommes là » puis', 'nous sommes là'],
    ['reversed Arabic guillemets', 'قال »نحن هنا« ثم صمت', 'نحن هنا'],
  ])('finds %s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual([expected]);
  });

  it('does not take an apostrophe for a closing single quote', () => {
    expect(quotesOf('L’armée a dit ‘nous sommes prêts’ hier')).toEqual(['nous sommes prêts']);
  });

  it('nests a quoted name inside an ASCII quotation and ends the outer one at the paragraph end', () => {
    // Prepare: same mark inside and outside, the outer one never closed.
    const text = 'وتابع "نريد تنسيقا أوسع لمواجهة "الجماعة".';
    // Act
    const spans = findQuotations(text);
    // Assess
    expect(spans.map((q) => [q.depth, text.slice(q.contentStart, q.contentEnd)])).toEqual([
      [0, 'نريد تنسيقا أوسع لمواجهة "الجماعة"'],
      [1, 'الجماعة'],
    ]);
  });

  it('closes an unclosed guillemet before the participle that opens the next quotation', () => {
    const text = 'قال الوزير «زرنا المعبر أمس وشاهدنا الشاحنات، مضيفاً «لا نرى أي تقدم»، ثم غادر';
    expect(quotesOf(text)).toEqual(['زرنا المعبر أمس وشاهدنا الشاحنات', 'لا نرى أي تقدم']);
  });

  it('reads ASCII quote direction from its neighbours, even with a space before the closing mark', () => {
    expect(quotesOf('قال: "نحن جاهزون للعمل ". ثم "غادر" المكان')).toEqual(['نحن جاهزون للعمل', 'غادر']);
  });
});
