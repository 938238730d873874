/**
 * Calendar dates in a claim, normalised to Gregorian (day, month, year), any part possibly unknown.
 * Arabic outlets name Gregorian months in four conventions (Levantine كانون/تشرين, Egyptian يناير,
 * Moroccan نونبر, Algerian/Tunisian جانفي), so "26 تشرين الثاني" and "26 نونبر" are one DateFact.
 * Hijri dates convert through ICU's islamic-umalqura calendar; relative dates (أمس, الخميس, "24 الشهر
 * الماضي") resolve against the article's publication date when it is known.
 */
import type { DateFact } from '../model';
import { isLetterOrNumber, matchesAfterBoundary } from '../text/boundary';
import { type NormalizedText, comparisonKey, normalizeForMatching } from '../text/normalize';

const MONTHS: Array<[string, number]> = [
  ['كانون الثاني', 1], ['شباط', 2], ['آذار', 3], ['نيسان', 4], ['أيار', 5], ['حزيران', 6], ['تموز', 7], ['آب', 8],
  ['أيلول', 9], ['تشرين الأول', 10], ['تشرين الثاني', 11], ['كانون الأول', 12],
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['أبريل', 4], ['إبريل', 4], ['مايو', 5], ['يونيو', 6], ['يونيه', 6],
  ['يوليو', 7], ['يوليه', 7], ['أغسطس', 8], ['سبتمبر', 9], ['أكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
  ['ماي', 5], ['يوليوز', 7], ['غشت', 8], ['شتنبر', 9], ['نونبر', 11], ['دجنبر', 12],
  ['جانفي', 1], ['فيفري', 2], ['أفريل', 4], ['جوان', 6], ['جويلية', 7], ['أوت', 8],
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8],
  ['september', 9], ['october', 10], ['november', 11], ['december', 12], ['jan', 1], ['feb', 2], ['mar', 3],
  ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
  ['janvier', 1], ['février', 2], ['mars', 3], ['avril', 4], ['mai', 5], ['juin', 6], ['juillet', 7], ['août', 8],
  ['septembre', 9], ['octobre', 10], ['novembre', 11], ['décembre', 12],
];
/** Month names that are also ordinary words (آب "father", مارس "practised", may, mars, mai): only with a day or year. */
const AMBIGUOUS = new Set(['اب', 'مارس', 'ماي', 'may', 'mars', 'mai', 'mar', 'march', 'sept', 'jan', 'dec', 'sep', 'jun', 'jul', 'aug', 'oct', 'nov', 'feb', 'apr', 'اوت', 'جوان']);

const HIJRI: Array<[string, number]> = [
  ['محرم', 1], ['صفر', 2], ['ربيع الأول', 3], ['ربيع الآخر', 4], ['ربيع الثاني', 4], ['جمادى الأولى', 5], ['جمادى الأول', 5],
  ['جمادى الآخرة', 6], ['جمادى الثانية', 6], ['جمادى الآخر', 6], ['رجب', 7], ['شعبان', 8], ['رمضان', 9], ['شوال', 10],
  ['ذو القعدة', 11], ['ذي القعدة', 11], ['ذو الحجة', 12], ['ذي الحجة', 12],
];

const WEEKDAYS: Array<[string, number]> = [
  ['الأحد', 0], ['الاثنين', 1], ['الإثنين', 1], ['الثلاثاء', 2], ['الأربعاء', 3], ['الخميس', 4], ['الجمعة', 5], ['السبت', 6],
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
  ['dimanche', 0], ['lundi', 1], ['mardi', 2], ['mercredi', 3], ['jeudi', 4], ['vendredi', 5], ['samedi', 6],
];

const table = (entries: Array<[string, number]>): Map<string, number> => new Map(entries.map(([w, n]) => [comparisonKey(w), n]));
const MONTH = table(MONTHS);
const HIJRI_MONTH = table(HIJRI);
const WEEKDAY = table(WEEKDAYS);
const alternation = (keys: Iterable<string>): string =>
  [...keys].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');

