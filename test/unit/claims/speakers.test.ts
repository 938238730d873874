import { nameSkeleton, speakerKeyOf } from '../../../shared/claims/speakers';
import { claimsOf, quotes } from './helpers';

describe('speakers', () => {
  it('takes the subject after a reporting verb, with its title, as the speaker', () => {
    // Act
    const [claim] = claimsOf('أكد وزير الخارجية الأردني نبيل حداد أن المفاوضات ستستأنف الأسبوع المقبل.');
    // Assess
    expect(claim).toMatchObject({ kind: 'reported', speaker: 'وزير الخارجية الأردني نبيل حداد', speakerKey: speakerKeyOf('حداد') });
  });

  it.each(['قال', 'وقال', 'فقال', 'قالت', 'أكدت', 'وأوضح', 'شدد', 'نفت', 'وأعلن', 'صرح', 'حذر', 'وأعربت'])(
    'recognises the reporting verb %s',
    (verb) => {
      const [claim] = claimsOf(`${verb} المتحدثة ليلى منصور إن الحكومة ستعلن خطتها خلال أيام.`);
      expect(claim?.kind).toBe('reported');
      expect(claim?.speakerKey).toBe(speakerKeyOf('منصور'));
    },
  );

  it('puts the subject before the verb when the verb has none after it', () => {
    const [claim] = claimsOf('وكان الرئيس اللبناني ميشال سليمان أكد مؤخرا أن الحوار هو الطريق الوحيد.');
    expect(claim?.speaker).toBe('الرئيس اللبناني ميشال سليمان');
  });

  it('continues the current speaker with a participle and with a nameless "وتابع"', () => {
    // Prepare
    const body = [
      'وأعلن وزير الداخلية كريم عبيد عن خطة جديدة لتنظيم حركة المرور في العاصمة، موضحاً «الخطة تبدأ في المدن الكبرى».',
      'وتابع «سنراجع النتائج بعد شهر».',
      'وأضاف أن الغرامات سترتفع بشكل ملحوظ العام المقبل.',
    ].join('\n\n');
    // Act
    const claims = claimsOf(body);
    // Assess
    expect(claims.map((c) => c.kind)).toEqual(['reported', 'quote', 'quote', 'reported']);
    expect(new Set(claims.map((c) => c.speakerKey))).toEqual(new Set([speakerKeyOf('عبيد')]));
  });

  it('switches to the named speaker after "من جهته" and "بدوره"', () => {
    const body = [
      'قال الوزير كريم عبيد إن الطرق ستفتح غدا أمام المسافرين.',
      'من جهته، أكد النائب سليم فارس أن القرار جاء متأخرا جدا.',
      'بدوره، قال المحافظ عادل نصار إن المحافظة جاهزة للتنفيذ.',
    ].join('\n\n');
    const keys = claimsOf(body).map((c) => c.speakerKey);
    expect(keys).toEqual([speakerKeyOf('عبيد'), speakerKeyOf('فارس'), speakerKeyOf('نصار')]);
  });

  it('takes "من جهته" without a name as the other person of the exchange', () => {
    const body = 'قال الوزير كريم عبيد إنه التقى النائب سليم فارس لبحث الموازنة.\n\nوأكد النائب سليم فارس أن اللقاء كان مثمرا.\n\nمن جهته، أكد أن الموازنة ستقر قريبا.';
    const claims = claimsOf(body);
    expect(claims[2]?.speakerKey).toBe(speakerKeyOf('عبيد'));
  });

  it('resolves a later title and a surname to the person first named in full', () => {
    const body = [
      'أكد الرئيس التونسي منصف العربي أن الانتخابات ستجري في موعدها المحدد.',
      'وقال العربي إن اللجنة المستقلة ستشرف على العملية كاملة.',
      'وأضاف الرئيس التونسي أن المراقبين الدوليين مرحب بهم دائما.',
    ].join('\n\n');
    const claims = claimsOf(body);
    expect(claims.map((c) => c.speaker)).toEqual(Array(3).fill('الرئيس التونسي منصف العربي'));
  });

  it('resolves a title used before the person is named, from later in the article', () => {
    const body = 'دعا الرئيس المالي إلى وقف القتال فورا في الشمال.\n\nوكان الرئيس المالي عمر كوني قد التقى الوسطاء أمس في العاصمة.';
    expect(claimsOf(body)[0]?.speakerKey).toBe(speakerKeyOf('كوني'));
  });

  it('does not give a pronoun verb deep in a sentence about someone else to the current speaker', () => {
    const body = 'قال الوزير كريم عبيد إن الطرق ستفتح غدا.\n\nوتجاوبت البلدية مع الخطة سريعا، ثم وصلت فرق الصيانة، واقترحت تعديل المواعيد.';
    expect(claimsOf(body)[1]).toMatchObject({ kind: 'statement', speaker: null });
  });

  it('attributes "حسب" and "according to" to the source', () => {
    const [ar] = claimsOf('وبحسب وكالة الأنباء الرسمية، فإن الحريق أتى على ثلاثين منزلا.');
    const [en] = claimsOf('According to Reuters, the talks collapsed on Tuesday night.', { language: 'en' });
    expect(ar).toMatchObject({ kind: 'reported', speaker: 'وكالة الأنباء الرسمية' });
    expect(en).toMatchObject({ kind: 'reported', speaker: 'Reuters' });
  });

  it('reads "X told reporters", "said X" and "selon X"', () => {
    const body = [
      'Prime Minister Omar Haddad told reporters that the vote would go ahead.',
      'The plan is fair, said Interior Minister Sara Lind on Sunday.',
      'Selon le ministère, la frontière restera fermée jusqu’à lundi.',
    ].join('\n\n');
    const claims = claimsOf(body, { language: 'en' });
    expect(claims.map((c) => [c.kind, c.speakerKey])).toEqual([
      ['reported', speakerKeyOf('Haddad')],
      ['reported', speakerKeyOf('Lind')],
      ['reported', speakerKeyOf('ministère')],
    ]);
  });

  it('follows English and French pronouns to the current speaker', () => {
    const body = [
      'Foreign Minister Anna Berg said the embassy would reopen in March.',
      '"We are ready," she added.',
      'Le ministre Paul Girard a affirmé que le budget serait présenté lundi.',
      '« Rien ne changera », a-t-il ajouté.',
    ].join('\n\n');
    const claims = claimsOf(body, { language: 'en' });
    expect(claims.map((c) => c.speakerKey)).toEqual([speakerKeyOf('Berg'), speakerKeyOf('Berg'), speakerKeyOf('Girard'), speakerKeyOf('Girard')]);
  });
});

