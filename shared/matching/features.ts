/**
 * Features of a claim pair for the contradiction model (stance.ts): how much of the wording aligns,
 * what changed where it does not (negators, direction words, numbers, names), and which words one side
 * has that the other lacks. Side-agnostic on purpose: which outlet is `a` depends on claim ids only.
 */
import type { Claim } from '../model';
import { type Alignment, type Hunk, alignClaimWordings, alignedSimilarity, hunks } from './diff';
import { phraseHits, synonymGroups, synonymous } from './synonyms';
import { bigramDice, changedNegators, countryOfLeader, directionOf, lexiconForms, type MatchToken, softEqual } from './words';

/** Sparse feature vector: name -> value. Absent names are 0. */
export type Features = Map<string, number>;

/** One claim with the tokens of its compared wording (content = not filler). */
export interface FeatureSide {
  claim: Claim;
  tokens: MatchToken[];
  content: MatchToken[];
}

/** How two words can be the same word for a paraphrase, from the surest link to the loosest. */
const LINKS: ReadonlyArray<(t: MatchToken, u: MatchToken) => boolean> = [
  (t, u) => t.key === u.key,
  // Numbers (and number words: "مليون" = 1e6) only match themselves; three-letter keys share too many
  // bigrams by chance ("ابت"/"ابل") for the loose test.
  (t, u) => !t.number && !u.number && t.key.length >= 4 && u.key.length >= 4 && softEqual(t.key, u.key),
  (t, u) => {
    const rt = rootish(t);
    return !t.number && rt !== null && rt === rootish(u);
  },
  // Synonyms of news writing (synonyms.ts: "مصرع" / "مقتل", "توقيف" / "اعتقال", "العملة" / "الليرة"),
  // never for numbers or negators, never between two names of different referents ("الليرة" /
  // "الدولار" share the set of "العملة" but are a swap). Before the direction link, which is looser: "هجوم" and
  // "تندد" share the direction "criticise", but "هجوم" / "غارة" is the closer pair.
  // No link for any two names of one gazetteer referent ("طهران" / "إيران"): the typed entity check
  // already treats them as one, and as a link it cost 1.4 points of agree->agreement in train CV (four
  // fold splits); the synonym sets name only the seats and two-word names a headline uses for a country.
  (t, u) => linkable(t, u) && synonymous(t.key, u.key),
  // A head of state and the country they lead ("ماكرون" / "فرنسا"): one actor in a headline (facts.ts leadersAsCountries).
  (t, u) => leads(t, u) || leads(u, t),
  (t, u) => {
    const dt = directionOf(t.key);
    return dt.length > 0 && directionOf(u.key).some((g) => dt.includes(g));
  },
];

/** `leader` is a head of state and `country` the country they lead. */
function leads(leader: MatchToken, country: MatchToken): boolean {
  const led = countryOfLeader(leader.entityId);
  return led !== null && led === country.entityId;
}

function linkable(t: MatchToken, u: MatchToken): boolean {
  if (t.number || u.number || t.negator || u.negator) return false;
  return t.entityId === null || u.entityId === null || t.entityId === u.entityId;
}

/**
 * Two words that count as the same word for a paraphrase: equal or inflected keys, one root-like
 * skeleton ("يصعد"/"صعود", "ينخفض"/"انخفاض"), or one direction ("هبوط"/"انخفاض").
 */
export function explains(t: MatchToken, u: MatchToken): boolean {
  return LINKS.some((link) => link(t, u));
}

/**
 * Content words of each side left without a counterpart, matched one to one, surest links first: a
 * word on both sides ("الحظر") is used up by itself and cannot also excuse a change next to it
 * ("رفع الحظر" vs "فرض الحظر", where فرض and الحظر share the direction "ban").
 */
export function unexplainedPair(x: readonly MatchToken[], y: readonly MatchToken[]): [MatchToken[], MatchToken[]] {
  const { onlyX, onlyY } = linkWords(x, y);
  return [onlyX, onlyY];
}