// Every pattern but NUMERIC starts at a word boundary, (?<![\p{L}\p{N}]): not written into the patterns but checked by
// matchesAfterBoundary only where a pattern matched (the lookbehind tried at every position was most of their cost).
const NA = '(?![\\p{L}\\p{N}])';
const DAY = '(?:ال[^\\S\\n]?)?(\\d{1,2})(?:er)?';
/** Day-first: "26 تشرين الثاني 2015", "الـ 13 من نونبر", "1er décembre", "26 November 2015". */
const DAY_FIRST = new RegExp(
  `(?:${DAY}[^\\S\\n]*(?:(?:من|de|of)[^\\S\\n]+)?)?(?:شهر[^\\S\\n]+)?(${alternation(MONTH.keys())})\\.?${NA}(?:[^\\S\\n]*,?[^\\S\\n]*(?:(?:من[^\\S\\n]+)?(?:عام|سنه)[^\\S\\n]+)?(\\d{4})${NA})?`,
  'gu',
);
/** English month-first: "November 26, 2015". */
const MONTH_FIRST = new RegExp(`(${alternation(MONTH.keys())})\\.?[^\\S\\n]+(\\d{1,2})(?:st|nd|rd|th)?(?:,?[^\\S\\n]+(\\d{4}))?${NA}`, 'gu');
const NUMERIC = /(?<![\d/.-])(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})[/.](\d{1,2})[/.](\d{4}))(?![\d/.-])/gu;
const YEAR_ONLY = /(?:عام|سنه|في عام|in|en)[^\S\n]+(\d{4})(?![\p{L}\p{N}])/gu;
const HIJRI_DATE = new RegExp(`(\\d{1,2})[^\\S\\n]+(${alternation(HIJRI_MONTH.keys())})[^\\S\\n]+(\\d{3,4})(?:[^\\S\\n]*ه)?${NA}`, 'gu');
const RELATIVE = new RegExp(
  `(?:(اول امس|امس|اليوم|avant-hier|hier|aujourd'hui|yesterday|today)|(${alternation(WEEKDAY.keys())})|(?:(\\d{1,2})[^\\S\\n]+)?(?:(اواخر|اوائل|مطلع)[^\\S\\n]+)?(الشهر|العام)[^\\S\\n]+(الماضي|الحالي|الجاري|المقبل))${NA}`,
  'gu',
);

interface Found {
  year: number | null;
  month: number | null;
  day: number | null;
  from: number;
  to: number;
}

const validDay = (day: number | null): boolean => day === null || (day >= 1 && day <= 31);
const year = (text: string | undefined): number | null => (text ? Number(text) : null);

/** Gregorian date of a Hijri (umm al-qura) date: estimate with the tabular calendar, then confirm with ICU. */
export function hijriToGregorian(hYear: number, hMonth: number, hDay: number): { year: number; month: number; day: number } | null {
  const jd = Math.floor((11 * hYear + 3) / 30) + 354 * hYear + 30 * hMonth - Math.floor((hMonth - 1) / 2) + hDay + 1948440 - 385;
  const estimate = (jd - 2440587.5) * 86400000;
  const format = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });
  for (const shift of [0, -1, 1, -2, 2, -3, 3]) {
    const date = new Date(estimate + shift * 86400000 + 43200000);
    const parts = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
    if (Number.parseInt(parts.year ?? '', 10) === hYear && Number(parts.month) === hMonth && Number(parts.day) === hDay) {
      return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    }
  }
  return null;
}

function shiftDays(published: Date, days: number): Found {
  const d = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), published.getUTCDate() - days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), from: 0, to: 0 };
}

function relative(m: RegExpMatchArray, published: Date): Found | null {
  const [, word, weekday, day, , unit, which] = m;
  if (word) {
    const back = word === 'اول امس' || word === 'avant-hier' ? 2 : word === 'امس' || word === 'hier' || word === 'yesterday' ? 1 : 0;
    return shiftDays(published, back);
  }
  if (weekday) {
    // The latest such weekday on or before publication: "الخميس" in a Friday paper is yesterday.
    const target = WEEKDAY.get(weekday) as number;
    return shiftDays(published, (published.getUTCDay() - target + 7) % 7);
  }
  const delta = which === 'الماضي' ? -1 : which === 'المقبل' ? 1 : 0;
  if (unit === 'العام') return { year: published.getUTCFullYear() + delta, month: null, day: null, from: 0, to: 0 };
  const d = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() + delta, 1));
  const dayNumber = day ? Number(day) : null;
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: validDay(dayNumber) ? dayNumber : null, from: 0, to: 0 };
}

