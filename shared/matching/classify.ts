/**
 * Classification of two aligned claims from different outlets: are they the same claim, and if so,
 * which meaning-bearing difference (if any) separates them. Checks run from the most specific
 * (who said it, polarity, dates, numbers, names) to the most general (quote wording).
 */
import type { Claim, Severity } from '../model';
import { type Alignment, alignedSimilarity, type Hunk, hunks } from './diff';
import { entityVerdict } from './entities';
import { dateVerdict, isDateWord, negationVerdict, numberVerdict, type Side, sameSpeaker, shortName as name, type Verdict, words } from './facts';
import { opposedWords, stanceFeatures, unexplainedPair } from './features';
import { stanceOf } from './stance';
import { directionOf, isTopicWord, type MatchToken, softEqual } from './words';

export type { Verdict } from './facts';

/** Content-word Dice (inflections matched) from which two claims can be the same claim, agreement included. */
export const SAME_CLAIM_MIN = 0.5;
/**
 * Between this and SAME_CLAIM_MIN two statements share their topic but are reworded: only a typed
 * contradiction (negation, direction, date, number, name) is reported, never agreement.
 * Same-story sentences from different outlets sit at p99 0.12 (seed articles).
 */
export const RELATED_MIN = 0.4;
/** Share of the shorter quote's words aligned with the longer one for "the shorter is part of the longer". */
export const CONTAINMENT_MIN = 0.85;
/** Omission needs at least this many words missing (or EDGE_CUT_MIN_WORDS content words cut from one end): one or two changed inside are a wording change, not a cut. */
export const OMISSION_MIN_WORDS = 3;
/** Content words cut from the start or end of a quotation, the rest word for word, that make an omission ("الزيارة تاريخية و…"). */
export const EDGE_CUT_MIN_WORDS = 2;
/** Extra words allowed inside the shorter quote's span in the longer one ("near-contiguous"). */
export const OMISSION_MAX_GAP = 2;
/** An omission is major when it drops at least this share of the longer quote's content words. */
export const OMISSION_MAJOR_SHARE = 0.4;
/** Same quoted words (aligned Dice) needed before a different speaker is an attribution discrepancy, not another quote. */
export const ATTRIBUTION_MIN = 0.8;
/** Content words added or removed (without substitution) that make a quote-wording change major. */
export const QUOTE_MAJOR_ADDED = 2;

/**
 * Classifies two claims of different outlets given the alignment of their compared wording
 * (quotes when both are quotations, else the sentences). Null when they are not the same claim.
 */
export function classify(a: Claim, b: Claim, alignment: Alignment, bothQuotes: boolean): Verdict | null {
  const A: Side = side(a, alignment.a);
  const B: Side = side(b, alignment.b);
  const dice = relatedness(A.content, B.content);
  // For quotes, "the shorter is part of the longer" is judged on all aligned words: a cut quote
  // keeps its function words too ("إلا أن ذلك يتم ...").
  const shorter = Math.min(A.tokens.length, B.tokens.length);
  const contained = shorter >= OMISSION_MIN_WORDS && alignment.equalCount / shorter >= CONTAINMENT_MIN;
  const sameClaim = dice >= SAME_CLAIM_MIN || (bothQuotes && contained);
  // A quotation against a reported or plain claim: the sentence around a paraphrase often reports
  // someone else's claim ("في رد على ما ادعاه الرئيس التركي بأن ...") next to a quote that answers it,
  // so anything short of the same claim is another claim.
  const mixed = (a.kind === 'quote') !== (b.kind === 'quote');
  if (!sameClaim && bothQuotes) return partOfLonger(A, B);
  if (!sameClaim && (mixed || dice < RELATED_MIN)) return null;

  if (!sameSpeaker(a, b)) {
    if (alignedSimilarity(alignment) < ATTRIBUTION_MIN) return null; // different people saying related things
    return {
      kind: 'attribution',
      severity: 'major',
      explanation: `${a.outlet} attributes the words to ${name(a)} where ${b.outlet} names ${name(b)}`,
    };
  }

  const changes = hunks(alignment);
  const verdict = typedVerdict(A, B, alignment, changes, sameClaim, bothQuotes);
  // A quotation against a claim nobody is named for: a discrepancy of what someone said needs to know
  // who said the other side.
  if (verdict && verdict.kind !== 'agreement' && mixed && (!a.speakerKey || !b.speakerKey)) return null;
  return verdict;
}

