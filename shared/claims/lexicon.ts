/**
 * Word lists for attribution, in comparison-key form (comparisonKey: no harakat/tanween, أ/إ/آ -> ا,
 * ة -> ه, ى -> ي), so "مضيفاً", "مضيفًا" and "مضيفا" are one entry. Lists follow the reference notes on
 * Arabic news text (reporting verbs, participles, switch cues, source cues) plus English and French.
 */
import { comparisonKey } from '../text/normalize';

const keys = (words: string): Set<string> => new Set(words.split(/\s+/u).filter(Boolean).map(comparisonKey));

/** Past-tense reporting verbs, masculine singular. Feminine (+ت) and plural (+وا) forms are derived below. */
const VERB_STEMS =
  'قال أكد أضاف تابع أوضح شدد أشار اعتبر لفت أعلن صرح ذكر نفى رأى كشف دعا حذر أعرب أبدى اختتم ختم رد أردف استطرد عبر طالب وصف رفض اتهم أفاد نوه أقر اعترف تساءل اقترح تحدث';

/** Verbs that normally introduce a direct quotation rather than carry content of their own ("قال: «...»"). */
const QUOTE_VERB_STEMS = 'قال أضاف تابع اختتم ختم رد صرح أردف استطرد تساءل';

function verbForms(stems: string): Set<string> {
  const out = new Set<string>();
  for (const stem of stems.split(/\s+/u).map(comparisonKey)) {
    out.add(stem);
    // Final weak letter: نفى -> نفت/نفوا, دعا -> دعت/دعوا, أبدى -> أبدت/أبدوا.
    const weak = stem.endsWith('ي') || stem.endsWith('ا');
    const base = weak ? stem.slice(0, -1) : stem;
    out.add(`${base}ت`);
    out.add(weak ? `${base}وا` : `${stem}وا`);
  }
  // Common present-tense reporting forms ("يقول", "ترى").
  for (const word of keys('يقل تقل يقول تقول يؤكد تؤكد يرى ترى يعتبر تعتبر يشير تشير يوضح توضح يضيف تضيف')) out.add(word);
  return out;
}

export const REPORTING_VERBS = verbForms(VERB_STEMS);
export const QUOTE_VERBS = verbForms(QUOTE_VERB_STEMS);

/** Circumstantial participles continuing the current speaker ("مضيفاً «...»"); with or without final alef, and feminine. */
export const PARTICIPLES = (() => {
  const out = new Set<string>();
  const stems =
    'مضيفا موضحا مؤكدا مشيرا لافتا معتبرا معربا متابعا قائلا معبرا مشددا ناصحا مثمنا معلنا محذرا داعيا مطالبا منوها مستدركا واصفا نافيا مختتما متسائلا';
  for (const word of keys(stems)) {
    const base = word.slice(0, -1);
    out.add(word);
    out.add(base);
    out.add(`${base}ه`);
  }
  return out;
})();

/** "بالقول" after a participle or verb: "موضحًا بالقول «...»". */
export const BY_SAYING = keys('بالقول');

/** Speaker switches: the next named speaker becomes current ("من جهته أكد هولاند ..."). */
export const SWITCH_NOUNS = keys('جهته جهتها جانبه جانبها جهتهم جانبهم');
export const SWITCH_WORDS = keys('بدوره بدورها بدورهم');

/** Source attribution ("حسب وكالة ...", "نقلاً عن ..."). Multi-word cues are matched on their first word. */
export const SOURCE_CUES = keys('حسب بحسب وفقا طبقا نقلا استنادا وبحسب وحسب ووفقا');

/** Role heads of titles, without the article: "الرئيس" -> "رئيس". */
export const ROLES = keys(
  'رئيس رئيسة وزير وزيرة متحدث متحدثة ناطق ناطقة سفير ملك امير امين مستشار زعيم قائد مدير نائب مندوب مبعوث ممثل جنرال عقيد لواء فريق شيخ نظير نظيره نظيرها مسؤول محافظ عمده قاضي نقيب عميد مفتي مرشد وكيل مساعد مفوض سكرتير عضو مدعي',
);

