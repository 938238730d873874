import { alignClaims, directionRoles, explains, featuresOf, rootish, unexplainedPair } from '../../../shared/matching/features';
import { sentenceClaim } from '../../../shared/matching/evaluate';
import { contradictionProbability, stanceOf } from '../../../shared/matching/stance';
import { matchTokens } from '../../../shared/matching/words';

const token = (word: string) => matchTokens(word)[0] as ReturnType<typeof matchTokens>[number];
const features = (a: string, b: string) => featuresOf(sentenceClaim('x', 'outlet-x', a), sentenceClaim('y', 'outlet-y', b));

describe('explains: words a paraphrase may exchange', () => {
  it.each([
    ['verb and its verbal noun', 'يصعد', 'صعود'],
    ['imperfect and verbal noun of a derived verb', 'ينخفض', 'انخفاض'],
    ['two words of one direction', 'هبوط', 'انخفاض'],
    ['an inflection', 'الاتفاقية', 'اتفاقيات'],
  ])('counts %s as the same word', (_label, a, b) => {
    // Act/Assess
    expect(explains(token(a), token(b))).toBe(true);
  });

  it.each([
    ['two magnitudes', 'مليون', 'مليار'],
    ['two short names that share a bigram', 'أبل', 'ألفابت'],
    ['opposite directions', 'ارتفاع', 'تراجع'],
  ])('keeps %s apart', (_label, a, b) => {
    // Act/Assess
    expect(explains(token(a), token(b))).toBe(false);
  });

  it('gives a root-like skeleton to Arabic words only', () => {
    // Act/Assess
    expect(rootish(token('يرتفع'))).toBe(rootish(token('ارتفاع')));
    expect(rootish(token('market'))).toBeNull();
  });
});

describe('synonyms of news writing', () => {
  const content = (text: string) => matchTokens(text).filter((t) => !t.filler);
  const leftover = (a: string, b: string): [string[], string[]] => {
    const [onlyA, onlyB] = unexplainedPair(content(a), content(b));
    return [onlyA.map((t) => t.text), onlyB.map((t) => t.text)];
  };

  it.each([
    ['two words for a death', 'رحيل', 'وفاة'],
    ['an idiom of dying and a killing', 'حتفه', 'مقتل'],
    ['two words for an arrest', 'توقيف', 'اعتقال'],
    ['two verbs of supplying', 'تزود', 'تمد'],
    ['a currency and the generic word', 'العملة', 'الليرة'],
    ['a seat of government and its country', 'واشنطن', 'أمريكا'],
  ])('counts %s as the same word', (_label, a, b) => {
    // Act/Assess
    expect(explains(token(a), token(b))).toBe(true);
  });

  it.each([
    ['two currencies that share the generic word', 'الليرة', 'الدولار'],
    ['a killing and a wounding', 'مقتل', 'إصابة'],
    ['an arrest and a kidnapping', 'اعتقال', 'اختطاف'],
  ])('keeps %s apart', (_label, a, b) => {
    // Act/Assess
    expect(explains(token(a), token(b))).toBe(false);
  });

  it('uses up a multi-word member as a whole against one word of its set', () => {
    // Act
    const [onlyA, onlyB] = leftover('لقي حارس المرمى حتفه في حادث سير', 'مصرع حارس المرمى في حادث سير');
    const [usA, usB] = leftover('الولايات المتحدة تزود الجيش بالذخيرة', 'أميركا تمد الجيش بالذخيرة');
    const [freedA, freedB] = leftover('أطلقت السلطات سراح الصحفي', 'الإفراج عن الصحفي');
    // Assess
    expect([onlyA, onlyB]).toEqual([[], []]);
    expect([usA, usB]).toEqual([[], []]);
    expect(freedA).toEqual(['السلطات']);
    expect(freedB).toEqual([]);
  });

  it('leaves a real swap of two countries unexplained', () => {
    // Act
    const [onlyA, onlyB] = leftover('إيران ترحب بعودة السفير', 'العراق ترحب بعودة السفير');
    // Assess
    expect(onlyA).toEqual(['إيران']);
    expect(onlyB).toEqual(['العراق']);
  });

  it('counts words tied only as synonyms for the model', () => {
    // Act
    const reworded = features('توقيف مهرب قرب الحدود الجنوبية', 'القبض على مهرب قرب الحدود الجنوبية');
    const same = features('توقيف مهرب قرب الحدود الجنوبية', 'توقيف مهرب قرب الحدود الجنوبية');
    // Assess
    expect(reworded.get('synonym_links') ?? 0).toBeGreaterThan(0);
    expect(same.get('synonym_links') ?? 0).toBe(0);
  });
});

