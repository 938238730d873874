/**
 * Articles written by the team for the reliability scenarios (never the seed corpus). Each is one short
 * paragraph carrying one quotation, so an ingest costs one claim (about fifty index lookups on dynalite) and a
 * scenario can afford hundreds of them. The quotation differs between the two outlets by one word
 * (تقويضها / تدميرها), the kind of change Qarin must flag.
 */

export const SPEAKER_LINE = 'قال وزير الخارجية سامر الحداد في مؤتمر صحفي يوم الاثنين إن';

/** The quotation with one verb left open, so versions and outlets can differ by exactly that word. */
export const quoteWith = (verb: string): string =>
  `«الحوار بين البلدين ما زال ممكنا لكن الثقة بيننا يجري ${verb} الآن بسبب الحملات الإعلامية»`;

export const LEVANT_ARTICLE = ['وزير الخارجية يحذر من تعثر الحوار', '', `${SPEAKER_LINE} ${quoteWith('تقويضها')}.`].join('\n');

export const GULF_ARTICLE = ['الحداد: الثقة بين البلدين في خطر', '', `${SPEAKER_LINE} ${quoteWith('تدميرها')}.`].join('\n');

/** Ten wordings of the same quotation: what ten successive versions of one object say. */
export const VERSION_VERBS = ['تدميرها', 'إضعافها', 'هدمها', 'زعزعتها', 'تبديدها', 'إنهاكها', 'تمزيقها', 'نسفها', 'إفسادها', 'خنقها'] as const;

export const versionArticle = (version: number): string =>
  [`الحداد يتحدث عن الثقة (نسخة ${version + 1})`, '', `${SPEAKER_LINE} ${quoteWith(VERSION_VERBS[version % VERSION_VERBS.length] ?? 'تدميرها')}.`].join('\n');

/** A sibling that must complete while hostile objects in its batch fail. */
export const SIBLING_ARTICLE = [
  'اتفاق على استئناف المحادثات',
  '',
  'أعلنت الحكومة يوم الثلاثاء استئناف المحادثات مع النقابات بعد توقف دام ثلاثة أسابيع.',
  '',
  'وقالت المتحدثة باسم الحكومة ليلى منصور إن «الباب مفتوح أمام كل الحلول الواقعية».',
].join('\n');

/** A short article with no claim worth indexing: cheap to ingest where only the key path matters. */
export const TINY_ARTICLE = 'خبر قصير\n\nوصل الوفد.';
