/**
 * Typed differences between two claims already judged to be about the same thing: polarity (negators,
 * opposite directions), dates and numbers (who is named: entities.ts). Each check returns a Verdict
 * with a one-line explanation, or null.
 */
import type { Claim, DateFact, FindingKind, NumberFact, Severity } from '../model';
import { comparisonKey } from '../text/normalize';
import type { Hunk } from './diff';
import { opposedWords, unexplainedPair } from './features';
import { changedNegators, directionOf, type MatchToken, matchTokens, speakerMatchKey } from './words';

export interface Verdict {
  kind: FindingKind;
  severity: Severity;
  explanation: string;
}

/** One claim with the tokens of its compared wording. */
export interface Side {
  claim: Claim;
  tokens: MatchToken[];
  content: MatchToken[];
}

/** Display name folded for containment: hamza seats, spelling and spaces ignored ("عبد الرحمن" = "عبدالرحمن"). */
function foldedName(display: string | null): string {
  return matchTokens(display ?? '')
    .map((t) => t.raw)
    .join('');
}

/**
 * Two claims' speakers are the same person: equal speaker keys, or one display name contained in the
 * other after folding ("الوزير عبد الرحمن" in "الوزير عبدالرحمن الحكيم", "مسؤول" = "مسئول"). A shorter
 * mention is a partial name or a bare title, which cannot tell two people apart; calling it another
 * speaker would be a false attribution.
 */
export function sameSpeaker(a: Claim, b: Claim): boolean {
  const ka = speakerMatchKey(a.speakerKey);
  const kb = speakerMatchKey(b.speakerKey);
  if (!ka || !kb || ka === kb) return true;
  const da = foldedName(a.speaker);
  const db = foldedName(b.speaker);
  return da.length >= 3 && db.length >= 3 && (da.includes(db) || db.includes(da));
}

// Particles that belong to the surname: "لو دريان", "دو فيلييه", "de Villiers", "von der Leyen".
const NAME_PARTICLES = new Set(['لو', 'دو', 'دي', 'فان', 'فون', 'de', 'du', 'le', 'la', 'van', 'von', 'der', 'al', 'el']);

/**
 * A readable short name for explanations: the surname of the display name ("الرئيس الروسي فلاديمير
 * بوتين" -> "بوتين"); speaker keys may be transliteration skeletons ("btn") and are a last resort.
 */
export function shortName(claim: Claim): string {
  const words = (claim.speaker ?? '').split(/\s+/u).filter(Boolean);
  if (words.length === 0) return claim.speakerKey ?? 'the speaker';
  if (words.length <= 2) return words.join(' ');
  const last = words[words.length - 1] as string;
  const before = words[words.length - 2] as string;
  return NAME_PARTICLES.has(before.toLowerCase()) ? `${before} ${last}` : last;
}

/** Original wording of some tokens, for explanations. */
export function words(tokens: MatchToken[]): string {
  return tokens.map((t) => t.text).join(' ');
}

/** An extra clause of this many words at the start or end of one side is context, not a change of polarity ("... ما لم يتم كذا"). */
export const CLAUSE_MIN_WORDS = 4;

/**
 * Polarity: the claims' `negated` flags differ, a change adds or removes a negator ("لا", "لم",
 * "not", "ne…pas", "تفشل في"), or one side uses a word of one direction and the other its opposite.
 */