/** The typed checks, most specific first, then quote wording or the contradiction model. */
function typedVerdict(A: Side, B: Side, alignment: Alignment, changes: Hunk[], sameClaim: boolean, bothQuotes: boolean): Verdict | null {
  const negation = negationVerdict(A, B, changes);
  if (negation) return negation;
  const date = dateVerdict(A, B, changes);
  if (date) return date;
  const number = numberVerdict(A, B, changes);
  if (number) return number;
  const entity = entityVerdict(A, B);
  if (entity) return entity;
  return wordingVerdict(...withoutDateWords(A, B, alignment, changes), sameClaim, bothQuotes);
}

/**
 * The dates of both sides agree (checked before), so how they are written is spelling: "14 mars
 * 2027" = "14/03/2027". Date words become function words and changes made only of them are dropped.
 */
function withoutDateWords(A: Side, B: Side, alignment: Alignment, changes: Hunk[]): [Side, Side, Alignment, Hunk[]] {
  const mark = (tokens: MatchToken[], claim: Claim) => tokens.map((t) => (isDateWord(t, claim) ? { ...t, filler: true } : t));
  const a = mark(alignment.a, A.claim);
  const b = mark(alignment.b, B.claim);
  const neutral: Alignment = { ...alignment, a, b };
  const dateOnly = (h: Hunk) => [...h.deleted.map((t) => isDateWord(t, A.claim)), ...h.inserted.map((t) => isDateWord(t, B.claim))].every(Boolean);
  const kept = hunks(neutral).filter((h, i) => !dateOnly(changes[i] as Hunk));
  return [side(A.claim, a), side(B.claim, b), neutral, kept];
}

/** Quote wording, or for other claims the contradiction model, on wording whose typed facts agree. */
function wordingVerdict(A: Side, B: Side, alignment: Alignment, changes: Hunk[], sameClaim: boolean, bothQuotes: boolean): Verdict | null {
  const a = A.claim;
  const b = B.claim;
  if (bothQuotes) return sameClaim ? quoteVerdict(A, B, alignment, changes) : null;
  const agreement: Verdict = { kind: 'agreement', severity: 'info', explanation: `${a.outlet} and ${b.outlet} report the same claim` };
  // Word for word the same once spelling and date forms are set aside ("3 December" / "3 Dec."): nothing
  // for a model trained on reworded headlines to weigh.
  if (sameClaim && changes.length === 0) return agreement;
  // Statements and reported claims: paraphrase or contradiction is the model's call (stance.ts).
  const stance = stanceOf(stanceFeatures(A, B, alignment, changes));
  // A contradiction only for the same claim: the model was trained on pairs about one event, and two
  // sentences of one story that merely share names ("بين فرنسا وروسيا") would look to it like one.
  // A paraphrase the model is sure of may reword more (related is enough).
  if (stance === 'agree') return agreement;
  if (sameClaim && pinpointed(A, B, changes)) {
    // A long claim whose other words all line up, with only a back-reference reworded, is the same
    // claim whatever the model makes of the one changed word.
    if (reworded(A, B, alignment)) return agreement;
    return stance === 'contradict' ? contradiction(A, B) : null;
  }
  // Nothing pinpointed: two outlets wrapped one long claim in different context ("خلال مؤتمر صحفي في
  // الكرملين" / "حسب ما نقلت وسائل الإعلام"). Headline-sized pairs stay undecided.
  return sameClaim && alignedContent(alignment) >= CORE_MIN_WORDS ? agreement : null;
}

/** Content words aligned in order needed to call a claim the same despite different context around it. */
export const CORE_MIN_WORDS = 6;

function alignedContent(alignment: Alignment): number {
  let n = 0;
  for (const run of alignment.runs) if (run.op === 'equal') for (let k = run.aFrom; k < run.aTo; k++) if (!(alignment.a[k] as MatchToken).filler) n++;
  return n;
}

/**
 * A contradiction the model found where no typed check fired (a verb of opposite meaning outside the
 * direction lexicon, a swapped name outside the gazetteer, a swapped detail: "تهديدات بالقتل" vs
 * "تهديدات بالخطف"). The kind is the closest the contract has: `entity` when the differing words are
 * names or nationality adjectives, else `negation` (the same claim asserted otherwise), `major` when a
 * negator or an opposite-direction word is among the differences, `minor` for a plain substitution.
 */
