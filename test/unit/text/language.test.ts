import { detectLanguage } from '../../../shared/text/language';

describe('detectLanguage', () => {
  it('decides Arabic by script even with Latin fragments', () => {
    expect(detectLanguage('نشرت القوات منظومة S-400 قرب الحدود حسب AFP')).toBe('ar');
  });

  it('tells English from French by stop words', () => {
    expect(detectLanguage('The minister said that the talks were over.')).toBe('en');
    expect(detectLanguage('Le ministre a déclaré que les discussions étaient terminées.')).toBe('fr');
  });

  it('returns und without letters', () => {
    expect(detectLanguage('2015 - 11 - 26 !!')).toBe('und');
  });
});
