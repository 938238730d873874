import { speakerKeyOf } from '../../../shared/claims/speakers';
import { claimsOf, quotes } from './helpers';

describe('quote claims', () => {
  it.each([
    ['guillemets', 'وقال الوزير سامي الخطيب «سنفتح المعبر أمام القوافل غدا».'],
    ['curly quotes', 'وقال الوزير سامي الخطيب “سنفتح المعبر أمام القوافل غدا”.'],
    ['ASCII quotes', 'وقال الوزير سامي الخطيب "سنفتح المعبر أمام القوافل غدا".'],
    ['low-high quotes', 'وقال الوزير سامي الخطيب „سنفتح المعبر أمام القوافل غدا“.'],
    ['single curly quotes', 'وقال الوزير سامي الخطيب ‘سنفتح المعبر أمام القوافل غدا’.'],
    ['spaced French guillemets', 'وقال الوزير سامي الخطيب « سنفتح المعبر أمام القوافل غدا ».'],
  ])('reads a quotation in %s without its marks', (_name, body) => {
    // Act
    const [claim] = quotes(claimsOf(body));
    // Assess
    expect(claim?.quote).toBe('سنفتح المعبر أمام القوافل غدا');
    expect(claim?.text).toBe(body);
    expect(claim?.speaker).toBe('الوزير سامي الخطيب');
  });

  it('gives ids, offsets into the body and the outlet', () => {
    const body = 'عنوان تمهيدي طويل بما يكفي هنا.\n\nوقال الوزير سامي الخطيب «سنفتح المعبر أمام القوافل غدا».';
    const claims = claimsOf(body);
    expect(claims.map((c) => c.id)).toEqual(['art-1#0001', 'art-1#0002']);
    for (const c of claims) expect(body.slice(c.start, c.end)).toBe(c.text);
    expect(claims[1]?.outlet).toBe('test-outlet');
  });

  it('keeps a quoted name inside a quotation as part of it', () => {
    // Prepare: the inner "الجماعة" uses the same mark as the outer quotation, which is never closed.
    const body = 'وأضاف الوزير سامي الخطيب "نريد تنسيقا أوسع في تبادل المعلومات لمواجهة "الجماعة".';
    // Act
    const found = quotes(claimsOf(body));
    // Assess
    expect(found.map((c) => c.quote)).toEqual(['نريد تنسيقا أوسع في تبادل المعلومات لمواجهة "الجماعة"']);
  });

  it('recovers a quotation left open before the next one begins', () => {
    const body = 'وقال الوزير سامي الخطيب «زرنا المعبر وشاهدنا الشاحنات المحملة بالوقود، مضيفاً «لا نرى أي تقدم في الملف».';
    const found = quotes(claimsOf(body));
    expect(found.map((c) => c.quote)).toEqual(['زرنا المعبر وشاهدنا الشاحنات المحملة بالوقود', 'لا نرى أي تقدم في الملف']);
    expect(new Set(found.map((c) => c.speakerKey)).size).toBe(1);
  });

  it('does not treat scare quotes around a term as speech', () => {
    const body = [
      'وحول «ملف اللاجئين العالقين» أكد الوزير سامي الخطيب أن الحل بات قريبا.',
      'وتحدث البيان عن “الإرهاب” في المنطقة الحدودية بشكل مطول.',
      'The council rejected the so-called "peace plan" after a long debate.',
    ].join('\n\n');
    const claims = claimsOf(body);
    expect(quotes(claims)).toEqual([]);
    expect(claims[0]?.kind).toBe('reported');
  });

  it('attributes a partial quotation inside reported speech to the speaker', () => {
    const body = 'وقال الوزير سامي الخطيب إنه زار العاصمة “لبحث التعاون في مجال الطاقة والمياه”.';
    const [claim] = quotes(claimsOf(body));
    expect(claim).toMatchObject({ quote: 'لبحث التعاون في مجال الطاقة والمياه', speaker: 'الوزير سامي الخطيب' });
  });

  it('keeps a quotation of several sentences in one claim', () => {
    const body = 'وقال الوزير سامي الخطيب: «الوضع صعب. نحن نعمل ليلا ونهارا. لن نتراجع عن قرارنا.» ثم غادر المؤتمر الصحفي مسرعا.';
    const claims = claimsOf(body);
    expect(quotes(claims).map((c) => c.quote)).toEqual(['الوضع صعب. نحن نعمل ليلا ونهارا. لن نتراجع عن قرارنا.']);
  });

  it('splits a sentence with reported content and a quotation into both claims', () => {
    const body = 'وأكد الوزير سامي الخطيب على ضرورة فتح المعابر أمام قوافل الإغاثة الإنسانية فورا، مضيفاً «لن ننتظر أكثر».';
    const claims = claimsOf(body);
    expect(claims.map((c) => c.kind)).toEqual(['reported', 'quote']);
    expect(claims[0]?.text).toBe('وأكد الوزير سامي الخطيب على ضرورة فتح المعابر أمام قوافل الإغاثة الإنسانية فورا');
    expect(claims[0]?.speakerKey).toBe(claims[1]?.speakerKey);
  });

  it('reads English and French quotations with the speaker after them', () => {
    const body = '"We will not reopen the border," Defence Minister John Carter said.\n\n« Nous sommes prêts à négocier », a déclaré le président Jean Dubois.';
    const found = quotes(claimsOf(body, { language: 'en' }));
    expect(found.map((c) => [c.quote, c.speaker])).toEqual([
      ['We will not reopen the border,', 'Defence Minister John Carter'],
      ['Nous sommes prêts à négocier', 'président Jean Dubois'],
    ]);
  });
});

describe('a short quotation closed on a comma', () => {
  it('is speech handed over to the attribution that follows it', () => {
    // Act
    const [claim] = quotes(claimsOf('"We will rebuild the port," Mayor Salim Dabbagh said.', { language: 'en' }));
    // Assess
    expect(claim?.quote).toBe('We will rebuild the port,');
    expect(claim?.speakerKey).toBe(speakerKeyOf('Dabbagh'));
  });
});
