/**
 * Words two outlets use for the same thing: synonym sets of Arabic news vocabulary ("مقتل" = "مصرع" =
 * "لقي حتفه", "اعتقال" = "توقيف", "تزود" = "تمد"), and generic words that stand for a name ("العملة"
 * for "الليرة", "الخام" for "النفط"). Written by the team from general knowledge of Arabic news
 * writing, not collected from any evaluation set; words the direction lines of opposites.ts already
 * tie together (ارتفاع/صعود, اعتقال/احتجاز, إفراج/إطلاق) are not repeated unless a set adds to them.
 *
 * One set per line, members separated by spaces; a multi-word member is written with "_" between its
 * words ("القبض_على", "لقي_حتف"). Entries are in ordinary spelling: every member runs through
 * matchTokens, the tokenizer of article text, so clitics, hamza seats and function words ("على") are
 * handled as in a claim. Sets are not transitive: a word in two sets ("احتجاج": a demonstration, a
 * diplomatic protest) links to both, but the two sets do not link to each other.
 *
 * Deliberately absent: numbers, negators and denial verbs (they carry the claim), and any two names
 * of different referents (features.ts never links two gazetteer names of different ids, so "الليرة"
 * and "الدولار" stay a swap even though both sit beside "العملة").
 */
import { lexiconForms, matchTokens } from './words';

