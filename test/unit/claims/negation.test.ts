import { isNegated } from '../../../shared/claims/negation';
import { claimsOf, quotes } from './helpers';

describe('negation', () => {
  it.each([
    ['لا نرى أي تقدم في الملف', true],
    ['لم تفكر الحكومة في ذلك', true],
    ['لن نتراجع عن قرارنا', true],
    ['ليست لدينا أي معلومات', true],
    ['شركاؤنا غير مستعدين لتحالف أوسع', true],
    ['أكد عدم وجود أي اتفاق', true],
    ['لا يوجد أي دليل', true],
    ['نفى الوزير وجود صفقة', true],
    ['كان ينبغي ألا تهاجم الطائرة', true],
    ['ولم يعد بوسعنا الانتظار', true],
    ['We did not see any progress', true],
    ["We don't see any progress", true],
    ['The minister denied the report', true],
    ['Nous ne sommes pas prêts', true],
    ['Il ne reviendra jamais', true],
    ['نرى تقدما واضحا في الملف', false],
    ['لا يزال الوضع متوترا', false],
    ['لا بد من الحوار', false],
    ['جاء في رد غير مباشر على التصريحات', false],
    ['غير أن الحكومة وافقت', false],
    ['ندعو إلى الحل حتى لا تتضرر شعوبنا', false],
    ['لا نملك إلا الحوار', false],
    ['Not only the army but the police came', false],
    ['We see clear progress', false],
  ])('"%s" -> %s', (text, expected) => {
    expect(isNegated(text)).toBe(expected);
  });

  it('judges a quote claim on the quoted words, not on the rest of its sentence', () => {
    const [claim] = quotes(claimsOf('ولم يخف الوزير سامي الخطيب تفاؤله، قائلا «نرى تقدما واضحا في المفاوضات».'));
    expect(claim?.negated).toBe(false);
  });
});