/** Genitive complements that may follow a role ("وزير الدفاع", "الناطق باسم الرئاسة"). */
export const ROLE_COMPLEMENTS = keys(
  'الخارجيه الدفاع الداخليه الماليه الوزراء الحكومه الجمهوريه الدوله الاركان العامه للقوات المسلحه الرئاسه الكرملين البرلمان مجلس النواب الشيوخ الامن القومي العام الاعلى باسم هيئه حزب الشعوب الديمقراطي الاتحاد الاوروبي الامم المتحده الاليزيه البيت الابيض الوزاره وزاره الشؤون العهد',
);

/** Words that end a name: prepositions, particles, complementisers, time words, pronouns. */
export const NAME_STOPS = keys(
  `في من الى إلى على عن مع خلال اثناء أثناء بعد قبل حول ان أن إن انه أنه إنه انها أنها بأن لان لأن الذي التي الذين عبر لدى عند حتى بين ضد نحو وفق حسب ما لا لم لن قد كما او أو ثم لكن هذا هذه ذلك تلك هو هي هم هنا هناك اليوم امس أمس غدا مساء صباح يوم اول أول مؤخرا أيضا ايضا مجددا سابقا لاحقا كذلك حاليا رسميا امام أمام إثر اثر عقب ردا تعليقا تعقيبا ردًا كان وكان كانت وكانت الكثير القليل الجميع البعض الآن الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت لدي يوم وقت بشأن بخصوص حيال تجاه نفسه ذاته اي أي كل جميع بعض عدة`,
);

/** Place names that can glue to a preposition after a name ("هولاند بموسكو"). */
export const PLACES = keys(
  'موسكو باريس سوريا سوريه روسيا فرنسا تركيا انقره واشنطن بيروت دمشق القاهره بغداد لندن برلين الكرملين طهران الرياض عمان تونس الجزائر الرباط نيويورك جنيف فيينا بروكسل',
);

/** Particles inside compound surnames: "لو دريان" = "لودريان", "دو فيلييه". */
export const NAME_PARTICLES = keys('لو دو دي دا فان فون دل ابن بن ابو أبو آل عبد le de du da van von al el bin ben abu');

/** English and French reporting verbs (comparison keys: lower case, accents dropped: "déclaré" -> "declare"). */
export const LATIN_VERBS = keys(
  `said says told added stated declared announced insisted warned explained noted stressed denied asserted claimed argued urged confirmed acknowledged replied wrote
   déclaré affirmé ajouté dit estimé souligné indiqué assuré expliqué précisé averti insisté annoncé nié martelé jugé répondu lancé déclare affirme estime souligne ajoute explique indique`,
);
export const LATIN_QUOTE_VERBS = keys('said says told added replied wrote asked ajouté dit répondu lancé ajoute');
/** Source attribution in English and French: "according to X", "selon X". */
export const LATIN_SOURCE_CUES = keys('according selon');
export const LATIN_PRONOUNS = new Set('he she they il elle ils elles'.split(' '));
/** Capitalised words that open sentences without naming anyone. */
export const LATIN_DETERMINERS = new Set(
  'The A An This That These Those He She It They We I Le La Les Un Une Ce Cette Il Elle Ils Nous On But And Mais Et In En Au Aux Du Des De For Pour After Après According Selon'.split(
    ' ',
  ),
);
/** Role words in comparison form (accents dropped, as word keys are: "préfet" -> "prefet"). */
export const LATIN_ROLES = keys(
  'president président minister ministre spokesman spokeswoman spokesperson porte-parole secretary chancellor chancelier king roi prince ambassador ambassadeur general général leader chef envoy envoyé premier prime counterpart homologue governor gouverneur mayor maire chief préfet prefect director directeur',
);

/** Strips the conjunctions و/ف glued to a word's key ("وقال" -> "قال"); returns the key unchanged if nothing is glued. */
export function stripConjunction(key: string): string {
  if (key.length > 3 && (key.startsWith('و') || key.startsWith('ف'))) return key.slice(1);
  return key;
}

/** True for a reporting verb or participle key, with or without a glued و/ف. */
export function isAttributionCue(key: string): boolean {
  const bare = stripConjunction(key);
  return REPORTING_VERBS.has(key) || REPORTING_VERBS.has(bare) || PARTICIPLES.has(key) || PARTICIPLES.has(bare) || BY_SAYING.has(key);
}