describe('speaker keys', () => {
  it.each([
    ['هولاند', 'أولاند'],
    ['هولاند', 'Hollande'],
    ['بوتين', 'بوتن'],
    ['بوتين', 'Poutine'],
    ['بوتين', 'Putin'],
    ['لودريان', 'Le Drian'],
    ['لافروف', 'Lavrov'],
    ['الخطيب', 'خطيب'],
  ])('gives %s and %s the same key', (a, b) => {
    expect(speakerKeyOf(a.replace(/^ال/u, ''))).toBe(speakerKeyOf(b));
  });

  it('keeps different people apart', () => {
    expect(nameSkeleton('بوتين')).not.toBe(nameSkeleton('هولاند'));
    expect(nameSkeleton('لافروف')).not.toBe(nameSkeleton('لودريان'));
  });

  it('joins a particle to the surname in an article ("لو دريان" = "لودريان")', () => {
    const a = claimsOf('وقال وزير الدفاع جان إيف لو دريان إن التعاون سيتعزز قريبا.')[0];
    const b = claimsOf('وقال وزير الدفاع جان إيف لودريان إن التعاون سيتعزز قريبا.')[0];
    expect(a?.speakerKey).toBe(b?.speakerKey);
  });

  it('matches "هولاند" in one outlet with "أولاند" in another', () => {
    const a = quotes(claimsOf('وقال الرئيس فرانسوا هولاند «جئنا للتنسيق».'))[0];
    const b = quotes(claimsOf('وقال الرئيس فرانسوا أولاند «جئنا للتنسيق».'))[0];
    expect(a?.speakerKey).toBeTruthy();
    expect(a?.speakerKey).toBe(b?.speakerKey);
  });
});

describe('speaker names: compound names, title complements, honorifics', () => {
  it('keeps the definite half of a compound given name and the family name after it', () => {
    // Act
    const [claim] = quotes(claimsOf('قال الوزير عبد الرحمن الحكيم: «سنحمي الصيادين في المياه الإقليمية».'));
    // Assess
    expect(claim?.speaker).toBe('الوزير عبد الرحمن الحكيم');
    expect(claim?.speakerKey).toBe(speakerKeyOf('حكيم'));
  });

  it('reads a French title with its complement before the name ("le ministre des Finances X")', () => {
    // Act
    const [claim] = quotes(claimsOf('« Nous allons revoir les impôts des petites entreprises », a déclaré le ministre des Finances Karim Ayoubi.', { language: 'fr' }));
    // Assess
    expect(claim?.speakerKey).toBe(speakerKeyOf('Ayoubi'));
    expect(claim?.speaker).toContain('Karim Ayoubi');
  });

  it('reads "M. X" as X, and "al-X" as the same person as "X"', () => {
    // Act
    const [fr] = quotes(claimsOf('« Le pont rouvrira demain », a affirmé M. al-Sayegh.', { language: 'fr' }));
    const [en] = quotes(claimsOf('"The bridge over the river will reopen to traffic tomorrow morning," Sayegh said.', { language: 'en' }));
    // Assess
    expect(fr?.speakerKey).toBe(en?.speakerKey);
    expect(fr?.speakerKey).toBe(speakerKeyOf('Sayegh'));
  });

  it('leaves the department out of an English name read leftwards from the verb', () => {
    // Act
    const [claim] = quotes(claimsOf('"The dam will be finished in spring," Minister of Energy and Water Omar Nasser said.', { language: 'en' }));
    // Assess
    expect(claim?.speaker).toBe('Omar Nasser');
    expect(claim?.speakerKey).toBe(speakerKeyOf('Nasser'));
  });
});

describe('French roles written with accents', () => {
  it('reads "le préfet X" after the verb as X', () => {
    // Act
    const [claim] = quotes(claimsOf('« Nous rouvrirons la route du col dès demain matin », a indiqué le préfet Antoine Marchal.', { language: 'fr' }));
    // Assess
    expect(claim?.speakerKey).toBe(speakerKeyOf('Marchal'));
  });
});