function contradiction(A: Side, B: Side): Verdict {
  const [onlyA, onlyB] = unexplainedPair(A.content, B.content);
  const shown = (ts: MatchToken[]) => words(ts.slice(0, 3));
  if (onlyA.some(nameLike) && onlyB.some(nameLike)) {
    return { kind: 'entity', severity: 'major', explanation: `${A.claim.outlet} names "${shown(onlyA.filter(nameLike))}" where ${B.claim.outlet} names "${shown(onlyB.filter(nameLike))}"` };
  }
  const polar = [...onlyA, ...onlyB].some((t) => t.negator) || opposedWords(onlyA, onlyB) !== null;
  const said = (side: Side, only: MatchToken[]) => (only.length > 0 ? `says "${shown(only)}"` : 'does not say it');
  return {
    kind: 'negation',
    severity: polar ? 'major' : 'minor',
    explanation: `${A.claim.outlet} ${said(A, onlyA)} where ${B.claim.outlet} ${said(B, onlyB)}: the claims contradict each other`,
  };
}

/** Content words aligned in order needed before a reworded back-reference is still the same claim (long claims only: a headline is its few words). */
export const REWORD_CORE_MIN_WORDS = 8;
/** Content words per side without any counterpart that such a rewording may leave. */
export const REWORD_MAX_WORDS = 1;

/**
 * A long claim whose only reworded word refers back to what the claim already said: "والتحرك معا
 * في هذا الاتجاه" / "والتحرك معا لمعالجته" (a demonstrative noun against a verbal noun with an
 * attached pronoun). Such a word adds no content of its own, so the claims agree. A plain word
 * swapped for another ("خط أنابيب غاز" / "خط أنابيب مياه") is how a claim is altered and stays
 * undecided, as does any negator, direction word, number or name among the changed words.
 */
function reworded(A: Side, B: Side, alignment: Alignment): boolean {
  if (alignedContent(alignment) < REWORD_CORE_MIN_WORDS) return false;
  const [onlyA, onlyB] = unexplainedPair(A.content, B.content);
  if (onlyA.length > REWORD_MAX_WORDS || onlyB.length > REWORD_MAX_WORDS || onlyA.length + onlyB.length === 0) return false;
  const loaded = (t: MatchToken) => t.negator || t.number || nameLike(t) || directionOf(t.key).length > 0;
  if ([...onlyA, ...onlyB].some(loaded)) return false;
  return onlyA.every((t) => refersBack(t, A.tokens)) && onlyB.every((t) => refersBack(t, B.tokens));
}

/** Demonstratives that make the noun after them point back ("هذا الاتجاه", "تلك الخطوة"). */
const DEMONSTRATIVE = /^(?:[وف]?(?:هذا|هذه|ذلك|تلك|هؤلاء|أولئك))$/u;
/** An attached pronoun ending a word of at least three letters before it ("لمعالجته", "بتنفيذها"); written ه, never ة. */
const PRONOUN_SUFFIX = /[\u0621-\u064A]{3,}(?:ه|ها|هما|هم|هن)$/u;

/** A word that refers back: it follows a demonstrative or carries an attached pronoun. */
function refersBack(token: MatchToken, tokens: readonly MatchToken[]): boolean {
  const previous = tokens[tokens.indexOf(token) - 1];
  return PRONOUN_SUFFIX.test(token.text) || (previous !== undefined && DEMONSTRATIVE.test(previous.text));
}

/** Content words per side of a change small enough to be one edit of a claim, not two outlets' different context. */
export const PINPOINT_MAX_WORDS = 3;

/**
 * The model's contradiction must point at something: a negator among the words only one side has (not
 * one on each side), an opposite word, or one small substitution of words other than negators. Two
 * outlets adding different context around the same claim ("خلال مؤتمر صحفي في الكرملين" vs "حسب ما
 * نقلت وسائل الإعلام الروسية") is no contradiction.
 */
