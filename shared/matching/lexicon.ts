/**
 * Small word lists the matcher needs, written in ordinary spelling. words.ts runs every entry
 * through the same stem function as article text, so the lists never have to anticipate
 * clitics, hamza seats or diacritics ("بالذهب" finds "ذهب", "أميركا" finds "اميركا").
 *
 * They are deliberately short: a word missing here only costs a less precise finding kind,
 * never a missed comparison.
 */

/**
 * Function words: prepositions, conjunctions, pronouns, demonstratives, auxiliaries. A change in
 * these alone does not change what a claim says ("إن"/"أن", "في"/"ب"), so they are "filler".
 * Negators are NOT here: they carry meaning (see NEGATORS). Speaker switches ("من جهته") and the
 * relative days "اليوم"/"أمس" are here too: two papers a day apart write "اليوم الخميس" and "أمس
 * الخميس" for one day (dates are compared through the extracted, explicit dates instead).
 */
export const STOPWORDS_AR = `
في من على الى إلى عن مع أن إن أنه أنها إنه إنها أنهم إنهم أنّ لأن كي لكي هذا هذه ذلك تلك هذان هاتان هؤلاء أولئك
الذي التي الذين اللذين اللتين اللواتي اللاتي هو هي هم هن هما نحن أنا أنت أنتم انتم كان كانت كانوا يكون تكون
يكونوا كنا كنت نكون قد لقد ثم أو أم بل لكن لكنّ حتى إذا إذ كما كل بعض أي أيّ عند عندما بين قبل بعد خلال حول
منذ فيه فيها فيهم عليه عليها عليهم منه منها منهم له لها لهم لنا به بها بهم هنا هناك أيضا أيضاً فقط يتم تم تمت
حيث إلا سوى نحو ضمن لدى وفق عبر تجاه أمام وراء مثل إنما أما وإن ذاته نفسه نفسها بشأن إزاء جدا
جهته جهتها جهتهم جانبه جانبها جانبهم بدوره بدورها بدورهم المقابل سياق متصل آخر
اليوم أمس
`;

/**
 * Words that frame a headline or a lead rather than state its claim ("تعرف على ...", "لمحة عن ...",
 * "إنفوغرافيك..", "حكاية ..."): two outlets frame one claim differently, so outside quotations they are
 * compared as function words. Question words stay content: a question against a statement says less.
 */
export const FRAMING_WORDS = `
تعرف تعرفوا لمحة حكاية قصة تفاصيل معلومات حقائق إنفوغرافيك انفوغرافيك انفوجرافيك إنفوجرافيك بالصور بالفيديو
تساؤلات تسؤلات عاجل
explainer infographic
infographie
`;

/**
 * Reporting verbs and participles (arabic-news-text note, "Who said it"): two outlets introduce
 * the same claim with "قال" and "أكد" interchangeably, so they are filler for comparison.
 * "نفى" (denied) is deliberately absent: it is a negator.
 */
export const REPORTING_AR = `
قال قالت يقول تقول أكد أكدت يؤكد أضاف أضافت تابع تابعت أوضح أوضحت شدد شددت أشار أشارت اعتبر اعتبرت لفت لفتت
أعلن أعلنت صرح صرحت ذكر ذكرت رأى رأت كشف كشفت أبدى أبدت أعرب أعربت اختتم ختم رد ردت مضيفا موضحا مؤكدا مشيرا
لافتا معتبرا معربا متابعا قائلا معبرا مشددا بالقول أردف أردفت استطرد استطردت أفاد أفادت نوه نوهت تحدث تحدثت
`;

export const STOPWORDS_EN = `
the a an of to in on at for with by from and or but that this these those is are was were be been being has have
had it its he she they we i you his her their our them him as also will would shall should there which who whom
what than then so such into onto about over after before during while if when where said says say saying told
tells according added adding stated t s d ll re ve m today yesterday
`;

export const STOPWORDS_FR = `
le la les l un une des du de d et ou mais que qu qui ce cet cette ces est sont était étaient a ont avait il elle
ils elles nous vous je j se s sur dans par pour avec au aux en y son sa ses leur leurs lui c m t dit déclaré
affirmé selon aussi très plus été être ainsi comme aujourd hui hier
`;

/**
 * Negation particles, matched on their written form (optionally after و/ف and ب/ل/ك), never on a stem:
 * the light stem drops a leading ل, so "ليست" and the name "ويست" share the key "يست", and a suffix
 * rule would read "غيرت" (changed) and "الغير" (non-, attributive: "المهاجرين الغير شرعيين") as "غير".
 */
export const NEGATOR_PARTICLES = `
لا لم لن ليس ليست ليسوا لسنا لست لستم ليسا غير عدم بلا دون بدون
`;