/** The link of LINKS that ties words by meaning (synonyms.ts) rather than by form. */
const SYNONYM_LINK = 3;

/** unexplainedPair, and how many words of `x` only a synonym (a word or a multi-word member) accounted for. */
function linkWords(x: readonly MatchToken[], y: readonly MatchToken[]): { onlyX: MatchToken[]; onlyY: MatchToken[]; byMeaning: number } {
  const usedX = new Set<number>();
  const usedY = new Set<number>();
  let byMeaning = 0;
  LINKS.forEach((link, n) => {
    // Multi-word synonyms right after the exact matches, so a phrase is not split by looser links.
    if (n === 1) {
      const before = usedX.size;
      phraseLinks(x, y, usedX, usedY);
      byMeaning += usedX.size - before;
    }
    x.forEach((t, i) => {
      if (usedX.has(i)) return;
      const j = y.findIndex((u, k) => !usedY.has(k) && link(t, u));
      if (j >= 0) {
        usedX.add(i);
        usedY.add(j);
        if (n === SYNONYM_LINK) byMeaning++;
      }
    });
  });
  return { onlyX: x.filter((_, i) => !usedX.has(i)), onlyY: y.filter((_, j) => !usedY.has(j)), byMeaning };
}

/**
 * A multi-word synonym ("لقي حتفه", "الولايات المتحدة", "إطلاق سراح") used up as a whole by one
 * word of its set on the other side ("مقتل", "أمريكا", "الإفراج") or by another member of the set.
 */
function phraseLinks(x: readonly MatchToken[], y: readonly MatchToken[], usedX: Set<number>, usedY: Set<number>): void {
  const hitsX = phraseHits(x.map((t) => t.key));
  const hitsY = phraseHits(y.map((t) => t.key));
  if (hitsX.length === 0 && hitsY.length === 0) return;
  const free = (used: Set<number>, at: readonly number[]) => at.every((k) => !used.has(k));
  const take = (used: Set<number>, at: readonly number[]) => {
    for (const k of at) used.add(k);
  };
  const absorb = (hits: typeof hitsX, hitsOther: typeof hitsX, other: readonly MatchToken[], used: Set<number>, usedOther: Set<number>) => {
    for (const h of hits) {
      if (!free(used, h.at)) continue;
      const twin = hitsOther.find((g) => g.group === h.group && free(usedOther, g.at));
      if (twin) {
        take(used, h.at);
        take(usedOther, twin.at);
        continue;
      }
      const j = other.findIndex((u, k) => !usedOther.has(k) && !u.number && !u.negator && synonymGroups(u.key).includes(h.group));
      if (j >= 0) {
        take(used, h.at);
        usedOther.add(j);
      }
    }
  };
  absorb(hitsX, hitsY, y, usedX, usedY);
  absorb(hitsY, hitsX, x, usedY, usedX);
}

/** Content words of `x` without a counterpart among the content words of `y` (see unexplainedPair). */
export function unexplained(x: readonly MatchToken[], y: readonly MatchToken[]): MatchToken[] {
  return unexplainedPair(x, y)[0];
}

/** The lexicon form a word is counted under: its key without one pronoun/case ending, the shortest form. */
export function lexicalForm(token: MatchToken): string {
  const forms = lexiconForms(token.key);
  return forms[forms.length - 1] as string;
}

/** A root-like skeleton: verb and noun prefixes (ي ت ن ا م) and inner long vowels dropped, so "يرتفع", "ترتفع" and "ارتفاع" meet. Never used for names. */
export function rootish(token: MatchToken): string | null {
  let w = lexicalForm(token);
  if (!/^[\u0621-\u064A]+$/u.test(w)) return null;
  while (w.length >= 4 && /^[يتنام]/u.test(w)) w = w.slice(1);
  // Long vowels inside the word: "صعود" = "صعد", "ارتفاع" = "رتفع".
  w = w[0] + w.slice(1).replace(/[اوي]/gu, '');
  return w.length >= 3 ? w : null;
}

