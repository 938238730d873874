/**
 * Direction words: a claim that says the opposite of another usually swaps one of these for a word of
 * the opposite group ("ارتفاع" vs "تراجع", "وافق" vs "رفض", "rise" vs "fall", "إفراج" vs "حبس"). Each
 * line is `groupA / groupB`; a word may sit on several lines. words.ts runs every entry through the same
 * stem as article text, so entries are written in ordinary spelling.
 *
 * The lines are general news vocabulary written by the team (markets, courts, diplomacy, conflict),
 * not word pairs collected from any evaluation set.
 */
export const OPPOSITES: readonly string[] = [
  `ارتفاع ارتفع ارتفعت يرتفع ترتفع صعود صعد صعدت يصعد تصعد مكاسب مكسب يكسب تكسب قفزة قفز قفزت يقفز تقفز زيادة زاد
   يزيد تزيد رفع يرفع ترفع يرفعان ترفعان أعلى أفضل تعافي تعافى يتعافى تتعافى انتعاش نمو يحلق تحلق تعزيز يعزز تعزز
   rise rises rose rising
   up gain gains increase increases increased higher high hausse augmente augmentation
   / انخفاض انخفض انخفضت ينخفض تنخفض تراجع تراجعت يتراجع تتراجع هبوط هبط هبطت يهبط تهبط يهبطان خسائر خسارة يخسر تخسر
   تهوي يهوي هوى خفض يخفض تخفض أدنى أسوأ نقص تدهور يتدهور تتدهور انهيار ينهار تنهار سقوط يسقط تسقط نزيف تقليص يقلص
   تقلص تضاؤل يتضاءل ينفد تنفد fall falls fell
   falling down loss losses decrease decreases decreased lower low drop drops dropped baisse diminue diminution chute`,
  `وافق وافقت يوافق توافق موافقة قبول يقبل تقبل قبلت تأييد يؤيد تؤيد أيد صدق يصادق مصادقة أقر يقر إقرار approve
   approved approves accept accepted accepts approuve accepte
   / رفض رفضت يرفض ترفض معارضة يعارض تعارض عارض reject rejected rejects oppose opposed opposes refuse refused
   refuses rejette refuse oppose`,
  `انتقاد انتقادات ينتقد تنتقد انتقد هجوم يهاجم تهاجم استنكار يستنكر تستنكر استنكرت تنديد يندد تندد ندد condemn condemns condemned
   criticise criticises criticized condamne critique
   / تأييد يؤيد تؤيد مساندة يساند تساند ساند إشادة يشيد تشيد أشاد ترحيب يرحب ترحب رحب دعم يدعم تدعم تشجيع يشجع
   تشجع شجع دفاع يدافع تدافع دافع دافعت مدافعا defend defends defended défend praise praises praised support supports supported welcome welcomes welcomed salue soutient`,
  `إدانة يدين اتهام اتهامات يتهم تتهم اتهم متهم إعدام convicted guilty condamné coupable
   / براءة تبرئة برأ يبرئ acquitted innocent acquitté`,
  `اعتقال اعتقل يعتقل تعتقل القبض احتجاز يحتجز تحتجز حبس سجن يسجن محاكمة يحاكم تحاكم حوكم arrest arrested detain detained
   / إفراج الإفراج أفرج يفرج تفرج إطلاق يطلق تطلق أطلق إخلاء released release libéré`,
  `فوز فاز يفوز تفوز انتصار win wins won victory victoire gagne
   / هزيمة خسر هزم يهزم lose loses lost defeat défaite perd`,
  `نجاح نجح ينجح تنجح succeed succeeds succeeded success réussit
   / فشل فشلت يفشل تفشل إخفاق fail fails failed failure échoue`,
  `فتح يفتح تفتح افتتاح open opens opened ouvre
   / إغلاق أغلق يغلق تغلق غلق close closes closed ferme`,
  `سماح السماح يسمح تسمح منح يمنح تمنح allow allows allowed permit autorise
   / حظر يحظر تحظر منع يمنع تمنع ban bans banned forbid interdit`,
  `هدوء تهدئة مصالحة تصالح سلام calm peace
   / مواجهات اشتباكات توتر تصعيد صراع صراعات نزاع حرب clashes war`,
  `فرض يفرض تفرض impose imposes imposed
   / إلغاء ألغى يلغي تلغي lift lifts lifted`,
  `استئناف يستأنف بدء بداية يبدأ تبدأ بدأ يباشرون يباشر استمرار يستمر تستمر متواصل resume resumes start starts
   begin begins continue continues
   / تأجيل أجل يؤجل تعليق علق يعلق وقف أوقف يوقف توقف يتوقف تتوقف تجميد إلغاء ألغى يلغي postpone postponed suspend suspended
   cancel cancelled halt`,
  `دخول دخل يدخل تدخل enter enters entered
   / خروج خرج يخرج انسحاب انسحب ينسحب تنسحب leave leaves withdraw withdraws withdrew`,
  `تقدم يتقدم تتقدم advance advances advanced
   / تراجع يتراجع تتراجع انسحاب retreat retreats retreated`,
  `وفرة فائض تخمة abundance surplus glut
   / ندرة نقص قلة عجز shortage scarcity`,
  `مقتل قتل قتلى مصرع غرق death killed dies died
   / نجاة نجا ينجو survive survived survives`,
  `إفراج الإفراج أفرج يفرج تفرج براءة تبرئة إخلاء سبيل / حبس يحبس سجن يسجن بسجن سجنها احتجاز يحتجز استمرار حبس`,
  `استقرار استقر يستقر تستقر مستقر مستقرة ثبات يثبت صمود يصمد / تقلب تقلبات تذبذب اضطراب تهاوي يتهاوى تتهاوى انهيار ينهار يهوي تهوي`,
  `استمرار استمر يستمر تستمر تواصل يواصل تواصلت متواصل بقاء يبقى تبقى / إنهاء انهاء أنهى ينهي تنهي انتهاء انتهى
   إيقاف أوقف وقف توقف يتوقف تتوقف توقفت انقطاع تعليق علق علقت يعلق تعلق تجميد جمد يجمد تجمد`,
  `اتفاق اتفاقية اتفقا يتفق تتفق توافق تفاهم وفاق / خلاف خلافات انقسام نزاع شقاق`,
  `حليف حلفاء صديق أصدقاء شريك شركاء / عدو أعداء خصم خصوم`,
  `إيجابي إيجابية إيجابيا / سلبي سلبية سلبيا`,
  `قوة قوي قوية قويا تعزيز / ضعف ضعيف ضعيفة إضعاف`,
  `أكثر كثير أكبر / أقل قليل أصغر`,
  `تشديد يشدد تشدد شدد / تخفيف يخفف تخفف خفف تسهيل`,
  `حضور يحضر تحضر يحضران تحضران مشاركة يشارك تشارك شارك يشاركان انضمام ينضم تنضم انضم / غياب يغيب تغيب يغيبان تغيبان غاب غابت مقاطعة يقاطع تقاطع قاطع انسحاب ينسحب تنسحب انسحب`,
  `أمن آمن آمنة أمان سلامة / خطر خطير خطيرة تهديد يهدد تهدد`,
  `ظهور يظهر تظهر ظهر عودة يعود تعود عاد / اختفاء يختفي تختفي اختفى غياب`,
  `شراء يشتري تشتري اشترى / بيع يبيع تبيع باع`,
  `استيراد يستورد تستورد / تصدير يصدر تصدر`,
  `بناء يبني تبني بنى إقامة يقيم تقيم إنشاء / هدم يهدم تهدم تدمير يدمر تدمر دمر`,
  `تعيين يعين تعين عين / إقالة يقيل تقيل أقال عزل يعزل استقالة يستقيل تستقيل استقال`,
  `تفاؤل متفائل / تشاؤم متشائم`,
  `نجاة نجا ينجو تنجو ناجين / غرق يغرق تغرق قتلى مقتل وفاة`,
  `تأكيد يؤكد تؤكد أكد / استبعاد يستبعد تستبعد استبعد`,
  `مستعد مستعدة جاهز جاهزة / عاجز عاجزة`,
  `سماح السماح سمح يسمح تسمح منح يمنح تمنح رفع يرفع ترفع allow allows allowed permit autorise
   / حظر حظرت يحظر تحظر منع منعت يمنع تمنع فرض يفرض تفرض ban bans banned forbid interdit`,
  `فتح يفتح تفتح / ممنوع ممنوعة محظور محظورة forbidden banned interdit interdite`,
  `ضخ الضخ يضخ تضخ ضخت إيداع يودع تودع أودع inject injects injected / سحب السحب يسحب تسحب سحبت withdraw withdraws withdrew retire`,
  `وحدة توحيد توحد يتوحد موحد موحدة إجماع unity united unanimous unanimité / اختلاف تباين انقسام تفرقة تفريق
   divided division split divisé`,
  `طمأنة طمأن يطمئن تطمئن طمأنت reassure reassures reassured rassure / تحذير تحذيرات حذر يحذر تحذر حذرت warn warns
   warned warning avertit`,
  `تحد تحدي يتحدى تتحدى تحدى تحدت defy defies defied défie / تعاون يتعاون تتعاون تعاونت cooperate cooperates
   cooperation coopère coopération`,
  `حاجة يحتاج تحتاج احتاج بحاجة needs needed / ينعم تنعم يتمتع تتمتع enjoys enjoyed`,
];