/**
 * Negators, denial and failure verbs in the three languages ("تفشل في إسقاط" denies "تسقط";
 * "دون ضحايا" denies "مقتل"); "لا يزال" (still) is excluded in words.ts. "غير" negates the following adjective
 * ("غير مستعدين"): when both outlets have it the tokens align and nothing is reported.
 * English contractions split at the apostrophe ("didn't" -> "didn" "t"), so the stems are listed.
 */
export const NEGATORS = `
نفى نفت ينفي تنفي نفي
فشل فشلت يفشل تفشل إخفاق أخفق تفتقر يفتقر افتقار يخلو تخلو خلو تجاهل يتجاهل تتجاهل رفض يرفض ترفض رفضت
تجنب يتجنب تتجنب إلغاء ألغى يلغي تلغي cancel cancels cancelled annule
not no never none nor cannot neither nobody nothing denied denies deny isn aren wasn weren don doesn didn hasn
haven hadn couldn wouldn shouldn won't
ne n pas jamais aucun aucune rien nie nié dément démenti
`;

/**
 * Titles and roles that accompany names ("الرئيس الروسي فلاديمير بوتين", "نظيره الفرنسي"). Together
 * with gazetteer names they say who a sentence is about, not what it claims: two sentences of one
 * story share them without being the same claim, so relatedness is judged on the other words.
 */
export const TITLE_WORDS = `
الرئيس رئيس رؤساء وزير وزيرة وزراء نظير نظيره نظيرته نظيريه الملك ملك الأمير أمير ولي العهد المتحدث الناطق
السفير الزعيم القائد الجنرال العاهل المستشار النائب الأمين العام مسؤول مسؤولون
president minister prime counterpart king prince spokesman spokeswoman spokesperson ambassador chancellor leader
président ministre premier homologue roi prince porte-parole ambassadeur chancelier
`;

/**
 * Number words, written as `value:words`. Cardinals and ordinals up to ten compare equal to their
 * digits ("الخامسة" = "5"); magnitude words become their power of ten, so "مليون" vs "تريليون"
 * is a number change.
 */
export const NUMBER_WORDS: readonly string[] = [
  '1:واحد واحدة أول أولى one first un une premier première',
  '2:اثنان اثنين اثنتان اثنتين ثاني ثانية two second deux deuxième',
  '3:ثلاثة ثلاث ثالث ثالثة three third trois troisième',
  '4:أربعة أربع رابع رابعة four fourth quatre quatrième',
  '5:خمسة خمس خامس خامسة five fifth cinq cinquième',
  '6:ستة ست سادس سادسة six sixth sixième',
  '7:سبعة سبع سابع سابعة seven seventh sept septième',
  '8:ثمانية ثماني ثامن ثامنة eight eighth huit huitième',
  '9:تسعة تسع تاسع تاسعة nine ninth neuf neuvième',
  '10:عشرة عشر عاشر عاشرة ten tenth dix dixième',
  '1e2:مئة مائة hundred cent',
  '1e3:ألف آلاف ألفا thousand mille',
  '1e6:مليون ملايين مليونا million millions',
  '1e9:مليار مليارات مليارا billion milliard milliards',
  '1e12:تريليون تريليونات trillion',
];

/**
 * Gregorian month names in every convention of the arabic-news-text note, plus English and French.
 * Index 0 = January. Several words are listed with their common alternative spellings.
 */
export const MONTHS: readonly string[] = [
  'كانون الثاني|يناير|جانفي|january|jan|janvier',
  'شباط|فبراير|فيفري|february|feb|février',
  'آذار|مارس|march|mar|mars',
  'نيسان|أبريل|ابريل|إبريل|أفريل|april|apr|avril',
  'أيار|مايو|ماي|may|mai',
  'حزيران|يونيو|يونيه|جوان|june|jun|juin',
  'تموز|يوليو|يوليه|يوليوز|جويلية|july|jul|juillet',
  'آب|أغسطس|اغسطس|غشت|أوت|august|aug|août',
  'أيلول|سبتمبر|شتنبر|september|sep|sept|septembre',
  'تشرين الأول|أكتوبر|اكتوبر|october|oct|octobre',
  'تشرين الثاني|نوفمبر|نونبر|november|nov|novembre',
  'كانون الأول|ديسمبر|دجنبر|december|dec|décembre',
];

/** Hijri months, canonicalised separately (h1..h12): they are not comparable with Gregorian names without a date conversion. */
export const HIJRI_MONTHS: readonly string[] = [
  'محرم',
  'صفر',
  'ربيع الأول',
  'ربيع الآخر|ربيع الثاني',
  'جمادى الأولى',
  'جمادى الآخرة|جمادى الثانية',
  'رجب',
  'شعبان',
  'رمضان',
  'شوال',
  'ذو القعدة',
  'ذو الحجة',
];