export const SYNONYMS_AR: readonly string[] = [
  // Death and killing: headlines alternate the verbal noun of killing with the idioms of dying
  // ("مصرع", "لقي حتفه", "أودى بحياة" serve both). Killing and natural death are two sets: "توفي
  // الشيخ" and "قتل الشيخ" are different claims, so "وفاة" and "مقتل" meet only through the idioms.
  'مقتل قتل قتلى يقتل تقتل قتيل مصرع حتف لقي_حتف لقي_مصرع لقوا_حتف يلقى_حتف يلقون_حتف اغتيال اغتال يغتال تغتال تصفية أودى_بحياة يودي_بحياة تودي_بحياة',
  'وفاة توفي توفيت يتوفى رحيل رحل يرحل ترحل موت مات ماتت يموت تموت مصرع حتف لقي_حتف لقي_مصرع لقوا_حتف يلقى_حتف يلقون_حتف أودى_بحياة يودي_بحياة تودي_بحياة',
  'جرح جرحى جريح إصابة إصابات أصيب يصاب تصاب مصاب مصابين',
  // Arrest and custody; kidnapping is a different act and has its own set.
  'اعتقال اعتقل يعتقل تعتقل معتقل القبض_على قبض ألقى_القبض توقيف أوقف موقوف احتجاز احتجز يحتجز تحتجز محتجز',
  'خطف اختطاف اختطف يختطف تختطف خاطف خاطفين رهينة رهائن',
  'إفراج أفرج يفرج تفرج إطلاق_سراح أطلق_سراح يطلق_سراح إخلاء_سبيل تحرير حرر يحرر',
  // Meetings, talks, visits.
  'لقاء التقى يلتقي تلتقي اجتماع اجتمع يجتمع تجتمع استقبل يستقبل تستقبل استقبال',
  'محادثات مباحثات مفاوضات تفاوض يتفاوض مشاورات بحث يبحث تبحث ناقش يناقش تناقش مناقشة',
  'زيارة زار يزور تزور وصل يصل تصل وصول',
  'استضافة استضاف يستضيف تستضيف احتضن يحتضن تحتضن ضيافة',
  // Agreements and their signing.
  'اتفاق اتفاقية اتفاقيات صفقة صفقات معاهدة تفاهم تفاهمات مذكرة_تفاهم تسوية',
  'توقيع وقع يوقع وقعت إبرام أبرم يبرم تبرم',
  'هدنة وقف_إطلاق_النار تهدئة',
  // Attacks.
  'هجوم هجمات هاجم يهاجم تهاجم اعتداء اعتداءات استهداف استهدف يستهدف تستهدف غارة غارات قصف يقصف تقصف ضربة ضربات',
  'انفجار تفجير انفجر ينفجر فجر يفجر',
  'صاروخ صواريخ قذيفة قذائف',
  'مسيرة مسيرات درون',
  // Protest: demonstrations in the street, and a government's protest in words.
  'احتجاج احتجاجات تظاهرة تظاهرات مظاهرة مظاهرات متظاهرين محتجين اعتصام',
  'احتجاج احتج يحتج تحتج استنكر يستنكر تستنكر استنكار ندد يندد تندد تنديد انتقد ينتقد تنتقد انتقاد أدان يدين تدين شجب يشجب تشجب',
  // Elections and votes.
  'انتخابات انتخاب انتخب ينتخب اقتراع تصويت يصوت',
  // Supply, sending, help.
  'تزويد زود زودت يزود تزود إمداد إمدادات أمد أمدت يمد تمد تسليم يسلم تسلم دعم يدعم تدعم دعمت',
  'إرسال أرسل يرسل ترسل بعث يبعث تبعث إيفاد أوفد يوفد',
  'دعم مساعدة مساعدات ساعد يساعد تساعد معونة إعانة',
  // Calls, demands, warnings.
  'دعا يدعو تدعو دعوة طالب يطالب تطالب مطالبة حث يحث تحث ناشد يناشد تناشد',
  'تحذير تحذيرات حذر حذرت يحذر تحذر إنذار أنذر ينذر تهديد تهديدات هدد هددت يهدد تهدد توعد توعدت يتوعد تتوعد',
  // Leaving a place or a post; evacuating people out of a place ("خروج المدنيين" = "إجلاء المدنيين").
  'مغادرة غادر غادرت يغادر تغادر يغادرون خروج خرج خرجت يخرج تخرج يخرجون انسحاب انسحب انسحبت ينسحب تنسحب رحيل رحل يرحل ترحل',
  'إجلاء أجلى أجلت يجلي تجلي إخراج أخرج أخرجت خروج',
  // Receiving: aid, a call, treatment ("تلقى العلاج" = "خضع للعلاج").
  'تلقى تلقت يتلقى تتلقى يتلقون تلقي استلم استلمت يستلم تستلم استلام تسلم تسلمت يتسلم تتسلم حصل_على حصلت_على يحصل_على تحصل_على',
  'خضع خضعت يخضع تخضع خضوع تلقى تلقت يتلقى تتلقى',
  // Going past a level or a rival ("يتخطى حاجز 80 دولارا", "تتجاوز الأرجنتين", "تتفوق على").
  'تجاوز تجاوزت يتجاوز تتجاوز تخطى تخطت يتخطى تتخطى تخطي تفوق تفوقت يتفوق تتفوق فاق فاقت يفوق تعدى تعدت يتعدى تتعدى اجتاز اجتازت يجتاز تجتاز',
  // Starting and launching; "تدشين"/"افتتاح" of a line or a plant is its start.
  'انطلاق انطلق انطلقت ينطلق تنطلق انطلاقة بدء بدأ بدأت يبدأ تبدأ تدشين دشن دشنت يدشن تدشن افتتاح افتتح افتتحت يفتتح تفتتح إطلاق أطلق أطلقت يطلق تطلق تشغيل',
  // Going in, by force or not ("يقتحمن مجال" = "يدخلن مجال").
  'اقتحام اقتحم اقتحمت يقتحم تقتحم يقتحمون يقتحمن دخول دخل دخلت يدخل تدخل يدخلون يدخلن ولوج',
  // Fire, war and protests breaking out.
  'اندلاع اندلع اندلعت يندلع تندلع اشتعال اشتعل اشتعلت يشتعل تشتعل استعر استعرت يستعر تستعر تأجج تأججت يتأجج تتأجج',
  // Crowning and winning a title or a prize ("يتوج بخمس جوائز" = "يفوز بخمس جوائز").
  'تتويج توج توجت يتوج تتوج فوز فاز فازت يفوز تفوز حصد حصدت يحصد تحصد نال نالت ينال تنال',
  // Fear and concern.
  'مخاوف تخوف تخوفات قلق خشية يخشى تخشى يخشون خوف',
  // Intending and planning ("تعتزم", "تنوي", "تخطط ل", "تسعى إلى").
  'يعتزم تعتزم اعتزم اعتزمت عزم ينوي تنوي نوى نوت نية يخطط تخطط خطط خططت يسعى تسعى سعى سعت مساع مساعي',
  // Pursuing a person.
  'ملاحقة لاحق يلاحق تلاحق تعقب يتعقب تتعقب مطاردة طارد يطارد تطارد',
  // Pledging.
  'تعهد تعهدت يتعهد تتعهد تعهدات',
  // Claims and allegations.
  'مزاعم ادعاءات ادعاء ادعى ادعت زعم يزعم تزعم',
  // Mysteries and secrets ("تكشف لغز" = "تكشف سر").
  'لغز ألغاز سر أسرار غموض',
  // Measures and steps.
  'إجراءات إجراء خطوات خطوة تدابير',
  // Reporting forms that are not filler already (lexicon.ts keeps past forms): announcing, stating, tweeting.
  'إعلان يعلن تعلن تصريح تصريحات يصرح تصرح يذكر تذكر يوضح توضح يشير تشير يكشف تكشف غرد غردت يغرد تغرد تغريدة تغريدات يتحدث تتحدث',
  // Size words: a "huge" jump is a "big" one ("كبير" is left out: its key loses the ك of comparison).
  'ضخم ضخمة هائل هائلة عملاق عملاقة',
  'طفيف طفيفة طفيفا محدود محدودة',
  'شديد شديدة شديدا حاد حادة حادا لاذع لاذعة لاذعا',
  // Taking control of a place or a company ("يستحوذ على" = "يسيطر على").
  'سيطرة سيطر سيطرت يسيطر تسيطر استيلاء استولى استولت يستولي تستولي استحواذ استحوذ استحوذت يستحوذ تستحوذ',
  // Finding what was hidden.
  'اكتشاف اكتشف اكتشفت يكتشف تكتشف عثور العثور_على عثر عثرت يعثر',
  // Courts.
  'محكمة القضاء',
  'حكم يحكم تحكم قضت تقضي',
  // Armed forces and fighters.
  'جيش قوات جنود عسكريين',
  'مسلحين مسلحون مقاتلين مقاتلون متشددين',
  // Institutions.
  'حكومة مجلس_الوزراء',
  'برلمان مجلس_النواب مجلس_الشعب مجلس_الأمة',
  // Disasters.
  'زلزال هزة_أرضية هزة',
  'حريق حرائق',
  'فيضان فيضانات سيول',
  'عاصفة إعصار',
  // Economic vocabulary. Multi-word members share no word with each other: a word on both sides is
  // matched by itself first, which would leave the rest of a longer member ("احتياطي النقد الأجنبي")
  // unable to pair as a whole.
  'النقد_الأجنبي العملة_الصعبة العملات_الأجنبية العملات_الصعبة',
  'بنك البنك مصرف المصرف بنوك مصارف',
  'رسوم تعريفات تعريفة تعرفة',
  'ميزانية موازنة',
  // Generic words for a name: the currency of a country, the crude for oil, "the yellow metal" for gold,
  // a country's seat of government or its two-word name for the country.
  'عملة العملة الليرة الريال الجنيه الدولار اليورو الروبل الدينار الدرهم اليوان',
  'النفط الخام برنت',
  'الذهب المعدن_الأصفر المعدن_النفيس',
  'أمريكا أميركا أمريكي أميركي الولايات_المتحدة البيت_الأبيض واشنطن البنتاغون',
  'الإمارات إماراتي الإمارات_العربية_المتحدة أبوظبي',
  'بريطانيا بريطاني لندن المملكة_المتحدة داونينغ_ستريت',
  'إسرائيل إسرائيلي تل_أبيب',
  'الأمم_المتحدة أممي',
];