function pinpointed(A: Side, B: Side, changes: Hunk[]): boolean {
  const [onlyA, onlyB] = unexplainedPair(A.content, B.content);
  // A negator on each side ("ليس لديها خطط" / "تنفي وجود خطط") is one polarity worded twice.
  const negator = (t: MatchToken) => t.negator;
  if (onlyA.some(negator) !== onlyB.some(negator) || opposedWords(onlyA, onlyB)) return true;
  const meaningful = (t: MatchToken) => !t.filler && !t.negator;
  return changes.some((h) => {
    const del = h.deleted.filter(meaningful).length;
    const ins = h.inserted.filter(meaningful).length;
    return del > 0 && ins > 0 && del <= PINPOINT_MAX_WORDS && ins <= PINPOINT_MAX_WORDS;
  });
}

/** A nationality adjective ("الفرنسية", "مصريات"): a name-like word outside the gazetteer. */
const NISBA = /^[\u0621-\u064A]{3,}(?:ي|يه|يا|يات|يين|يون)$/u;

/** A name, or a word that reads like one: gazetteer entities, nationality adjectives, capitalised Latin words (names even when they open the sentence: "Doha will host"). */
const nameLike = (t: MatchToken) => t.entity || NISBA.test(t.key) || /^\p{Lu}\p{Ll}/u.test(t.text);

/** Content words of the longer quotation searched for the shorter one's counterpart (long quotes are rare; this bounds the scan). */
export const WINDOW_SCAN_MAX_WORDS = 200;
/** Windowed relatedness from which the part is worded differently enough to be a major change. */
export const WINDOW_MINOR_MIN = 0.8;

/**
 * A quotation that matches part of a longer one by the same named speaker, reworded: one outlet
 * quotes (or translates) a passage of a longer statement another outlet quotes in full ("أنا في
 * موسكو معكم للتعرف على الكيفية ..." inside a three-sentence quote worded "لأرى كيف ..."). Judged on the
 * best window of the longer quote as long as the shorter one.
 */
function partOfLonger(A: Side, B: Side): Verdict | null {
  if (!A.claim.speakerKey || !B.claim.speakerKey || !sameSpeaker(A.claim, B.claim)) return null;
  const [short, long] = A.content.length <= B.content.length ? [A, B] : [B, A];
  const n = short.content.length;
  if (n < OMISSION_MIN_WORDS + 1 || long.content.length < n + OMISSION_MIN_WORDS || long.content.length > WINDOW_SCAN_MAX_WORDS) return null;
  let best = 0;
  for (let from = 0; from + n <= long.content.length; from++) {
    const window = long.content.slice(from, from + n);
    best = Math.max(best, (2 * softCommon(short.content, window)) / (2 * n));
  }
  if (best < SAME_CLAIM_MIN) return null;
  return {
    kind: 'quote-wording',
    severity: best < WINDOW_MINOR_MIN ? 'major' : 'minor',
    explanation: `${short.claim.outlet} quotes part of what ${long.claim.outlet} quotes ${name(long.claim)} as saying, in other words`,
  };
}

function side(claim: Claim, tokens: MatchToken[]): Side {
  return { claim, tokens, content: tokens.filter((t) => !t.filler) };
}

/** Names and titles are left out of relatedness only for sentences at least this long (content words); in a headline they are the claim. */
export const TOPIC_EXCLUSION_MIN_WORDS = 8;
/** Fewer predicate words than this on a side: judge relatedness on all content words instead. */
export const MIN_PREDICATE_WORDS = 2;

/**
 * Dice of content words (inflections matched), leaving out names and titles when both sides have
 * enough other words: sentences of one story all mention "الرئيس الروسي فلاديمير بوتين" and
 * "نظيره الفرنسي", which says nothing about whether they make the same claim.
 */
export function relatedness(a: MatchToken[], b: MatchToken[]): number {
  const pa = a.filter((t) => !isTopicWord(t));
  const pb = b.filter((t) => !isTopicWord(t));
  const long = Math.min(a.length, b.length) >= TOPIC_EXCLUSION_MIN_WORDS;
  const [x, y] = long && pa.length >= MIN_PREDICATE_WORDS && pb.length >= MIN_PREDICATE_WORDS ? [pa, pb] : [a, b];
  return x.length + y.length === 0 ? 0 : (2 * softCommon(x, y)) / (x.length + y.length);
}

