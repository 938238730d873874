import { classifyPair } from '../../../shared/matching/evaluate';
import { explains, unexplainedPair } from '../../../shared/matching/features';
import { synonymous } from '../../../shared/matching/synonyms';
import { matchTokens } from '../../../shared/matching/words';

const token = (word: string) => matchTokens(word)[0] as ReturnType<typeof matchTokens>[number];
const key = (word: string) => token(word).key;
const content = (text: string) => matchTokens(text).filter((t) => !t.filler);
const leftover = (a: string, b: string): string[] => {
  const [onlyA, onlyB] = unexplainedPair(content(a), content(b));
  return [...onlyA, ...onlyB].map((t) => t.text);
};

describe('synonym sets of news verbs and nouns', () => {
  it.each([
    ['leaving', 'غادر', 'انسحب'],
    ['leaving and evacuating', 'خروج', 'إجلاء'],
    ['evacuating', 'إجلاء', 'إخراج'],
    ['receiving', 'تتلقى', 'تتسلم'],
    ['surpassing', 'يتخطى', 'يتجاوز'],
    ['surpassing a rival', 'تتفوق', 'تتجاوز'],
    ['starting', 'انطلاق', 'تدشين'],
    ['entering by force', 'يقتحم', 'يدخل'],
    ['breaking out', 'اندلعت', 'اشتعلت'],
    ['crowning and winning', 'يتوج', 'يفوز'],
    ['supplying', 'تزود', 'تدعم'],
    ['fear', 'مخاوف', 'خشية'],
    ['warning and threatening', 'تحذيرات', 'تهديدات'],
    ['a deal and a settlement', 'تسوية', 'اتفاق'],
    ['intending', 'تعتزم', 'تنوي'],
    ['pursuing', 'ملاحقة', 'تعقب'],
    ['measures', 'إجراءات', 'خطوات'],
    ['taking control', 'يستحوذ', 'يسيطر'],
    ['budgets', 'ميزانية', 'موازنة'],
  ])('links two words of %s', (_label, a, b) => {
    // Act/Assess
    expect(synonymous(key(a), key(b))).toBe(true);
    expect(explains(token(a), token(b))).toBe(true);
  });

  it.each([
    // A natural death and a killing are different claims; they meet only through "مصرع"/"لقي حتفه".
    ['a natural death and a killing', 'وفاة', 'مقتل'],
    ['a death and an assassination', 'توفي', 'اغتيال'],
  ])('does not make %s synonyms', (_label, a, b) => {
    // Act/Assess
    expect(synonymous(key(a), key(b))).toBe(false);
  });

  it.each([
    ['the idiom of dying and a natural death', 'مصرع', 'وفاة'],
    ['the idiom of dying and a killing', 'مصرع', 'مقتل'],
  ])('still links %s', (_label, a, b) => {
    // Act/Assess
    expect(synonymous(key(a), key(b))).toBe(true);
  });

  it.each([
    ['entering and leaving', 'دخول', 'خروج'],
    ['winning and losing', 'فوز', 'خسارة'],
    ['starting and stopping', 'انطلاق', 'توقف'],
    ['fear and relief', 'مخاوف', 'ارتياح'],
    ['an arrest and a release', 'اعتقال', 'إفراج'],
  ])('keeps %s apart', (_label, a, b) => {
    // Act/Assess
    expect(explains(token(a), token(b))).toBe(false);
  });

  it('links the multi-word names of foreign-currency reserves', () => {
    // Prepare
    const a = 'تراجع احتياطي النقد الأجنبي لدى البنك المركزي';
    const b = 'تراجع احتياطي العملة الصعبة لدى المصرف المركزي';

    // Act
    const left = leftover(a, b);

    // Assess
    expect(left).toEqual([]);
  });

  it('explains a verb of receiving treatment by its synonym', () => {
    // Prepare
    const a = 'الوزير يخضع للعلاج في مستشفى العاصمة';
    const b = 'الوزير يتلقى العلاج في مستشفى العاصمة';

    // Act
    const left = leftover(a, b);

    // Assess
    expect(left).toEqual([]);
  });
});

describe('headline paraphrases that swap the new synonyms', () => {
  it.each([
    ['entering', 'طالبات المدرسة يقتحمن مجال الروبوتات', 'طالبات المدرسة يدخلن مجال الروبوتات'],
    ['supplying', 'الحكومة اليابانية تزود أوكرانيا بمولدات كهربائية جديدة', 'الحكومة اليابانية تدعم أوكرانيا بمولدات كهربائية جديدة'],
    ['a settlement', 'نادي الزمالك يتوصل إلى تسوية مع مدربه السابق', 'نادي الزمالك يتوصل إلى اتفاق مع مدربه السابق'],
    ['intending', 'الجيش يعتزم إجراء مناورات بحرية في البحر الأحمر', 'الجيش ينوي إجراء مناورات بحرية في البحر الأحمر'],
    ['surpassing', 'أسعار القمح تتخطى مستوى قياسيا في بورصة شيكاغو', 'أسعار القمح تتجاوز مستوى قياسيا في بورصة شيكاغو'],
    ['crowning', 'الفيلم الوثائقي يتوج بأربع جوائز في المهرجان', 'الفيلم الوثائقي يفوز بأربع جوائز في المهرجان'],
  ])('leaves no word unexplained in a paraphrase by %s', (_label, a, b) => {
    // Act
    const left = leftover(a, b);

    // Assess
    expect(left).toEqual([]);
  });

  it.each([
    ['evacuation', 'خروج ثلاثة آلاف مدني من البلدة المحاصرة', 'إجلاء ثلاثة آلاف مدني من البلدة المحاصرة'],
    ['fear', 'مخاوف من انهيار سد قديم في شمال البلاد', 'قلق من انهيار سد قديم في شمال البلاد'],
    ['a mystery', 'الشرطة تكشف لغز اختفاء لوحة نادرة من المتحف', 'الشرطة تكشف سر اختفاء لوحة نادرة من المتحف'],
    ['currency reserves', 'تراجع احتياطي النقد الأجنبي لدى البنك المركزي', 'تراجع احتياطي العملة الصعبة لدى المصرف المركزي'],
  ])('reports a paraphrase by %s as agreement', (_label, a, b) => {
    // Act
    const kind = classifyPair(a, b);

    // Assess
    expect(kind).toBe('agreement');
  });
});