/**
 * Month words that are also ordinary words (آب = father, مارس = "practised", "may", "march",
 * "mars" = the planet, صفر = zero, ماي): canonicalised only next to a day or year number.
 */
export const AMBIGUOUS_MONTHS = 'آب مارس ماي مايو may march mar mars jan jun jul aug sep sept oct nov dec صفر رجب';

/**
 * A small gazetteer of places, leaders, organisations, currencies and commodities that recur in
 * Arabic news. One line per referent: the country, its nationality adjective (words.ts adds the
 * feminine ة and plural ون/ين forms of words ending in ي) and its capital, because outlets swap
 * them freely without changing the claim ("محكمة مصرية" = "مصر: محكمة", "بكين تعاقب واشنطن" =
 * "عقاب صيني لأميركا"). A name of one line replaced by a name of another line is an `entity` change
 * ("مصر" -> "ليبيا", "الذهب" -> "النفط").
 */
export const ENTITIES_AR: readonly string[] = `
روسيا روسي موسكو الكرملين
فرنسا فرنسي باريس الإليزيه
سوريا سورية سوري دمشق
تركيا تركي أنقرة
مصر مصري القاهرة
العراق عراقي بغداد
إيران إيراني طهران
السعودية سعودي الرياض المملكة
قطر قطري الدوحة
الإمارات إماراتي أبوظبي
الكويت كويتي
البحرين بحريني المنامة
عمان عماني مسقط
اليمن يمني صنعاء
الأردن أردني
لبنان لبناني بيروت
فلسطين فلسطيني
إسرائيل إسرائيلي
ليبيا ليبي
تونس تونسي
الجزائر جزائري
المغرب مغربي الرباط
السودان سوداني الخرطوم
الصومال صومالي مقديشو
موريتانيا موريتاني نواكشوط
أمريكا أميركا أمريكي أميركي الولايات واشنطن
بريطانيا بريطاني لندن
ألمانيا ألماني برلين
إيطاليا إيطالي روما
إسبانيا إسباني مدريد
الصين صيني بكين
اليابان ياباني طوكيو
الهند هندي نيودلهي
باكستان باكستاني
أفغانستان أفغاني كابول
كوريا كوري سيول
أوكرانيا أوكراني كييف
بلجيكا بلجيكي بروكسل
هولندا هولندي أمستردام
رومانيا روماني بوخارست
كندا كندي أوتاوا
أستراليا أسترالي
البرازيل برازيلي
فنزويلا فنزويلي
اليونان يوناني أثينا
قبرص قبرصي
سويسرا سويسري جنيف
النمسا نمساوي فيينا
السويد سويدي ستوكهولم
إثيوبيا إثيوبي
أوروبا أوروبي
أفريقيا إفريقيا أفريقي إفريقي
آسيا آسيوي
العرب عربي
الغرب غربي
حلب
إدلب
حمص
درعا
الرقة
عفرين
الغوطة
دوما
الموصل
البصرة
كركوك
القدس
غزة
طرابلس
بنغازي
إسطنبول اسطنبول
نيويورك
بوتين بوتن
هولاند أولاند
ماكرون
ترامب
أوباما
بايدن
الأسد
أردوغان
السيسي
خامنئي
روحاني
نتنياهو
عباس
ميركل
لافروف
شويغو
لودريان
كيري
بومبيو
داعش
النصرة
حماس
الناتو
الدولار
اليورو
الريال
الجنيه
الليرة
الروبل
الدينار
الدرهم
بتكوين البيتكوين
الذهب
النفط
الغاز
الفضة
القمح
`
  .split('\n')
  .filter((line) => line.trim().length > 0);

/**
 * Heads of state and government a headline names for their country ("ترامب يرفع الرسوم" = "رسوم أميركية"):
 * leader id, then the country id (first words of ENTITIES_AR lines). Only the leader stands for the country;
 * two people are never one referent, so "بوتين" -> "لافروف" stays an entity change. Ministers are left out:
 * a headline naming a minister is about the ministry's act, and they change too often to keep here.
 */
export const LEADER_COUNTRY: readonly string[] = `
بوتين روسيا
هولاند فرنسا
ماكرون فرنسا
ترامب أمريكا
أوباما أمريكا
بايدن أمريكا
الأسد سوريا
أردوغان تركيا
السيسي مصر
خامنئي إيران
روحاني إيران
نتنياهو إسرائيل
عباس فلسطين
ميركل ألمانيا
`
  .split('\n')
  .filter((line) => line.trim().length > 0);