/** One member of a set as the lexicon forms of its content words (a single word is a phrase of one). */
interface Phrase {
  words: string[];
  group: number;
}

/** Shortest lexicon form of a key: the form words are looked up under ("قتلت" -> "قتل"). */
function baseForm(key: string): string {
  const forms = lexiconForms(key);
  return forms[forms.length - 1] as string;
}

/** Word form -> the sets it belongs to (single-word members). */
const WORD_GROUPS = new Map<string, number[]>();
/** First word form of a multi-word member -> the members starting with it. */
const PHRASES = new Map<string, Phrase[]>();

SYNONYMS_AR.forEach((line, group) => {
  for (const member of line.split(/\s+/u).filter(Boolean)) {
    const words = matchTokens(member.replace(/_/gu, ' '))
      .filter((t) => !t.filler && !t.negator && !t.number)
      .map((t) => baseForm(t.key));
    if (words.length === 1) {
      const w = words[0] as string;
      const groups = WORD_GROUPS.get(w) ?? [];
      if (!groups.includes(group)) groups.push(group);
      WORD_GROUPS.set(w, groups);
    } else if (words.length > 1) {
      const first = words[0] as string;
      PHRASES.set(first, [...(PHRASES.get(first) ?? []), { words, group }]);
    }
  }
});

