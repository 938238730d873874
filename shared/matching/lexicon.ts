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
 * Negators are NOT here: they carry meaning (see NEGATORS).
 */
export const STOPWORDS_AR = `
في من على الى إلى عن مع أن إن أنه أنها إنه إنها أنهم إنهم أنّ لأن كي لكي هذا هذه ذلك تلك هذان هاتان هؤلاء أولئك
الذي التي الذين اللذين اللتين اللواتي اللاتي هو هي هم هن هما نحن أنا أنت أنتم انتم كان كانت كانوا يكون تكون
يكونوا كنا كنت نكون قد لقد ثم أو أم بل لكن لكنّ حتى إذا إذ كما كل بعض أي أيّ عند عندما بين قبل بعد خلال حول
منذ فيه فيها فيهم عليه عليها عليهم منه منها منهم له لها لهم لنا به بها بهم هنا هناك أيضا أيضاً فقط يتم تم تمت
حيث إلا سوى نحو ضمن لدى وفق عبر تجاه أمام وراء مثل إنما أما وإن ذاته نفسه نفسها بشأن إزاء جدا
`;

/**
 * Reporting verbs and participles (arabic-news-text note, "Who said it"): two outlets introduce
 * the same claim with "قال" and "أكد" interchangeably, so they are filler for comparison.
 * "نفى" (denied) is deliberately absent: it is a negator.
 */
export const REPORTING_AR = `
قال قالت يقول تقول أكد أكدت يؤكد أضاف أضافت تابع تابعت أوضح أوضحت شدد شددت أشار أشارت اعتبر اعتبرت لفت لفتت
أعلن أعلنت صرح صرحت ذكر ذكرت رأى رأت كشف كشفت أبدى أبدت أعرب أعربت اختتم ختم رد ردت مضيفا موضحا مؤكدا مشيرا
لافتا معتبرا معربا متابعا قائلا معبرا مشددا بالقول
`;

export const STOPWORDS_EN = `
the a an of to in on at for with by from and or but that this these those is are was were be been being has have
had it its he she they we i you his her their our them him as also will would shall should there which who whom
what than then so such into onto about over after before during while if when where said says say saying told
tells according added adding stated t s d ll re ve m
`;

export const STOPWORDS_FR = `
le la les l un une des du de d et ou mais que qu qui ce cet cette ces est sont était étaient a ont avait il elle
ils elles nous vous je j se s sur dans par pour avec au aux en y son sa ses leur leurs lui c m t dit déclaré
affirmé selon aussi très plus été être ainsi comme
`;

/**
 * Negators and denial verbs in the three languages. "غير" negates the following adjective
 * ("غير مستعدين"): when both outlets have it the tokens align and nothing is reported.
 * English contractions split at the apostrophe ("didn't" -> "didn" "t"), so the stems are listed.
 */
export const NEGATORS = `
لا لم لن ليس ليست ليسوا لسنا لست غير عدم نفى نفت ينفي تنفي نفي
not no never none nor cannot neither nobody nothing denied denies deny isn aren wasn weren don doesn didn hasn
haven hadn couldn wouldn shouldn won't
ne n pas jamais aucun aucune rien nie nié dément démenti
`;

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
export const AMBIGUOUS_MONTHS = 'آب مارس ماي مايو may march mar mars jan jun jul aug sep oct nov dec صفر رجب';

/**
 * A small gazetteer of places, leaders, organisations, currencies and commodities that recur in
 * Arabic news. A substitution where either side is one of these is an `entity` discrepancy
 * ("مصر" -> "ليبيا", "الذهب" -> "النفط"); spelling variants of one name are listed together so they
 * are NOT reported (the comparison already folds most of them).
 */