/**
 * English and French names of the same referents, each line led by its Arabic line's first word (the referent id),
 * so "Syrie" = "سوريا" = "Syria". French nationality adjectives are written in lower case and inflect for gender and
 * number ("un diplomate italien" / "une délégation allemande"), so each form is listed: without them a swapped
 * nationality in French looks like a plain word change. English adjectives are capitalised and already names.
 */
export const ENTITIES_LATIN: readonly string[] = `
روسيا russia russian russians moscow kremlin russie russe russes moscou
فرنسا france french paris élysée français française françaises
سوريا syria syrian syrians damascus syrie syrien syrienne syriens syriennes damas
تركيا turkey turkish ankara turquie turc turque turcs turques
مصر egypt egyptian egyptians cairo égypte égyptien égyptienne égyptiens égyptiennes caire
العراق iraq iraqi iraqis baghdad irak irakien irakienne irakiens irakiennes bagdad
إيران iran iranian iranians tehran iranien iranienne iraniens iraniennes téhéran
السعودية saudi riyadh arabie saoudien saoudienne saoudiens saoudiennes riyad
قطر qatar qatari doha qatarie qataris
لبنان lebanon lebanese beirut liban libanais libanaise libanaises beyrouth
الأردن jordanian jordanie jordanien jordanienne jordaniens amman
فلسطين palestine palestinian palestinians palestinien palestinienne palestiniens palestiniennes
إسرائيل israel israeli israelis israël israélien israélienne israéliens israéliennes
ليبيا libya libyan libye libyen libyenne libyens
تونس tunisia tunisian tunisie tunisien tunisienne tunisiens
الجزائر algeria algerian algiers algérie algérien algérienne algériens alger
المغرب morocco moroccan rabat maroc marocain marocaine marocains marocaines
أمريكا america american americans washington états-unis américain américaine américains américaines
بريطانيا britain british london britannique britanniques londres
ألمانيا germany german germans berlin allemagne allemand allemande allemands allemandes
إيطاليا italy italian italians rome italie italien italienne italiens italiennes
إسبانيا spain spanish madrid espagne espagnol espagnole espagnols espagnoles
الصين china chinese beijing chine chinois chinoise chinoises pékin
اليابان japan japanese tokyo japon japonais japonaise japonaises
أوكرانيا ukraine ukrainian ukrainians kyiv kiev ukrainien ukrainienne ukrainiens
بلجيكا belgium belgian brussels belgique belge belges bruxelles
سويسرا switzerland swiss geneva suisse suisses genève
كندا canada canadian ottawa canadien canadienne canadiens
اليونان greece greek athens grèce grec grecque grecs athènes
`
  .split('\n')
  .filter((line) => line.trim().length > 0);

/**
 * Names of more than one word, one referent per line, spellings separated by "|". A line whose first spelling is a
 * word of the gazetteer above takes its referent ("أمريكا | البيت الأبيض": the seat of government for the country,
 * as capitals are); otherwise the line is a referent of its own. An outlet writing "صندوق النقد الدولي" where another
 * has "البنك الدولي" names another lender: without these, "الدولي" on both sides hides the swap.
 */
export const ENTITY_PHRASES: readonly string[] = `
أمريكا | البيت الأبيض | الولايات المتحدة | white house | united states | maison blanche | états unis
روسيا | الكرملين
البنك الدولي | world bank | banque mondiale
صندوق النقد الدولي | صندوق النقد | international monetary fund | fonds monétaire international
الأمم المتحدة | united nations | nations unies
مجلس الأمن | مجلس الأمن الدولي | security council | conseil de sécurité
الاتحاد الأوروبي | european union | union européenne
الجامعة العربية | جامعة الدول العربية | arab league | ligue arabe
مجلس التعاون الخليجي | مجلس التعاون | gulf cooperation council
الناتو | حلف شمال الأطلسي | حلف الناتو | north atlantic treaty organization
أطباء بلا حدود | doctors without borders | médecins sans frontières
مراسلون بلا حدود | reporters without borders | reporters sans frontières
منظمة العفو الدولية | العفو الدولية | amnesty international | amnistie internationale
هيومن رايتس ووتش | human rights watch
منظمة الصحة العالمية | world health organization | organisation mondiale de la santé
منظمة التجارة العالمية | world trade organization | organisation mondiale du commerce
الوكالة الدولية للطاقة الذرية | international atomic energy agency | agence internationale de l'énergie atomique
المحكمة الجنائية الدولية | international criminal court | cour pénale internationale
محكمة العدل الدولية | international court of justice | cour internationale de justice
الصليب الأحمر | red cross | croix rouge
الهلال الأحمر | red crescent | croissant rouge
البنك المركزي الأوروبي | european central bank | banque centrale européenne
الاحتياطي الفيدرالي | federal reserve | réserve fédérale
`
  .split('\n')
  .filter((line) => line.trim().length > 0);
