import { claimsOf } from './helpers';

describe('text that is not a claim', () => {
  it('skips the title and its repetition in the body', () => {
    // Prepare
    const title = 'الحكومة تعلن خطة جديدة للنقل العام';
    const body = `${title}\n\n${title}\n\nأعلنت الحكومة خطة جديدة للنقل العام تبدأ الشهر المقبل.`;
    // Act
    const claims = claimsOf(body, { title });
    // Assess
    expect(claims.map((c) => c.text)).toEqual(['أعلنت الحكومة خطة جديدة للنقل العام تبدأ الشهر المقبل.']);
  });

  it('strips a byline before a sentence that stands alone, and keeps the sentence', () => {
    const claims = claimsOf('ليلى حداد: قال الوزير سامي الخطيب إن الميناء سيفتح قريبا.');
    expect(claims).toHaveLength(1);
    expect(claims[0]?.text).toBe('قال الوزير سامي الخطيب إن الميناء سيفتح قريبا.');
  });

  it('skips datelines on their own line and strips them before a sentence', () => {
    const claims = claimsOf('عمان-بترا\n\nوصل وفد برلماني إلى العاصمة لبحث ملف المياه.\n\nPARIS (AFP) - The minister resigned on Friday after the vote.', { language: 'en' });
    expect(claims.map((c) => c.text)).toEqual(['وصل وفد برلماني إلى العاصمة لبحث ملف المياه.', 'The minister resigned on Friday after the vote.']);
  });

  it.each([
    ['صيدا – وصل وفد برلماني إلى المدينة لبحث ملف المياه.', 'وصل وفد برلماني إلى المدينة لبحث ملف المياه.'],
    ['SIDON — A parliamentary delegation arrived to discuss water.', 'A parliamentary delegation arrived to discuss water.'],
  ])('strips a bare place dateline before the first sentence: "%s"', (body, text) => {
    expect(claimsOf(body).map((c) => c.text)).toEqual([text]);
  });

  it('keeps a spaced dash inside a later sentence', () => {
    const body = 'وصل وفد برلماني إلى المدينة لبحث ملف المياه.\n\nوقال رئيس الوفد إن اللقاء – وهو الثاني هذا العام – كان مثمرا.';
    expect(claimsOf(body).map((c) => c.text)[1]).toBe('وقال رئيس الوفد إن اللقاء – وهو الثاني هذا العام – كان مثمرا.');
  });

  it.each([
    'المصدر: وكالات + مواقع',
    'نقلا عن وكالة الأنباء',
    'Source : AFP',
    'Related posts',
    'شارك',
    'تعليق',
    'Top',
    'اقرأ أيضا',
  ])('skips the page furniture line "%s"', (line) => {
    const body = `وصل وفد برلماني إلى العاصمة لبحث ملف المياه.\n\n${line}\n\nوغادر الوفد مساء اليوم بعد لقاء المسؤولين.`;
    expect(claimsOf(body)).toHaveLength(2);
  });

  it('skips short section headings without final punctuation', () => {
    const body = 'وصل وفد برلماني إلى العاصمة لبحث ملف المياه والطاقة.\n\nملف المياه والطاقة\n\nوغادر الوفد مساء اليوم بعد لقاء المسؤولين في الوزارة.';
    expect(claimsOf(body).map((c) => c.text)).not.toContain('ملف المياه والطاقة');
    expect(claimsOf(body)).toHaveLength(2);
  });

  it('turns each item of a numbered list into a statement', () => {
    const body = 'وصل وفد برلماني إلى العاصمة لبحث ملف المياه.\n\n1- المياه الجوفية تتراجع كل عام بشكل مقلق.\n\n2- السدود الحالية لا تكفي حاجة المدن.';
    expect(claimsOf(body).map((c) => c.kind)).toEqual(['statement', 'statement', 'statement']);
  });

  it('yields a repeated sentence once', () => {
    const sentence = 'وصل وفد برلماني إلى العاصمة لبحث ملف المياه.';
    expect(claimsOf(`${sentence}\n\n${sentence}`)).toHaveLength(1);
  });
});
