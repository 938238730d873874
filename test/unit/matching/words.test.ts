import { joinSplitWords, matchTokens, wordKey } from '../../../shared/matching/words';

const keys = (text: string) => matchTokens(text).map((t) => t.key);

describe('matching keys', () => {
  it.each([
    ['سورية', 'سوريا'],
    ['السورية', 'سوريا'],
    ['أراضيها', 'اراضيها'],
    ['صوراً', 'صورا'],
    ['إدعاه', 'ادعاه'],
    ['أظهرتُ', 'أظهرت'],
    ['مـصـر', 'مصر'],
    ['مسؤول', 'مسئول'],
    ['وقال', 'قال'],
    ['فقال', 'قال'],
    ['بالذهب', 'الذهب'],
    ['للوزير', 'الوزير'],
    ['ووزير', 'وزير'],
    ['ولم', 'لم'],
    ['٢٦', '26'],
    ['۲۶', '26'],
    ['Reporters', 'reporter'],
    ['countries', 'country'],
    ['déclaré', 'declare'],
  ])('treats %s and %s as the same word', (a, b) => {
    // Prepare/Act
    const [ka, kb] = [wordKey(a), wordKey(b)];
    // Assess
    expect(ka).toBe(kb);
  });

  it.each([
    ['تقويضه', 'تدميره'],
    ['أعلى', 'أدنى'],
    ['بلد', 'لد'],
    ['لم', 'لن'],
    ['فصل', 'وصل'],
    ['this', 'thi'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(wordKey(a)).not.toBe(wordKey(b));
  });

  it('maps month names of every convention to one token', () => {
    // Prepare
    const variants = ['26 تشرين الثاني', '26 نونبر', '26 نوفمبر', '٢٦ نوفمبر', '26 November', 'le 26 novembre'];
    // Act
    const dated = variants.map((v) => keys(v).filter((k) => k !== 'le'));
    // Assess
    for (const k of dated) expect(k).toEqual(['26', 'm11']);
  });

  it('reads an ambiguous month word as a month only next to a number', () => {
    expect(keys('في 3 آب')).toContain('m8');
    expect(keys('زار الأب المدينة')).not.toContain('m8');
    expect(keys('on 3 May 2015')).toContain('m5');
    expect(keys('they may come')).not.toContain('m5');
  });

  it('splits French elisions so the article is a function word', () => {
    // Prepare/Act
    const tokens = matchTokens("l'armée d'Assad");
    // Assess
    expect(tokens.map((t) => t.key)).toEqual(['l', 'armee', 'd', 'assad']);
    expect(tokens[0]?.filler).toBe(true);
    expect(tokens[3]?.entity).toBe(true);
  });

  it('flags negators, numbers, function words and known names', () => {
    // Prepare/Act
    const [la, hum, ghayr, num, misr] = matchTokens('ولا هم غير 130 بمصر');
    // Assess
    expect(la?.negator).toBe(true);
    expect(hum?.filler).toBe(true);
    expect(ghayr?.negator).toBe(true);
    expect(num?.number).toBe(true);
    expect(misr?.entity).toBe(true);
  });

  it('re-joins a name written as two words on one side and one on the other', () => {
    // Prepare
    const split = matchTokens('قال لو دريان أمس');
    const joined = matchTokens('قال لودريان أمس');
    // Act
    const [a, b] = joinSplitWords(split, joined);
    // Assess
    expect(a.map((t) => t.key)).toEqual(b.map((t) => t.key));
    expect(a[1]?.start).toBe(4);
    expect(a[1]?.end).toBe('قال لو دريان'.length);
  });

  it('keeps original offsets so the analyst sees the outlet spelling', () => {
    // Prepare
    const text = 'أظهرتُ صوراً';
    // Act
    const tokens = matchTokens(text);
    // Assess
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['أظهرتُ', 'صوراً']);
  });
});

describe('stem keys keep names and content words whole', () => {
  it.each([
    ['a name starting with a preposition letter', 'بوتين', 'لبوتين'],
    ['a country starting with ل', 'لبنان', 'بلبنان'],
    ['a function word behind one clitic', 'هذا', 'لهذا'],
  ])('gives %s one key with and without a clitic', (_label, bare, glued) => {
    // Act/Assess
    expect(wordKey(glued)).toBe(wordKey(bare));
  });

  it.each([
    ['a gazetteer name', 'بوتين'],
    ['a word that two stripped letters would turn into "بين"', 'كلبين'],
    ['a word that two stripped letters would turn into "حول"', 'الكحول'],
  ])('does not read %s as a function word', (_label, word) => {
    // Act
    const [token] = matchTokens(word);
    // Assess
    expect(token?.filler).toBe(false);
  });
});