export const ENTITIES_AR = `
روسيا فرنسا سوريا سورية تركيا مصر العراق إيران السعودية قطر الإمارات الكويت البحرين عمان اليمن الأردن لبنان
فلسطين إسرائيل ليبيا تونس الجزائر المغرب السودان الصومال موريتانيا أمريكا أميركا الولايات بريطانيا ألمانيا
إيطاليا إسبانيا الصين اليابان الهند باكستان أفغانستان كوريا أوكرانيا بلجيكا هولندا كندا أستراليا البرازيل
فنزويلا اليونان قبرص أوروبا أفريقيا إفريقيا آسيا سويسرا النمسا السويد النرويج الدنمارك بولندا إثيوبيا كينيا نيجيريا
موسكو باريس لندن واشنطن دمشق حلب إدلب حمص حماة درعا الرقة عفرين الغوطة دوما اللاذقية القاهرة الإسكندرية بغداد
الموصل البصرة كركوك أربيل طهران الرياض جدة الدوحة دبي أبوظبي بيروت القدس غزة رام تل أبيب طرابلس بنغازي مصراتة
الرباط الخرطوم صنعاء عدن الحديدة أنقرة إسطنبول اسطنبول برلين روما مدريد بروكسل جنيف نيويورك بكين كييف كابول بيرث
بوتين بوتن هولاند أولاند ماكرون ترامب أوباما بايدن الأسد أردوغان السيسي خامنئي روحاني نتنياهو عباس ميركل لافروف
شويغو بيسكوف كيري بومبيو لودريان فابيوس كاميرون تيريزا جونسون سلمان تميم العبادي المالكي الحريري نصرالله حفتر
السراج بوتفليقة تبون البشير مرسي مبارك القذافي صدام
داعش النصرة حزب حماس فتح الناتو الكرملين البنتاغون الأمم الاتحاد
الدولار اليورو الريال الجنيه الليرة الروبل الين الدينار الدرهم البيتكوين بتكوين الذهب النفط الغاز الفضة القمح
`;

/** Nationality adjectives; words.ts adds the feminine (ة) and plural (ون/ين) forms. */
export const NATIONALITIES_AR = `
روسي فرنسي سوري تركي مصري عراقي إيراني سعودي قطري إماراتي كويتي بحريني يمني أردني لبناني فلسطيني إسرائيلي ليبي
تونسي جزائري مغربي سوداني صومالي أمريكي أميركي بريطاني ألماني إيطالي إسباني صيني ياباني هندي باكستاني أفغاني
كوري أوكراني أوروبي كندي أسترالي برازيلي يوناني سويسري كردي
`;

/**
 * Direction words: a claim that says the opposite of another usually swaps one of these for a
 * word of the opposite group ("ارتفاع" vs "تراجع", "وافق" vs "رفض", "rise" vs "fall"). Each line
 * is `groupA / groupB`; a token of A on one side facing a token of B on the other, with no
 * counterpart of its own, is reported as a polarity (`negation`) discrepancy.
 */
export const OPPOSITES: readonly string[] = [
  `ارتفاع ارتفع ارتفعت يرتفع ترتفع صعود صعد صعدت يصعد تصعد مكاسب مكسب يكسب قفزة قفز يقفز زيادة زاد يزيد تزيد
   رفع يرفع ترفع يرفعان ترفعان أعلى تعافي تعافى يتعافى انتعاش نمو rise rises rose rising up gain gains
   increase increases increased higher high hausse augmente augmentation
   / انخفاض انخفض انخفضت ينخفض تنخفض تراجع تراجعت يتراجع هبوط هبط هبطت يهبط تهبط يهبطان خسائر خسارة يخسر تخسر
   تهوي يهوي هوى خفض يخفض تخفض أدنى نقص تدهور يتدهور انهيار ينهار fall falls fell falling down loss losses
   decrease decreases decreased lower low drop drops dropped baisse diminue diminution chute`,
  `وافق وافقت يوافق موافقة قبول يقبل قبلت تأييد يؤيد أيد صدق يصادق مصادقة أقر يقر إقرار دعم يدعم approve approved
   approves accept accepted accepts support supports supported backs approuve accepte soutient
   / رفض رفضت يرفض ترفض معارضة يعارض عارض reject rejected rejects oppose opposed opposes refuse refused refuses
   rejette refuse oppose`,
  `إدانة أدان يدين اتهام متهم حبس سجن يسجن convicted guilty condamné coupable
   / براءة تبرئة برأ يبرئ acquitted innocent acquitté innocent`,
  `فوز فاز يفوز تفوز انتصار win wins won victory victoire gagne
   / هزيمة خسر هزم يهزم lose loses lost defeat défaite perd`,
  `فتح يفتح افتتاح open opens opened ouvre
   / إغلاق أغلق يغلق تغلق غلق close closes closed ferme`,
  `هدوء تهدئة calm
   / مواجهات اشتباكات توتر تصعيد clashes`,
  `فرض يفرض تفرض impose imposes imposed
   / إلغاء ألغى يلغي lift lifts lifted`,
  `استئناف يستأنف بدء بداية يبدأ يباشرون يباشر resume resumes start starts
   / تأجيل أجل يؤجل تعليق علق يعلق وقف أوقف يوقف تجميد postpone postponed suspend suspended halt`,
  `دخول دخل يدخل تدخل enter enters entered
   / خروج خرج يخرج انسحاب انسحب ينسحب leave leaves withdraw withdraws withdrew`,
  `مقتل قتل قتلى غرق death killed dies died
   / نجاة نجا ينجو survive survived survives`,
];
