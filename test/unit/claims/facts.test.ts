import { extractDates, hijriToGregorian } from '../../../shared/claims/dates';
import { extractNumbers, parseDigits } from '../../../shared/claims/numbers';
import { claimsOf } from './helpers';

const dateOf = (text: string, publishedAt: string | null = null) =>
  extractDates(text, 0, publishedAt).map(({ year, month, day }) => ({ year, month, day }));
const valuesOf = (text: string) => extractNumbers(text, 0, extractDates(text)).map((n) => n.value);

/** Month names per convention: Levantine, Egyptian, Moroccan, Algerian/Tunisian. */
const MONTHS: Array<[number, string, string, string, string]> = [
  [1, 'كانون الثاني', 'يناير', 'يناير', 'جانفي'],
  [2, 'شباط', 'فبراير', 'فبراير', 'فيفري'],
  [3, 'آذار', 'مارس', 'مارس', 'مارس'],
  [4, 'نيسان', 'أبريل', 'أبريل', 'أفريل'],
  [5, 'أيار', 'مايو', 'ماي', 'ماي'],
  [6, 'حزيران', 'يونيه', 'يونيو', 'جوان'],
  [7, 'تموز', 'يوليه', 'يوليوز', 'جويلية'],
  [8, 'آب', 'أغسطس', 'غشت', 'أوت'],
  [9, 'أيلول', 'سبتمبر', 'شتنبر', 'سبتمبر'],
  [10, 'تشرين الأول', 'أكتوبر', 'أكتوبر', 'أكتوبر'],
  [11, 'تشرين الثاني', 'نوفمبر', 'نونبر', 'نوفمبر'],
  [12, 'كانون الأول', 'ديسمبر', 'دجنبر', 'ديسمبر'],
];

describe('dates', () => {
  it.each(MONTHS)('reads month %i the same in all four Arabic conventions', (month, ...names) => {
    for (const name of names) expect(dateOf(`وصل الوفد يوم 26 ${name} 2015 إلى المدينة`)).toEqual([{ year: 2015, month, day: 26 }]);
  });

  it('gives "26 تشرين الثاني" and "26 نونبر" the same partial date', () => {
    expect(dateOf('مساء الخميس 26 تشرين الثاني')).toEqual(dateOf('يوم 26 نونبر الماضي'));
    expect(dateOf('يوم 26 نونبر الماضي')).toEqual([{ year: null, month: 11, day: 26 }]);
  });

  it('reads English and French month names', () => {
    expect(dateOf('on November 26, 2015 in Moscow')).toEqual([{ year: 2015, month: 11, day: 26 }]);
    expect(dateOf('le 1er décembre 2015 à Paris')).toEqual([{ year: 2015, month: 12, day: 1 }]);
    expect(dateOf('26 Nov. 2015')).toEqual([{ year: 2015, month: 11, day: 26 }]);
  });

  it('needs a day or a year before it reads an ambiguous month name', () => {
    expect(dateOf('مارس الضغط على الحكومة')).toEqual([]);
    expect(dateOf('You may say so.')).toEqual([]);
    expect(dateOf('في 3 مارس')).toEqual([{ year: null, month: 3, day: 3 }]);
  });

  it('reads the glued day of "الـ 13من تشرين الثاني"', () => {
    expect(dateOf('في الـ 13من تشرين الثاني الماضي')).toEqual([{ year: null, month: 11, day: 13 }]);
  });

  it('converts Hijri dates with a year through the umm al-qura calendar', () => {
    expect(hijriToGregorian(1437, 2, 14)).toEqual({ year: 2015, month: 11, day: 26 });
    expect(dateOf('في 14 صفر 1437 هـ')).toEqual([{ year: 2015, month: 11, day: 26 }]);
    expect(dateOf('في شهر رمضان')).toEqual([]);
  });

  it('resolves relative dates against the publication date', () => {
    // Prepare: a Friday morning paper.
    const published = '2015-11-27T08:00:00Z';
    // Act + Assess
    expect(dateOf('وصل أمس', published)).toEqual([{ year: 2015, month: 11, day: 26 }]);
    expect(dateOf('وصل أول أمس', published)).toEqual([{ year: 2015, month: 11, day: 25 }]);
    expect(dateOf('يصل اليوم', published)).toEqual([{ year: 2015, month: 11, day: 27 }]);
    expect(dateOf('مساء الخميس', published)).toEqual([{ year: 2015, month: 11, day: 26 }]);
    expect(dateOf('في 24 الشهر الماضي', published)).toEqual([{ year: 2015, month: 10, day: 24 }]);
    expect(dateOf('hier soir', published)).toEqual([{ year: 2015, month: 11, day: 26 }]);
  });

  it('does not take the channel "روسيا اليوم" for today, nor resolve relative dates without a publication date', () => {
    expect(dateOf('نقل موقع روسيا اليوم', '2015-11-27T08:00:00Z')).toEqual([]);
    expect(dateOf('وصل أمس')).toEqual([]);
  });

  it('keeps the day of "24 الشهر الماضي" even without a publication date', () => {
    expect(dateOf('في 24 الشهر الماضي')).toEqual([{ year: null, month: null, day: 24 }]);
  });

  it('reads numeric dates day first', () => {
    expect(dateOf('بتاريخ 26/11/2015')).toEqual([{ year: 2015, month: 11, day: 26 }]);
    expect(dateOf('on 2015-11-26')).toEqual([{ year: 2015, month: 11, day: 26 }]);
  });

  it('maps facts back to the original wording and offsets', () => {
    const text = 'وصل يوم ٢٦ تشرينَ الثاني';
    const [fact] = extractDates(text, 100);
    expect(fact).toMatchObject({ day: 26, month: 11, text: '٢٦ تشرينَ الثاني', start: 108, end: 100 + text.length });
  });
});