const NONE: readonly number[] = [];

/** Lookups by key, kept across pairs: the link is tried for many word pairs of every claim pair. Cleared when full. */
const MEMO = new Map<string, readonly number[]>();
const MEMO_MAX = 20000;

/** The synonym sets a word key belongs to (by its key or its key without one ending). */
export function synonymGroups(key: string): readonly number[] {
  const known = MEMO.get(key);
  if (known) return known;
  let found: readonly number[] = NONE;
  for (const form of lexiconForms(key)) {
    const groups = WORD_GROUPS.get(form);
    if (groups) {
      found = groups;
      break;
    }
  }
  if (MEMO.size >= MEMO_MAX) MEMO.clear();
  MEMO.set(key, found);
  return found;
}

/** True when the two keys share a synonym set. */
export function synonymous(a: string, b: string): boolean {
  const ga = synonymGroups(a);
  if (ga.length === 0) return false;
  const gb = synonymGroups(b);
  return gb.length > 0 && ga.some((g) => gb.includes(g));
}

/** True when some form of `key` is `form` (the word of a multi-word member). */
function hasForm(key: string, form: string): boolean {
  return key === form || lexiconForms(key).includes(form);
}

/** A multi-word member found among content keys: the positions of its words, and its set. */
export interface PhraseHit {
  at: number[];
  group: number;
}

/** Other content words a multi-word member may have between its words: the subject of a verb-first idiom ("لقي الحارس حتفه", "أطلقت السلطات سراح"). */
export const PHRASE_GAP = 2;

/**
 * Multi-word members ("لقي حتفه", "الولايات المتحدة", "إطلاق سراح") among content words given by
 * their keys, the longest at each starting word, a word used by one member only.
 */
export function phraseHits(keys: readonly string[]): PhraseHit[] {
  const out: PhraseHit[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < keys.length; i++) {
    if (taken.has(i)) continue;
    let best: PhraseHit | null = null;
    for (const form of lexiconForms(keys[i] as string)) {
      for (const p of PHRASES.get(form) ?? []) {
        if (best && best.at.length >= p.words.length) continue;
        const at = [i];
        for (let w = 1; w < p.words.length; w++) {
          const last = at[at.length - 1] as number;
          let found = -1;
          for (let k = last + 1; k <= last + 1 + PHRASE_GAP && k < keys.length; k++) {
            if (!taken.has(k) && hasForm(keys[k] as string, p.words[w] as string)) {
              found = k;
              break;
            }
          }
          if (found < 0) break;
          at.push(found);
        }
        if (at.length === p.words.length) best = { at, group: p.group };
      }
    }
    if (best) {
      out.push(best);
      for (const k of best.at) taken.add(k);
    }
  }
  return out;
}