/** A direction word among `x` facing a word of the opposite direction among `y`. */
export function opposedWords(x: readonly MatchToken[], y: readonly MatchToken[]): [MatchToken, MatchToken] | null {
  for (const t of x) {
    for (const g of directionOf(t.key)) {
      const u = y.find((w) => directionOf(w.key).includes(oppositeGroup(g)));
      if (u) return [t, u];
    }
  }
  return null;
}

function directionSet(tokens: readonly MatchToken[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) for (const g of directionOf(t.key)) out.add(g);
  return out;
}

/** The direction group on the other side of the same line ("3:0" -> "3:1"). */
export function oppositeGroup(group: string): string {
  const [line, side] = group.split(':');
  return `${line}:${side === '0' ? '1' : '0'}`;
}

/** Entity ids named on a side, in order of first mention. */
function entityIds(tokens: readonly MatchToken[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (t.entityId && !out.includes(t.entityId)) out.push(t.entityId);
  return out;
}

/**
 * Features of two aligned claims. Word features (`w:`) name the words one side has and the other
 * lacks ("ينفي", "يهبط", "براءة"): in contradictions written by changing a claim, those words carry
 * the change; in paraphrases they are synonyms and function-like words.
 */
export function stanceFeatures(A: FeatureSide, B: FeatureSide, alignment: Alignment, changes: readonly Hunk[]): Features {
  const f: Features = new Map();
  const add = (name: string, value = 1) => {
    if (value !== 0) f.set(name, (f.get(name) ?? 0) + value);
  };
  add('bias');
  const sim = alignedSimilarity(alignment);
  add('sim', sim);
  const { onlyX: onlyA, onlyY: onlyB, byMeaning } = linkWords(A.content, B.content);
  // Words tied only as synonyms ("مصرع" / "مقتل", "توقيف" / "اعتقال"): rewording is what paraphrases do
  // (the feature lowered out-of-fold log-loss on train, 0.4688 -> 0.4678 over four fold splits).
  add('synonym_links', Math.min(byMeaning, 2) / 2);
  const contentTotal = A.content.length + B.content.length;
  const explained = contentTotal === 0 ? 0 : 1 - (onlyA.length + onlyB.length) / contentTotal;
  add('explained', explained);
  add('explained_sq', explained * explained);
  const shorter = Math.min(A.content.length, B.content.length);
  const longer = Math.max(A.content.length, B.content.length);
  add('len_ratio', longer === 0 ? 0 : shorter / longer);
  add('only_min', Math.min(onlyA.length, onlyB.length) / 4);
  add('only_max', Math.max(onlyA.length, onlyB.length) / 4);
  if (onlyA.length === 0 || onlyB.length === 0) add('one_side_only');
  add('only_frac_min', Math.min(onlyA.length / Math.max(1, A.content.length), onlyB.length / Math.max(1, B.content.length)));
  add('only_frac_max', Math.max(onlyA.length / Math.max(1, A.content.length), onlyB.length / Math.max(1, B.content.length)));
  // Paraphrases reorder ("ارتفاع قياسي لمؤشر نيكاي" / "نيكاي يرتفع"); edits keep the order and change a word.
  const explainedA = A.content.length - onlyA.length;
  const alignedContent = alignment.runs.filter((r) => r.op === 'equal').reduce((n, r) => n + alignment.a.slice(r.aFrom, r.aTo).filter((t) => !t.filler).length, 0);
  add('reordered', explainedA === 0 ? 0 : Math.max(0, explainedA - alignedContent) / explainedA);
  add('hunks', Math.min(changes.length, 5) / 5);
  if (/[؟?]|^هل\s/u.test(A.claim.text) !== /[؟?]|^هل\s/u.test(B.claim.text)) add('question_one_side');
  // A word swapped for a word of the same sort: a name for a name, a plain word for a plain word (a
  // name one outlet adds, "نظيره الفرنسي فرانسوا هولاند", faces no word of its sort on the other side).
  const sameSort = (x: readonly MatchToken[], y: readonly MatchToken[]) => x.some((t) => y.some((u) => (t.entityId !== null) === (u.entityId !== null)));
  const swapped = onlyA.length > 0 && onlyB.length > 0 && sameSort(onlyA, onlyB);
  if (sim >= 0.6 && onlyA.length + onlyB.length <= 2 && swapped) add('close_edit');
  // One word swapped for another, everything else accounted for: the commonest way a claim is
  // altered ("أسهم ألفابت" -> "أسهم أبل"), rare in a paraphrase, which rewords more.
  if (onlyA.length === 1 && onlyB.length === 1 && swapped) add('lone_substitution');

  // Polarity: the extractor's flags, and negators changed that the other side has in no form.
  if (A.claim.negated !== B.claim.negated) add('negated_differs');
  const [negDeleted, negInserted] = changedNegators(A.tokens, B.tokens, changes);
  add('negator_change', Math.min(Math.abs(negDeleted.length - negInserted.length), 2));
  const negA = A.tokens.filter((t) => t.negator).length;
  const negB = B.tokens.filter((t) => t.negator).length;
  if ((negA === 0) !== (negB === 0)) add('negator_one_side');

  // Direction words: opposite groups facing each other, strictly (neither side has both) or loosely.
  const dirA = directionSet(A.tokens);
  const dirB = directionSet(B.tokens);
  let strict = 0;
  for (const g of dirA) if (dirB.has(oppositeGroup(g)) && !dirA.has(oppositeGroup(g)) && !dirB.has(g)) strict++;
  add('direction_opposite', Math.min(strict, 2));
  const dirOnlyA = onlyA.filter((t) => directionOf(t.key).length > 0).length;
  const dirOnlyB = onlyB.filter((t) => directionOf(t.key).length > 0).length;
  if (dirOnlyA + dirOnlyB > 0) add('direction_unexplained');
  if (opposedWords(onlyA, onlyB)) add('direction_opposite_unexplained');
  // "النفط يرتفع مع انخفاض المخزونات" vs "النفط يهبط مع ارتفاع المخزونات": both directions on both
  // sides, in swapped order.
  const firstOf = (tokens: readonly MatchToken[]) => tokens.map((t) => directionOf(t.key)[0]).filter((g): g is string => g !== undefined);
  const orderA = firstOf(A.tokens);
  const orderB = firstOf(B.tokens);
  if (orderA.length >= 2 && orderB.length >= 2 && orderA[0] === oppositeGroup(orderB[0] as string) && orderA[1] === oppositeGroup(orderB[1] as string)) add('direction_order_swapped');

  // Who moves which way: "الذهب يرتفع مدعوما بتراجع الدولار" / "تراجع للدولار وصعود للذهب" bind the same
  // directions to the same words; "هبوط الذهب بارتفاع الدولار" binds them the other way round.
  const rolesB = directionRoles(B.tokens);
  let rolesSame = 0;
  let rolesCrossed = 0;
  for (const [noun, group] of directionRoles(A.tokens)) {
    if (rolesB.some(([n, g]) => g === group && explains(noun, n))) rolesSame++;
    else if (rolesB.some(([n, g]) => g === oppositeGroup(group) && explains(noun, n))) rolesCrossed++;
  }
  add('roles_same', Math.min(rolesSame, 2));
  add('roles_crossed', Math.min(rolesCrossed, 2));
  if (rolesSame > 0 && rolesCrossed === 0) add('roles_consistent');

  // Numbers and names.
  const numsA = onlyA.filter((t) => t.number).length;
  const numsB = onlyB.filter((t) => t.number).length;
  if (numsA > 0 && numsB > 0) add('number_swapped');
  else if (numsA + numsB > 0) add('number_one_side');
  const idsA = entityIds(A.tokens);
  const idsB = entityIds(B.tokens);
  const entOnlyA = idsA.filter((id) => !idsB.includes(id)).length;
  const entOnlyB = idsB.filter((id) => !idsA.includes(id)).length;
  if (entOnlyA > 0 && entOnlyB > 0) add('entity_swapped');
  // Nationality adjectives outside the gazetteer ("الفرنسية" vs "اليابانية", "تركيات" vs "مصريات").
  const nisba = (t: MatchToken) => !t.entityId && /^[\u0621-\u064A]{3,}(?:ي|يه|يا|يات|يين|يون)$/u.test(t.key);
  if (onlyA.some(nisba) && onlyB.some(nisba)) add('nisba_swapped');
  else if (entOnlyA + entOnlyB > 0) add('entity_one_side');
  const shared = idsA.filter((id) => idsB.includes(id));
  if (shared.length >= 2) {
    const order = (ids: string[]) => shared.map((id) => ids.indexOf(id)).join(',');
    const sortedA = [...shared].sort((x, y) => idsA.indexOf(x) - idsA.indexOf(y));
    const sortedB = [...shared].sort((x, y) => idsB.indexOf(x) - idsB.indexOf(y));
    if (order(idsA) !== order(idsB) && sortedA.join() !== sortedB.join()) add('entity_order_changed');
  }

  // Where the edits are: an edit inside the claim, words kept on both sides of it, is how a claim is
  // altered; a paraphrase rewrites its opening or closing ("بلومبرغ: ..." / "... بالشرق الأوسط").
  let inner = 0;
  let edge = 0;
  for (const h of changes) {
    if (!h.deleted.some((t) => !t.filler) && !h.inserted.some((t) => !t.filler)) continue;
    if (h.atStart || h.atEnd) edge++;
    else inner++;
  }
  add('inner_hunks', Math.min(inner, 3) / 3);
  add('edge_hunks', Math.min(edge, 2) / 2);
  if (inner === 1 && edge === 0) add('one_inner_edit');
  let longest = 0;
  for (const r of alignment.runs) if (r.op === 'equal') longest = Math.max(longest, alignment.a.slice(r.aFrom, r.aTo).filter((t) => !t.filler).length);
  add('longest_run', shorter === 0 ? 0 : longest / shorter);
  const firstRun = alignment.runs[0];
  const lastRun = alignment.runs[alignment.runs.length - 1];
  if (alignment.runs.length > 1 && firstRun?.op === 'equal' && lastRun?.op === 'equal') add('same_ends');
  // A source named before a colon on one side only ("بلومبرغ: ...", "روسيا: ...").
  const sourced = (text: string) => /^[^:،,]{2,30}:/u.test(text);
  if (sourced(A.claim.text) !== sourced(B.claim.text)) add('source_one_side');
  // The words left over on the two sides look alike: an inflection or spelling the links missed.
  let leftoverDice = 0;
  for (const t of onlyA) for (const u of onlyB) leftoverDice = Math.max(leftoverDice, bigramDice(t.key, u.key));
  add('leftover_dice', leftoverDice);
  // A paraphrase often keeps less than the original (a headline cut to its core): the shorter side
  // found whole in the longer one is a cut, not a change.
  const [onlyShort, shortLen] = A.content.length <= B.content.length ? [onlyA.length, A.content.length] : [onlyB.length, B.content.length];
  add('shorter_explained', 1 - onlyShort / Math.max(1, shortLen));
  if (onlyShort === 0) add('shorter_contained');

  // Substitutions: a content word replaced by an unrelated one (low character similarity) is a change
  // of meaning more often than a replaced inflection.
  for (const h of changes) {
    const del = h.deleted.filter((t) => !t.filler && !t.number);
    const ins = h.inserted.filter((t) => !t.filler && !t.number);
    if (del.length === 0 || ins.length === 0) continue;
    let best = 0;
    for (const d of del) for (const i of ins) best = Math.max(best, bigramDice(d.key, i.key));
    add(best >= 0.5 ? 'substitution_similar' : 'substitution_unrelated');
  }

  // Pairwise products of the overlap measures: the model is linear, and "reordered but all explained"
  // means something else than "in order with one word swapped".
  const dense = ['sim', 'explained', 'reordered', 'one_side_only', 'lone_substitution', 'close_edit', 'len_ratio', 'only_frac_max', 'inner_hunks', 'edge_hunks', 'one_inner_edit', 'longest_run', 'leftover_dice', 'shorter_explained'];
  for (let i = 0; i < dense.length; i++) {
    for (let j = i + 1; j < dense.length; j++) {
      const x = f.get(dense[i] as string) ?? 0;
      const y = f.get(dense[j] as string) ?? 0;
      add(`${dense[i]}*${dense[j]}`, x * y);
    }
  }

  // Words one side has and the other lacks, side-agnostic.
  for (const t of [...onlyA, ...onlyB]) {
    add(`w:${lexicalForm(t)}`);
    const root = rootish(t);
    if (root) add(`r:${root}`);
  }
  return f;
}

/** Aligns two claims as compareClaims does (diff.ts alignClaimWordings) and returns both sides with the hunks. */
export function alignClaims(a: Claim, b: Claim): { A: FeatureSide; B: FeatureSide; alignment: Alignment; changes: Hunk[] } {
  const alignment = alignClaimWordings(a, b);
  const side = (claim: Claim, tokens: MatchToken[]): FeatureSide => ({ claim, tokens, content: tokens.filter((t) => !t.filler) });
  return { A: side(a, alignment.a), B: side(b, alignment.b), alignment, changes: hunks(alignment) };
}

/** Features of two claims, aligned here (for training and evaluation scripts). */
export function featuresOf(a: Claim, b: Claim): Features {
  const { A, B, alignment, changes } = alignClaims(a, b);
  return stanceFeatures(A, B, alignment, changes);
}

/** An imperfect verb form ("يرتفع", "وتهبط"): in a headline its subject usually comes before it. */
const IMPERFECT = /^[وف]?[يت][\u0621-\u064A]{3,}$/u;
/** The verbal noun of the تفاعل pattern ("تراجع", "تزايد", "تباطؤ"): begins with ت but is no imperfect. */
const TAFAAUL = /^[وف]?ت[\u0621-\u064A]ا[\u0621-\u064A]{2}$/u;

function isVerb(t: MatchToken): boolean {
  return IMPERFECT.test(t.text) && !TAFAAUL.test(t.text);
}

/**
 * Each direction word bound to the words that move (a noun phrase of up to two content words): those
 * before an imperfect verb ("أسعار الذهب ترتفع"), else those after it that are not themselves direction
 * words ("تراجع الدولار", "صعود للذهب", "ارتفاع في أسعار النفط", "يرتفع النفط"). One pair per word
 * and direction group.
 */
export function directionRoles(tokens: readonly MatchToken[]): Array<[MatchToken, string]> {
  const out: Array<[MatchToken, string]> = [];
  const content = tokens.filter((t) => !t.filler);
  const groups = content.map((t) => directionOf(t.key));
  if (!groups.some((g) => g.length > 0)) return out;
  const isNoun = (k: number) => k >= 0 && k < content.length && (groups[k] as string[]).length === 0 && !(content[k] as MatchToken).number;
  content.forEach((t, i) => {
    const own = groups[i] as string[];
    if (own.length === 0) return;
    // The mover is a noun phrase of up to two words: "أسعار النفط تتراجع", "ارتفاع أسعار النفط".
    // Before the verb only when it follows its subject directly: "مع تراجع الإنتاج" after "أسعار
    // القطن" is a new clause.
    const adjacent = tokens[tokens.indexOf(t) - 1];
    const subjectFirst = isVerb(t) && adjacent !== undefined && !adjacent.filler && isNoun(i - 1);
    let from = i + 1;
    while (from < content.length && (groups[from] as string[]).length > 0) from++;
    const span = subjectFirst ? [i - 2, i - 1] : [from, from + 1];
    for (const k of span) if (isNoun(k)) for (const g of own) out.push([content[k] as MatchToken, g]);
  });
  return out;
}