/**
 * Dates in `text`; offsets are `base` + position in `text`. `publishedAt` (ISO) anchors relative dates,
 * which are skipped when it is unknown.
 * @example extractDates('يوم 26 نونبر الماضي')[0] // { day: 26, month: 11, year: null, ... }
 */
export function extractDates(text: string, base = 0, publishedAt: string | null = null, normalized?: NormalizedText): DateFact[] {
  const { text: folded, offsets } = normalized ?? normalizeForMatching(text);
  // Kept sorted by `from` and non-overlapping; earlier passes win. Binary search keeps a body with
  // thousands of dates linear-ish instead of quadratic.
  const found: Found[] = [];
  const firstEndingAfter = (offset: number): number => {
    let lo = 0;
    let hi = found.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((found[mid] as Found).to <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const add = (f: Found): void => {
    const at = firstEndingAfter(f.from);
    const next = found[at];
    if (next && next.from < f.to) return;
    found.splice(at, 0, f);
  };
  /** A date starting within [from, to]. */
  const startsWithin = (from: number, to: number): boolean => {
    const next = found[firstEndingAfter(from)];
    return next !== undefined && next.from >= from && next.from <= to;
  };
  for (const m of matchesAfterBoundary(folded, HIJRI_DATE, isLetterOrNumber)) {
    const g = hijriToGregorian(Number(m[3]), HIJRI_MONTH.get(m[2] as string) as number, Number(m[1]));
    if (g) add({ ...g, from: m.index, to: m.index + m[0].length });
  }
  for (const m of matchesAfterBoundary(folded, MONTH_FIRST, isLetterOrNumber)) {
    const day = Number(m[2]);
    if (!/^[a-z]/u.test(m[1] as string) || !validDay(day)) continue;
    add({ year: year(m[3]), month: MONTH.get(m[1] as string) as number, day, from: m.index, to: m.index + m[0].length });
  }
  for (const m of matchesAfterBoundary(folded, DAY_FIRST, isLetterOrNumber)) {
    const day = m[1] ? Number(m[1]) : null;
    const y = year(m[3]);
    if (!validDay(day) || (AMBIGUOUS.has(m[2] as string) && day === null && y === null)) continue;
    add({ year: y, month: MONTH.get(m[2] as string) as number, day, from: m.index, to: m.index + m[0].length });
  }
  for (const m of folded.matchAll(NUMERIC)) {
    const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : [m[6], m[5], m[4]];
    const month = Number(mo);
    const day = Number(d);
    if (month < 1 || month > 12 || !validDay(day)) continue;
    add({ year: Number(y), month, day, from: m.index, to: m.index + m[0].length });
  }
  for (const m of matchesAfterBoundary(folded, YEAR_ONLY, isLetterOrNumber)) {
    add({ year: Number(m[1]), month: null, day: null, from: m.index, to: m.index + m[0].length });
  }
  const published = publishedAt ? new Date(publishedAt) : null;
  const anchored = published !== null && !Number.isNaN(published.getTime());
  for (const m of matchesAfterBoundary(folded, RELATIVE, isLetterOrNumber)) {
    // "روسيا اليوم" is the channel RT, not today.
    if (m[1] === 'اليوم' && /روسيا\s$/u.test(folded.slice(Math.max(0, m.index - 6), m.index))) continue;
    // A weekday right before an explicit date ("الخميس 26 تشرين الثاني") or after أمس is the same day.
    if (m[2] && startsWithin(m.index + m[0].length, m.index + m[0].length + 2)) continue;
    if (m[2] && /امس\s$/u.test(folded.slice(Math.max(0, m.index - 4), m.index))) continue;
    const span = { from: m.index, to: m.index + m[0].length };
    if (anchored) {
      const f = relative(m, published);
      if (f) add({ ...f, ...span });
    } else if (m[3] && m[5] === 'الشهر') {
      // "24 الشهر الماضي" without a publication date still fixes the day (and keeps 24 out of the numbers).
      const day = Number(m[3]);
      if (validDay(day)) add({ year: null, month: null, day, ...span });
    }
  }
  return found.map((f) => {
    const start = base + (offsets[f.from] as number);
    const end = base + (offsets[f.to] as number);
    return { year: f.year, month: f.month, day: f.day, text: text.slice(start - base, end - base).trim(), start, end };
  });
}