describe('numbers', () => {
  it('reads digits in any script', () => {
    expect(valuesOf('قتل 35 شخصا')).toEqual([35]);
    expect(valuesOf('قتل ٣٥ شخصا')).toEqual([35]);
    expect(valuesOf('قتل ۳۵ شخصا')).toEqual([35]);
  });

  it('reads decimals and thousands separators of each convention', () => {
    expect(valuesOf('نزح 3.5 مليون')).toEqual([3_500_000]);
    expect(valuesOf('نزح ٣٫٥ مليون')).toEqual([3_500_000]);
    expect(valuesOf('1,250 soldats et 3,5 millions')).toEqual([1250, 3_500_000]);
    expect(valuesOf('١٬٢٥٠ جنديا')).toEqual([1250]);
    expect(parseDigits('1.000.000')).toBe(1_000_000);
  });

  it('keeps the percent sign in the wording', () => {
    const [arabic] = extractNumbers('ارتفع بنسبة ٤٠٪ هذا العام');
    const [words] = extractNumbers('ارتفع 40 في المئة');
    expect(arabic).toMatchObject({ value: 40, text: '٤٠٪' });
    expect(words).toMatchObject({ value: 40, text: '40 في المئة' });
  });

  it('reads number words in Arabic, English and French', () => {
    expect(valuesOf('بعبارات عشر')).toEqual([10]);
    expect(valuesOf('أكثر من عشرين قتيلا ومئة جريح ومائة أخرى')).toEqual([20, 100, 100]);
    expect(valuesOf('ثلاثة آلاف عنصر')).toEqual([3000]);
    expect(valuesOf('twenty soldiers and two million people')).toEqual([20, 2_000_000]);
    expect(valuesOf('vingt soldats')).toEqual([20]);
  });

  it('reads the number glued to a word in "الـ 13من"', () => {
    expect(valuesOf('في الـ 13من الشهر')).toEqual([13]);
  });

  it('does not read model names as quantities', () => {
    expect(valuesOf('قاذفة من طراز سو24 ومنظومة إس 400 وصواريخ اس-400 و S-400 وطائرة F-16 وأخرى Su-24')).toEqual([]);
  });

  it('does not count the G20 summit ("قمة العشرين") or a date day as numbers', () => {
    expect(valuesOf('في قمة العشرين يوم 26 نوفمبر')).toEqual([]);
  });

  it('reads a number with a glued conjunction', () => {
    expect(valuesOf('قتل 5 وجرح و3 آلاف نزحوا')).toEqual([5, 3000]);
  });

  it('leaves list markers out of claims and their numbers', () => {
    const claims = claimsOf('1- وصلت قافلة تحمل مساعدات غذائية إلى المدينة.\n\n2- غادرت قافلة ثانية تحمل الأدوية صباحا.');
    expect(claims.map((c) => [c.kind, c.numbers.length])).toEqual([
      ['statement', 0],
      ['statement', 0],
    ]);
    expect(claims[0]?.text.startsWith('وصلت')).toBe(true);
  });
});
