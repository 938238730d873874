import { classifyPair } from '../../../shared/matching/evaluate';
import { directionOf, wordKey } from '../../../shared/matching/words';

/** True when the two words sit on opposite sides of at least one OPPOSITES line. */
function opposed(x: string, y: string): boolean {
  const groupsY = directionOf(wordKey(y));
  return directionOf(wordKey(x)).some((group) => {
    const [line, side] = group.split(':');
    return groupsY.includes(`${line}:${side === '0' ? '1' : '0'}`);
  });
}

describe('OPPOSITES direction lines', () => {
  it('puts general news antonyms on opposite sides, in their inflected forms', () => {
    // Prepare
    const pairs: [string, string][] = [
      ['يدافع', 'ينتقد'],
      ['تضخ', 'سحب'],
      ['وحدة', 'تباين'],
      ['تطمئن', 'تحذر'],
      ['تتحدى', 'التعاون'],
      ['يحتاج', 'ينعم'],
      ['ممنوعة', 'يفتح'],
      ['تتوقف', 'تواصل'],
      ['علقت', 'يواصل'],
      ['أرباح', 'خسائر'],
      ['يفرون', 'يبقون'],
      ['يقيل', 'استمرار'],
      ['تحبط', 'تفجير'],
      ['الصدارة', 'مؤخرة'],
      ['عفو', 'إعدام'],
      ['accelerates', 'slowdown'],
      ['défend', 'critique'],
      ['ناجحة', 'فاشلة'],
      ['مهمة', 'هامشية'],
      ['يسعى', 'يتفادى'],
      ['يتخطى', 'يقل'],
      ['تماسك', 'ترنح'],
      ['تخلصت', 'تمتلك'],
      ['ضحية', 'ينجو'],
      ['المتهمين', 'يفلتون'],
      ['تسجن', 'إخلاء'],
      ['تستعر', 'توقف'],
      ['لتحسين', 'لخفض'],
    ];
    // Act
    const unopposed = pairs.filter(([x, y]) => !opposed(x, y));
    // Assess
    expect(unopposed).toEqual([]);
  });

  it('keeps words of one direction on the same side', () => {
    // Prepare
    const sameSide: [string, string][] = [
      ['يضخ', 'ضخ'],
      ['تعلق', 'تعليق'],
      ['أرباح', 'ربح'],
      ['يتخطى', 'أكثر'],
      ['تفادى', 'يتفادى'],
      ['مهمة', 'هامة'],
    ];
    // Act
    const opposedPairs = sameSide.filter(([x, y]) => opposed(x, y));
    // Assess
    expect(opposedPairs).toEqual([]);
  });
});

describe('classifyPair with direction words', () => {
  it('reports a swapped direction word as a negation', () => {
    // Prepare: invented headlines where one outlet swaps a single word for its opposite.
    const pairs: [string, string][] = [
      ['المصرف المركزي يضخ سيولة جديدة في الأسواق المحلية', 'المصرف المركزي يسحب سيولة من الأسواق المحلية'],
      ['الشرطة تحبط مخططا إرهابيا في المدينة الساحلية', 'تفجير إرهابي في المدينة الساحلية'],
      ['شركة الطيران الوطنية تعلق رحلاتها إلى العاصمة', 'شركة الطيران الوطنية تواصل رحلاتها إلى العاصمة'],
      ['وزير المالية يدافع عن خطة الموازنة الجديدة أمام البرلمان', 'وزير المالية ينتقد خطة الموازنة الجديدة أمام البرلمان'],
      ['النقابة تطمئن المزارعين بشأن أسعار القمح', 'النقابة تحذر المزارعين بشأن أسعار القمح'],
      ['أرباح قياسية لشركة الاتصالات في الربع الأول', 'خسائر قياسية لشركة الاتصالات في الربع الأول'],
      ['المحكمة تسجن الصحفي المعروف بتهمة نشر أخبار كاذبة', 'المحكمة تخلي سبيل الصحفي المعروف بتهمة نشر أخبار كاذبة'],
      ['الوزير يلعب دورا مهما في مفاوضات السلام', 'الوزير يلعب دورا هامشيا في مفاوضات السلام'],
      ['الحكومة تسعى لإصلاحات ضريبية في العام المقبل', 'الحكومة تتفادى الإصلاحات الضريبية في العام المقبل'],
      ['سعر القمح يتخطى 300 دولار للطن', 'سعر القمح يقل عن 300 دولار للطن'],
      ['الجزيرة تخلصت من مخزون المبيدات القديمة', 'الجزيرة ما زالت تمتلك مخزون المبيدات القديمة'],
      ['The union defends the new pension plan', 'The union criticises the new pension plan'],
      ['Le syndicat défend le nouveau plan de retraite', 'Le syndicat critique le nouveau plan de retraite'],
    ];
    // Act
    const kinds = pairs.map(([a, b]) => classifyPair(a, b));
    // Assess
    expect(kinds).toEqual(pairs.map(() => 'negation'));
  });

  it('keeps a paraphrase that rewrites a direction word in another form as agreement', () => {
    // Prepare: verb against verbal noun, the same fact.
    const pairs: [string, string][] = [
      ['المصرف المركزي يضخ سيولة جديدة في الأسواق المحلية', 'ضخ سيولة جديدة من المصرف المركزي في الأسواق المحلية'],
      ['شركة الطيران الوطنية تعلق رحلاتها إلى العاصمة', 'تعليق رحلات شركة الطيران الوطنية إلى العاصمة'],
      ['الحكومة تسعى لإصلاحات ضريبية في العام المقبل', 'مساع حكومية لإصلاحات ضريبية في العام المقبل'],
    ];
    // Act
    const kinds = pairs.map(([a, b]) => classifyPair(a, b));
    // Assess
    expect(kinds).toEqual(pairs.map(() => 'agreement'));
  });
});