describe('stanceFeatures', () => {
  it('marks one content word swapped in an otherwise equal sentence', () => {
    // Act
    const f = features('وقع البلدان اتفاقا لتصدير الأسمدة عبر الميناء الشمالي', 'وقع البلدان اتفاقا لتصدير الحبوب عبر الميناء الشمالي');
    // Assess
    expect(f.get('lone_substitution')).toBe(1);
    expect(f.get('close_edit')).toBe(1);
    expect(f.get('one_side_only')).toBeUndefined();
  });

  it('marks opposite direction words that neither side explains', () => {
    // Act
    const f = features('ارتفعت صادرات الفوسفات خلال الربع الثالث', 'تراجعت صادرات الفوسفات خلال الربع الثالث');
    // Assess
    expect(f.get('direction_opposite_unexplained')).toBe(1);
  });

  it('marks two directions given in swapped order', () => {
    // Act
    const f = features('الذهب يرتفع مع هبوط الدولار', 'الذهب يهبط مع ارتفاع الدولار');
    // Assess
    expect(f.get('direction_order_swapped')).toBe(1);
  });

  it('marks a negator on one side and a swapped number', () => {
    // Act
    const negated = features('الحكومة تشارك في مؤتمر المانحين', 'الحكومة لن تشارك في مؤتمر المانحين');
    const numbers = features('نزوح 300 عائلة من القرى الحدودية', 'نزوح 500 عائلة من القرى الحدودية');
    // Assess
    expect(negated.get('negator_one_side')).toBe(1);
    expect(numbers.get('number_swapped')).toBe(1);
  });

  it('sees a reordered paraphrase as reordered, an in-place edit as not', () => {
    // Act
    const reordered = alignClaims(sentenceClaim('x', 'o1', 'ارتفاع قياسي لصادرات القمح هذا العام'), sentenceClaim('y', 'o2', 'صادرات القمح ترتفع بشكل قياسي هذا العام'));
    const f = features('ارتفاع قياسي لصادرات القمح هذا العام', 'صادرات القمح ترتفع بشكل قياسي هذا العام');
    const edited = features('صادرات القمح ترتفع هذا العام', 'صادرات القمح تتراجع هذا العام');
    // Assess
    expect(reordered.changes.length).toBeGreaterThan(0);
    expect(f.get('reordered') ?? 0).toBeGreaterThan(0);
    expect(edited.get('reordered') ?? 0).toBe(0);
  });
});

