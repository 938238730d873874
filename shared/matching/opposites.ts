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
   يزيد تزيد رفع يرفع ترفع يرفعان ترفعان أعلى أفضل تعافي تعافى يتعافى تتعافى انتعاش ينتعش تنتعش ازدهار يزدهر تزدهر تزايد يتزايد تتزايد متزايد مرتفع مرتفعة نمو يحلق تحلق تعزيز يعزز تعزز
   rise rises rose rising
   up gain gains increase increases increased higher high raise raises raised hausse augmente augmentation progresse
   / انخفاض انخفض انخفضت ينخفض تنخفض تراجع تراجعت يتراجع تتراجع هبوط هبط هبطت يهبط تهبط يهبطان خسائر خسارة يخسر تخسر
   تهوي يهوي هوى خفض يخفض تخفض أدنى أسوأ نقص تدهور يتدهور تتدهور انهيار ينهار تنهار سقوط يسقط تسقط نزيف تقليص يقلص
   تقلص تضاؤل يتضاءل ينفد تنفد انحدار ينحدر تنحدر ترنح يترنح تترنح انزلاق ينزلق تنزلق تخفيض منخفض منخفضة متدني
   متدنية ركود كساد fall falls fell
   falling down loss losses decrease decreases decreased lower low drop drops dropped cut cuts baisse diminue diminution chute recule recul`,
  `وافق وافقت يوافق توافق موافقة قبول يقبل تقبل قبلت تأييد يؤيد تؤيد أيد صدق يصادق مصادقة أقر يقر إقرار ترحيب يرحب ترحب رحب رحبت approve
   approved approves accept accepted accepts approuve accepte
   / رفض رفضت يرفض ترفض معارضة يعارض تعارض عارض reject rejected rejects oppose opposed opposes refuse refused
   refuses rejette refuse oppose`,
  `انتقاد انتقادات ينتقد تنتقد انتقد شجب يشجب تشجب يشجبون مناهضة يناهض تناهض سخرية يسخر تسخر احتجاج احتجاجات يحتج تحتج هجوم يهاجم تهاجم استنكار يستنكر تستنكر استنكرت تنديد يندد تندد ندد condemn condemns condemned
   criticise criticises criticized condamne critique
   / تأييد يؤيد تؤيد مساندة يساند تساند ساند إشادة يشيد تشيد أشاد ترحيب يرحب ترحب رحب دعم يدعم تدعم تشجيع يشجع
   تشجع شجع دفاع يدافع تدافع دافع دافعت مدافعا defend defends defended défend praise praises praised support supports supported welcome welcomes welcomed salue soutient`,
  `إدانة يدين اتهام اتهامات يتهم تتهم اتهم متهم إعدام يعدم تعدم أعدم أعدمت convicted guilty condamné coupable
   / براءة تبرئة برأ يبرئ عفو يعفو تعفو عفا إفلات يفلت تفلت أفلت يفلتون acquitted innocent pardon pardoned acquitté gracié`,
  `اعتقال اعتقل يعتقل تعتقل القبض احتجاز يحتجز تحتجز حبس يحبس تحبس حبست سجن يسجن تسجن سجنت محاكمة يحاكم تحاكم حوكم arrest arrested detain detained
   / إفراج الإفراج أفرج يفرج تفرج إطلاق يطلق تطلق أطلق إخلاء يخلي تخلي released release libéré`,
  `فوز فاز يفوز تفوز فائز انتصار win wins won victory victoire gagne
   / هزيمة خسر هزم يهزم خاسر خاسرا خاسرة lose loses lost defeat défaite perd`,
  `نجاح نجح ينجح تنجح succeed succeeds succeeded success réussit
   / فشل فشلت يفشل تفشل إخفاق fail fails failed failure échoue`,
  `فتح يفتح تفتح افتتاح مفتوح مفتوحة انفتاح open opens opened ouvre
   / إغلاق أغلق يغلق تغلق غلق مغلق مغلقة انسداد close closes closed ferme`,
  `سماح السماح يسمح تسمح منح يمنح تمنح مسموح allow allows allowed permit autorise
   / حظر يحظر تحظر منع يمنع تمنع ممنوع ممنوعة محظور محظورة ban bans banned forbid interdit`,
  `هدوء تهدئة مصالحة تصالح سلام calm peace
   / مواجهات اشتباكات توتر تصعيد صراع صراعات نزاع حرب clashes war`,
  `فرض يفرض تفرض impose imposes imposed
   / إلغاء ألغى يلغي تلغي lift lifts lifted`,
  `استئناف يستأنف بدء بداية يبدأ تبدأ بدأ يباشرون يباشر استمرار يستمر تستمر متواصل resume resumes start starts
   begin begins continue continues
   / تأجيل أجل يؤجل تأخير تأخر يتأخر تتأخر تعليق علق يعلق وقف أوقف يوقف توقف يتوقف تتوقف تجميد إلغاء ألغى يلغي postpone postponed suspend suspended
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
  `استقرار استقر يستقر تستقر مستقر مستقرة ثبات يثبت صمود يصمد تماسك يتماسك / ترنح يترنح تترنح تقلب تقلبات تذبذب اضطراب تهاوي يتهاوى تتهاوى انهيار ينهار يهوي تهوي`,
  `استمرار استمر يستمر تستمر تواصل يواصل تواصلت متواصل بقاء يبقى تبقى / إنهاء انهاء أنهى ينهي تنهي انتهاء انتهى
   إيقاف أوقف وقف توقف يتوقف تتوقف توقفت انقطاع تعليق علق علقت يعلق تعلق تجميد جمد يجمد تجمد`,
  `اتفاق اتفاقية اتفقا يتفق تتفق توافق تفاهم وفاق / خلاف خلافات انقسام نزاع شقاق`,
  `حليف حلفاء صديق أصدقاء شريك شركاء / عدو أعداء خصم خصوم`,
  `إيجابي إيجابية إيجابيا إيجاب بالإيجاب / سلبي سلبية سلبيا سلب بالسلب`,
  `قوة قوي قوية قويا تعزيز / ضعف ضعيف ضعيفة إضعاف`,
  `أكثر كثير أكبر / أقل قليل أصغر`,
  `تشديد يشدد تشدد شدد / تخفيف يخفف تخفف خفف تسهيل`,
  `حضور يحضر تحضر يحضران تحضران مشاركة يشارك تشارك شارك يشاركان انضمام ينضم تنضم انضم / غياب يغيب تغيب يغيبان تغيبان غاب غابت مقاطعة يقاطع تقاطع قاطع انسحاب ينسحب تنسحب انسحب`,
  `أمن آمن آمنة أمان سلامة / خطر خطير خطيرة تهديد يهدد تهدد`,
  `ظهور يظهر تظهر ظهر عودة يعود تعود عاد عثور العثور يعثر عثر / اختفاء يختفي تختفي اختفى غياب`,
  `شراء يشتري تشتري اشترى / بيع يبيع تبيع باع`,
  `استيراد يستورد تستورد / تصدير يصدر تصدر`,
  `بناء يبني تبني بنى إقامة يقيم تقيم إنشاء / هدم يهدم تهدم تدمير يدمر تدمر دمر`,
  `تعيين يعين تعين عين / إقالة يقيل تقيل أقال عزل يعزل استقالة يستقيل تستقيل استقال`,
  `تفاؤل متفائل / تشاؤم متشائم`,
  `نجاة نجا ينجو تنجو ناجين / غرق يغرق تغرق قتلى مقتل وفاة ضحية ضحايا`,
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
  `أرباح ربح يربح تربح ربحت profit profits bénéfice bénéfices / خسائر خسارة يخسر تخسر خسر خسرت loss losses perte pertes`,
  `تسارع يتسارع تتسارع تسريع accelerate accelerates accelerated accélère / تباطؤ يتباطأ تتباطأ تباطأ إبطاء slowdown
   slows slowed ralentit ralentissement`,
  `توسع يتوسع تتوسع توسيع يوسع expand expands expanded expansion / انكماش ينكمش تنكمش تقلص يتقلص تتقلص shrink shrinks
   shrank contraction`,
  `تحسن يتحسن تتحسن تحسنت تحسين يحسن improve improves improved amélioration / تفاقم يتفاقم تتفاقم يفاقم تفاقمت
   تدهور يتدهور تتدهور worsen worsens worsened deteriorate deteriorated aggravation`,
  `سلمي سلمية سلميا peaceful pacifique / عنيف عنيفة عنيفا عنف دامية violent violente violence`,
  `هدوء تهدئة هدنة calm truce trêve / قصف غارات غارة احتجاجات مظاهرات تظاهرات اشتعال تشتعل اشتعلت اندلاع اندلعت shelling airstrikes
   protests`,
  `زواج تزوج يتزوج زفاف خطوبة marriage married wedding mariage / طلاق انفصال يطلق انفصل ينفصل تنفصل divorce divorced`,
  `قلق يقلق قلقه concern concerned worried inquiet inquiétude / ارتياح ارتياحه مرتاح طمأنينة relief relieved soulagement`,
  `غضب غاضب غاضبة غضبا استياء سخط angry anger colère / ترحيب ترحاب ارتياح سعادة`,
  `فرار يفر تفر يفرون فر نزوح ينزح نزح تهجير إجلاء flee fled fleeing / بقاء يبقى تبقى يبقون تمسك يتمسكون stay stayed
   remain remained`,
  `إقالة يقيل تقيل أقال عزل يعزل استبدال يستبدل sacked dismissed limogé / بقاء استمرار إبقاء يبقي`,
  `اعتراف يعترف تعترف اعترف اعترفت admit admits admitted avoue / إنكار ينكر تنكر أنكر أنكرت`,
  `ضرر أضرار يضر تضر أضر harm harms damage nuit / نفع ينفع تنفع يفيد تفيد مفيد مفيدة`,
  `صحيح صحيحة / باطل باطلة بطلان إبطال يبطل أبطل`,
  `تسليم يسلم تسلم سلمت استلام يستلم تستلم / احتجاز يحتجز تحتجز احتجزت`,
  `مؤقت مؤقتة مؤقتا temporary temporaire / دائم دائمة permanent permanente`,
  `سري سرية سرا secret secrète / علني علنية علنا publicly`,
  `صعب صعبة صعوبة صعوبات difficult difficile / سهل سهلة سهولة easy facile`,
  `غني أغنى ثري أثرى ثراء rich riche / فقير فقيرة أفقر فقر poor pauvre`,
  `تكريم يكرم تكرم honoured honored / إدانة مدان مدانة أدين أدينت`,
  `مؤيد مؤيدة مؤيدون مؤيدين موال موالية supporters / معارض معارضة معارضون معارضين opponents`,
  `تقارب يتقارب تقاربت / تباعد قطيعة`,
  `اقتراب يقترب تقترب اقترب اقتربت approaching / ابتعاد يبتعد تبتعد ابتعد`,
  `واثق واثقة واثقون confident / يخشى تخشى يخشون خشية fears`,
  `قطع يقطع تقطع قطعت / استئناف يستأنف تستأنف استأنفت عودة`,
  `استقبال يستقبل تستقبل استقبل استقبلت / طرد يطرد تطرد طردت ترحيل`,
  `مغادرة يغادر تغادر غادر غادرت خروج / بقاء يبقى تبقى البقاء`,
  `إحباط أحبط يحبط تحبط أحبطت foiled thwarted déjoué / تفجير تفجيرات انفجار`,
  `صدارة الصدارة يتصدر تتصدر / مؤخرة ذيل يتذيل تتذيل`,
  `حاجة يحتاج تحتاج احتاج بحاجة needs needed / ينعم تنعم يتمتع تتمتع enjoys enjoyed`,
  // Outcome, truth, scope, importance and state words: a headline that swaps one for its opposite reports another
  // outcome ("ناجح" / "فاشل", "مهمة" / "هامشية"). Unqualified size words ("كبير", "جديد") stay out: headlines add
  // them freely to paraphrases.
  `نجاح ناجح ناجحة ناجحا نجحت تمكن يتمكن تتمكن تمكنت استطاع يستطيع تستطيع / فشل فاشل فاشلة عجز يعجز تعجز عجزت تعثر
   يتعثر تتعثر تعثرت`,
  `تأكيد يؤكد تؤكد أكد أكدت يؤكدون / نفي ينفي تنفي نفى نفت ينفون`,
  `كل جميع الجميع كافة / بعض جزء جزئي جزئية جزئيا`,
  `سريع سريعة سريعا / بطيء بطيئة ببطء`,
  `جيد جيدة ممتاز ممتازة / سيء سيئة سيئ سوء رديء رديئة`,
  `مهم مهمة هام هامة / هامشي هامشية ثانوي ثانوية`,
  `حقيقي حقيقية صادق صادقة / كاذب كاذبة مزيف مزيفة مزور مزورة زائف زائفة`,
  `شمول يشمل تشمل شمل شملت ضم يضم تضم ضمت إدراج يدرج تدرج أدرج / استثناء يستثني تستثني استثنى استثنت إقصاء يقصي
   تقصي استبعاد يستبعد تستبعد استبعد`,
  `سعي يسعى تسعى سعى سعت مساع سعيا / تفادي يتفادى تتفادى تفادى`,
  `اهتمام يهتم تهتم استجابة يستجيب تستجيب / إهمال يهمل تهمل أهمل`,
  `صمت يصمت تصمت صامت صامتا صامتة / يتكلم تتكلم تكلم`,
  `رضا راض راضية راضون / سخط استياء احتجاجات احتجاج`,
  `احتفال احتفالات يحتفل تحتفل يحتفلون يحتفلن / حداد ينعى تنعى ينعون نعي`,
  `حرية حريات / قيود كبت قمع`,
  `استفادة يستفيد تستفيد مستفيد مستفيدة / متضرر متضررة يتضرر تتضرر تضرر`,
  `اشتعال تشتعل اشتعلت تستعر يستعر احتدام يحتدم تحتدم / توقف يتوقف تتوقف توقفت هدوء تهدئة هدنة`,
  `يتخطى تتخطى تخطى تخطت يفوق أكثر / يقل تقل قلة أقل`,
  `مكافأة يكافئ تكافئ / معاقبة يعاقب تعاقب عاقب عقاب`,
  `مبكر مبكرة مبكرا / متأخر متأخرة متأخرا`,
  `فوز يفوز تفوز يكسب تكسب / فقدان يفقد تفقد`,
  `تخلص يتخلص تتخلص تخلصت / يمتلك تمتلك امتلاك حيازة`,
  `تحسين تحسن يتحسن تتحسن يعوض تعوض / خفض يخفض تخفض انخفاض تراجع`,
];