export function negationVerdict(A: Side, B: Side, changes: Hunk[]): Verdict | null {
  const negation = (neg: Side, pos: Side, marker: MatchToken | undefined): Verdict => ({
    kind: 'negation',
    severity: 'major',
    explanation: `${neg.claim.outlet} negates the claim${marker ? ` ("${marker.text}")` : ''} that ${pos.claim.outlet} reports affirmatively`,
  });
  // The extractor's flags, unless every negator of the negated side sits in a clause the other
  // outlet does not have at all (a quote cut before "إذا لم يلتزم الناس" is an omission, not a negation).
  // A clause at the start or end that one side has and the other lacks, or replaces with a word or
  // two (a longer quote's opening sentence against a shorter quote's first word).
  const extraClause = (h: Hunk) => (h.atStart || h.atEnd) && Math.abs(h.deleted.length - h.inserted.length) >= CLAUSE_MIN_WORDS;
  if (A.claim.negated !== B.claim.negated) {
    const [neg, pos] = A.claim.negated ? [A, B] : [B, A];
    const inClause = new Set(changes.filter(extraClause).flatMap((h) => [...h.deleted, ...h.inserted]));
    const negators = neg.tokens.filter((t) => t.negator);
    if (negators.length === 0 || negators.some((t) => !inClause.has(t))) return negation(neg, pos, negators[0]);
  }
  // Polarity is compared over the changes: a negator the other side also has, moved ("إدلب بلا شيعة"
  // at either end), in another form ("ينفي" / "نفى") or repeated for emphasis ("يرفض رفضا قاطعا"),
  // does not count, nor one in a clause one outlet added at the start or end. One negator swapped
  // for another ("بعدم السماح" / "بألا تسمح") leaves the counts equal.
  const [deleted, inserted] = changedNegators(A.tokens, B.tokens, changes.filter((h) => !extraClause(h)));
  if (deleted.length !== inserted.length) {
    return deleted.length > inserted.length ? negation(A, B, deleted[0]) : negation(B, A, inserted[0]);
  }
  // A word of one direction on one side and of the opposite direction on the other ("ارتفاع" vs
  // "تراجع", "وافق" vs "رفض"), where neither side has both (a story may mention a fall and a rise).
  const groupsA = directionGroups(A.tokens);
  const groupsB = directionGroups(B.tokens);
  // Words of opposite direction among the words only one side has, whatever both share ("استئناف
  // الدوري بعد توقف" vs "تعليق الدوري بعد توقف": توقف is on both sides).
  const opposed = opposedWords(...unexplainedPair(A.content, B.content));
  if (opposed) {
    return {
      kind: 'negation',
      severity: 'major',
      explanation: `${A.claim.outlet} says "${opposed[0].text}" where ${B.claim.outlet} says the opposite, "${opposed[1].text}"`,
    };
  }
  for (const [group, wordA] of groupsA) {
    const [line, sideOf] = group.split(':');
    const opposite = `${line}:${sideOf === '0' ? '1' : '0'}`;
    const wordB = groupsB.get(opposite);
    if (wordB && !groupsA.has(opposite) && !groupsB.has(group)) {
      return {
        kind: 'negation',
        severity: 'major',
        explanation: `${A.claim.outlet} says "${wordA.text}" where ${B.claim.outlet} says the opposite, "${wordB.text}"`,
      };
    }
  }
  return null;
}

function directionGroups(tokens: MatchToken[]): Map<string, MatchToken> {
  const groups = new Map<string, MatchToken>();
  for (const t of tokens) for (const group of directionOf(t.key)) if (!groups.has(group)) groups.set(group, t);
  return groups;
}

function compatibleDates(x: DateFact, y: DateFact): boolean {
  return (
    (x.year === null || y.year === null || x.year === y.year) &&
    (x.month === null || y.month === null || x.month === y.month) &&
    (x.day === null || y.day === null || x.day === y.day)
  );
}

const MONTH_TOKEN = /^[mh]\d+$/;

/** A word of one of the claim's extracted dates: a month token, or a number that is the day, month or year of one. */
export function isDateWord(token: MatchToken, claim: Claim): boolean {
  if (MONTH_TOKEN.test(token.key)) return true;
  if (!token.number) return false;
  const value = Number(token.key);
  return claim.dates.some((d) => d.day === value || d.month === value || d.year === value);
}

/**
 * A date written out: a month name (any convention), a four-digit year or a numeric date. Relative
 * dates ("اليوم", "أمس", "الخميس", "الشهر الماضي") are resolved against each article's publication
 * date, so the same words in two articles published a day apart resolve to two days: «الأرقام التي
 * أعلناها اليوم» quoted by a paper of the next morning is not another date. They never raise a date
 * discrepancy on their own.
 */
export function isExplicitDate(date: DateFact): boolean {
  if (matchTokens(date.text).some((t) => MONTH_TOKEN.test(t.key))) return true;
  // A day or year with a month the extractor read ("May 3", "عام 2024"), unless the unit itself is
  // relative ("24 الشهر الماضي", "the 3rd of next month").
  return /\d/u.test(date.text) && !RELATIVE_UNIT.test(comparisonKey(date.text));
}

const RELATIVE_UNIT = /الشهر|العام|السنه|month|year|mois|annee/u;

/** A date of one side compatible with no date of the other (partial dates compare on the parts both give), or a substituted month. */
export function dateVerdict(A: Side, B: Side, changes: Hunk[]): Verdict | null {
  const datesA = A.claim.dates.filter(isExplicitDate);
  const datesB = B.claim.dates.filter(isExplicitDate);
  const onlyA = datesA.find((d) => !datesB.some((e) => compatibleDates(d, e)));
  const onlyB = datesB.find((d) => !datesA.some((e) => compatibleDates(d, e)));
  if (onlyA && onlyB) return dateFinding(A, B, onlyA.text, onlyB.text);
  // Without extracted dates: a month substituted, or a day number substituted next to a month.
  for (const h of changes) {
    const monthA = h.deleted.find((t) => MONTH_TOKEN.test(t.key));
    const monthB = h.inserted.find((t) => MONTH_TOKEN.test(t.key));
    if (monthA && monthB) return dateFinding(A, B, words(h.deleted), words(h.inserted));
  }
  return null;
}