/** Content words of `a` matched one-to-one with words of `b`: equal keys first, then inflections (softEqual). */
function softCommon(a: MatchToken[], b: MatchToken[]): number {
  const unused = [...b];
  const rest: MatchToken[] = [];
  let common = 0;
  for (const t of a) {
    const at = unused.findIndex((u) => u.key === t.key);
    if (at >= 0) {
      unused.splice(at, 1);
      common++;
    } else rest.push(t);
  }
  for (const t of rest) {
    const at = unused.findIndex((u) => softEqual(u.key, t.key));
    if (at >= 0) {
      unused.splice(at, 1);
      common++;
    }
  }
  return common;
}

function quoteVerdict(A: Side, B: Side, alignment: Alignment, changes: Hunk[]): Verdict {
  const speaker = name(A.claim.speakerKey ? A.claim : B.claim);
  if (changes.length === 0) {
    return { kind: 'agreement', severity: 'info', explanation: `${A.claim.outlet} and ${B.claim.outlet} quote ${speaker} in the same words` };
  }
  const omission = omissionVerdict(A, B, alignment, speaker);
  if (omission) return omission;
  const substituted = changes.find((h) => h.deleted.some((t) => !t.filler) && h.inserted.some((t) => !t.filler));
  const addedContent = changes.reduce((n, h) => n + h.deleted.filter((t) => !t.filler).length + h.inserted.filter((t) => !t.filler).length, 0);
  const severity: Severity = substituted || addedContent >= QUOTE_MAJOR_ADDED ? 'major' : 'minor';
  const shown = substituted ?? changes[0];
  let explanation: string;
  if (shown && shown.deleted.length > 0 && shown.inserted.length > 0) {
    explanation = `${B.claim.outlet} quotes ${speaker} with "${words(shown.inserted)}" where ${A.claim.outlet} has "${words(shown.deleted)}"`;
  } else if (shown && shown.inserted.length > 0) {
    explanation = `${B.claim.outlet} quotes ${speaker} with "${words(shown.inserted)}", which ${A.claim.outlet} does not have`;
  } else {
    explanation = `${A.claim.outlet} quotes ${speaker} with "${words(shown?.deleted ?? [])}", which ${B.claim.outlet} does not have`;
  }
  return { kind: 'quote-wording', severity, explanation };
}

/**
 * One quote is a contiguous (or near-contiguous) part of the other with at least OMISSION_MIN_WORDS
 * words missing: the shorter one's words all align, and they fall inside one span of the longer
 * one with at most OMISSION_MAX_GAP extra words inside it.
 */
function omissionVerdict(A: Side, B: Side, alignment: Alignment, speaker: string): Verdict | null {
  const aShorter = A.tokens.length <= B.tokens.length;
  const [short, long] = aShorter ? [A, B] : [B, A];
  if (alignment.equalCount < short.tokens.length - 1) return null; // at most one word of the shorter may differ
  const missingCount = long.tokens.length - alignment.equalCount;
  if (missingCount < EDGE_CUT_MIN_WORDS) return null;
  // Positions (in the longer quote) of the aligned words.
  const positions: number[] = [];
  for (const run of alignment.runs) {
    if (run.op !== 'equal') continue;
    for (let k = 0; k < run.aTo - run.aFrom; k++) positions.push(aShorter ? run.bFrom + k : run.aFrom + k);
  }
  const first = positions[0];
  const last = positions[positions.length - 1];
  if (first === undefined || last === undefined) return null;
  if (last - first + 1 - positions.length > OMISSION_MAX_GAP) return null;
  const missing = long.tokens.filter((_, index) => index < first || index > last);
  const missingContent = missing.filter((t) => !t.filler).length;
  // Two words cut from inside are a rewording; two content words cut from an end, the rest intact, are a cut.
  if (missingCount < OMISSION_MIN_WORDS && (missing.length !== missingCount || missingContent < EDGE_CUT_MIN_WORDS)) return null;
  const severity: Severity = missingContent >= OMISSION_MAJOR_SHARE * long.content.length ? 'major' : 'minor';
  const excerpt = words(missing);
  return {
    kind: 'omission',
    severity,
    explanation: `${short.claim.outlet} quotes only part of ${speaker}'s words; ${long.claim.outlet} also has "${excerpt.length > 80 ? `${excerpt.slice(0, 77)}...` : excerpt}"`,
  };
}