describe('stanceFeatures: who moves which way', () => {
  it('binds a verb to the word before it and a verbal noun to the word after it', () => {
    // Prepare
    const { A } = alignClaims(sentenceClaim('x', 'o1', 'القمح يرتفع مع تراجع الأرز'), sentenceClaim('y', 'o2', 'القمح'));
    // Act: a word may sit in several lines of the opposites lexicon, so one binding per line.
    const roles = directionRoles(A.tokens);
    const nouns = [...new Set(roles.map(([noun]) => noun.text))];
    const side = (text: string) => new Set(roles.filter(([noun]) => noun.text === text).map(([, group]) => group.split(':')[1]));
    // Assess: the two nouns move in opposite directions.
    expect(nouns).toEqual(['القمح', 'الأرز']);
    expect([...side('القمح')]).toHaveLength(1);
    expect([...side('الأرز')]).not.toEqual([...side('القمح')]);
  });

  it('binds a direction to a two-word noun phrase, so a price and its commodity both move', () => {
    // Prepare
    const { A, B } = alignClaims(sentenceClaim('x', 'o1', 'أسعار القطن تتراجع'), sentenceClaim('y', 'o2', 'ارتفاع في أسعار القطن'));
    // Act
    const movers = (side: typeof A) => directionRoles(side.tokens).map(([noun]) => noun.text);
    // Assess
    expect(new Set(movers(A))).toEqual(new Set(['أسعار', 'القطن']));
    expect(new Set(movers(B))).toEqual(new Set(['أسعار', 'القطن']));
    expect(features('أسعار القطن تتراجع مع ارتفاع الإنتاج', 'ارتفاع في أسعار القطن مع انخفاض الإنتاج').get('roles_crossed')).toBe(2);
  });

  it('sees the same movements however they are worded, and swapped movements as crossed', () => {
    // Act
    const same = features('القمح يرتفع مع تراجع الأرز', 'تراجع للأرز وصعود للقمح');
    const crossed = features('القمح يرتفع مع تراجع الأرز', 'هبوط القمح مع ارتفاع الأرز');
    // Assess
    expect(same.get('roles_same')).toBe(2);
    expect(same.get('roles_crossed')).toBeUndefined();
    expect(same.get('roles_consistent')).toBe(1);
    expect(crossed.get('roles_crossed')).toBe(2);
    expect(crossed.get('roles_consistent')).toBeUndefined();
  });
});

describe('stanceFeatures: where the edits are', () => {
  it('tells an edit inside the claim from a reworded opening', () => {
    // Act
    const inside = features('البنك يمنح قروضا صغيرة للمزارعين في الريف', 'البنك يمنح قروضا كبيرة للمزارعين في الريف');
    const opening = features('وكالة محلية: البنك يمنح قروضا صغيرة للمزارعين في الريف', 'البنك يمنح قروضا صغيرة للمزارعين في الريف');
    // Assess
    expect(inside.get('one_inner_edit')).toBe(1);
    expect(inside.get('same_ends')).toBe(1);
    expect(opening.get('inner_hunks')).toBeUndefined();
    expect(opening.get('edge_hunks')).toBeGreaterThan(0);
    expect(opening.get('source_one_side')).toBe(1);
  });

  it('marks a shorter claim found whole in the longer one', () => {
    // Act
    const cut = features('البنك يمنح قروضا صغيرة للمزارعين في الريف الشمالي هذا الشتاء', 'قروض صغيرة للمزارعين في الريف');
    const changed = features('البنك يمنح قروضا صغيرة للمزارعين في الريف الشمالي هذا الشتاء', 'قروض صغيرة للصيادين في الريف');
    // Assess
    expect(cut.get('shorter_contained')).toBe(1);
    expect(cut.get('shorter_explained')).toBe(1);
    expect(changed.get('shorter_contained')).toBeUndefined();
    expect(changed.get('shorter_explained') ?? 0).toBeLessThan(1);
  });
});

describe('stance model', () => {
  it('gives a contradiction a higher probability than a paraphrase of the same claim', () => {
    // Act
    const paraphrase = contradictionProbability(features('البرلمان يقر قانون الموازنة الجديد', 'إقرار قانون الموازنة الجديد في البرلمان'));
    const contradiction = contradictionProbability(features('البرلمان يقر قانون الموازنة الجديد', 'البرلمان يرفض قانون الموازنة الجديد'));
    // Assess
    expect(contradiction).toBeGreaterThan(paraphrase);
  });

  it('calls an opposite verb a contradiction and a light rewording an agreement', () => {
    // Act/Assess
    expect(stanceOf(features('الشركة تفتح فرعا جديدا في المدينة', 'الشركة تغلق فرعا جديدا في المدينة'))).toBe('contradict');
    expect(stanceOf(features('الشركة تفتح فرعا جديدا في المدينة', 'افتتاح فرع جديد للشركة في المدينة'))).toBe('agree');
  });
});