function dateFinding(A: Side, B: Side, textA: string, textB: string): Verdict {
  return { kind: 'date', severity: 'major', explanation: `${A.claim.outlet} dates it "${textA}" where ${B.claim.outlet} has "${textB}"` };
}

/** A number (outside dates) of each side that the other lacks, or a number substituted in the diff. */
export function numberVerdict(A: Side, B: Side, changes: Hunk[]): Verdict | null {
  const outsideDates = (c: Claim) => c.numbers.filter((n) => !c.dates.some((d) => n.start >= d.start && n.end <= d.end));
  const numsA = outsideDates(A.claim);
  const numsB = outsideDates(B.claim);
  const onlyA = numsA.find((n) => !numsB.some((m) => m.value === n.value));
  const onlyB = numsB.find((n) => !numsA.some((m) => m.value === n.value));
  // "أكثر من مليار دولار" / "1.25 مليار دولار": a bound or an estimate the other figure falls within.
  if (onlyA && onlyB && (within(A.claim, onlyA, onlyB.value) || within(B.claim, onlyB, onlyA.value))) return null;
  if (onlyA && onlyB) return isYear(onlyA.value) && isYear(onlyB.value) ? dateFinding(A, B, onlyA.text, onlyB.text) : numberFinding(A, B, onlyA.text, onlyB.text);
  for (const h of changes) {
    // Days, months and years of the claims' dates are compared as dates; "09" is 9.
    const numberA = h.deleted.find((t) => t.number && !isDateWord(t, A.claim));
    const numberB = h.inserted.find((t) => t.number && !isDateWord(t, B.claim));
    if (numberA && numberB && Number(numberA.key) !== Number(numberB.key)) {
      const years = isYear(Number(numberA.key)) && isYear(Number(numberB.key));
      return years ? dateFinding(A, B, numberA.text, numberB.text) : numberFinding(A, B, numberA.text, numberB.text);
    }
  }
  return null;
}

/**
 * Words before a figure that make it a lower bound, an upper bound or an estimate, in comparison form as
 * comparisonKey writes them (ى is ي, ة is ه, no hamza seats): "يزيد على" is "يزيد علي", "أدنى من" is "ادني من".
 */
const LOWER_BOUND = /(?:اكثر من|ازيد من|يزيد (?:عن|علي)|يتجاوز|تتجاوز|تجاوز|يتخطي|تتخطي|فوق|more than|over|above|plus de)\s*$/u;
const UPPER_BOUND = /(?:اقل من|دون|ادني من|less than|under|below|fewer than|moins de)\s*$/u;
const ESTIMATE = /(?:نحو|حوالي|قرابه|زهاء|يقارب|تقارب|يقرب من|about|around|nearly|almost|roughly|some|environ|pres de|quelque)\s*$/u;
/** How far past a bound a figure may be and still be what the bound says: nobody writes "more than 35 years" for a century. */
export const BOUND_SPREAD = 0.5;
/** How far an estimate ("نحو 500") may be from the other outlet's figure and still be the same figure. */
export const ESTIMATE_SPREAD = 0.15;

/** `value` is consistent with `fact` as its claim words it: above a lower bound, under an upper one, near an estimate. */
function within(claim: Claim, fact: NumberFact, value: number): boolean {
  const at = fact.start - claim.start;
  if (at < 0 || at > claim.text.length) return false;
  const before = comparisonKey(claim.text.slice(Math.max(0, at - 24), at));
  if (LOWER_BOUND.test(before)) return value > fact.value && value <= (1 + BOUND_SPREAD) * fact.value;
  if (UPPER_BOUND.test(before)) return value < fact.value && value >= fact.value / (1 + BOUND_SPREAD);
  if (ESTIMATE.test(before)) return Math.abs(value - fact.value) <= ESTIMATE_SPREAD * fact.value;
  return false;
}

/** A bare four-digit number of modern history is a year ("افتتح في 1998"): a change of it is a date change. */
function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100;
}

function numberFinding(A: Side, B: Side, textA: string, textB: string): Verdict {
  return { kind: 'number', severity: 'major', explanation: `${A.claim.outlet} has "${textA}" where ${B.claim.outlet} has "${textB}"` };
}
