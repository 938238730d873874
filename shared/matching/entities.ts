/**
 * Who is named: a referent one outlet names where the other names another ("مصر" / "ليبيا"), a leader
 * standing for the country he leads, and the same two names in swapped roles ("الصين تتحدى أمريكا" /
 * "أمريكا تتحدى الصين"), told apart from sentences merely turned round.
 */
import { type Side, type Verdict, words } from './facts';
import { directionRoles, oppositeGroup } from './features';
import { countryOfLeader, directionOf, type MatchToken, softEqual, speakerMatchKey, wordKey } from './words';

/**
 * A referent named on one side only, facing another referent named on the other side only
 * ("مصر" vs "ليبيا"). Referents, not words: "مصر", "مصرية" and "القاهرة" are one id, so an outlet
 * writing "محكمة مصرية" where another writes "مصر: محكمة" is not a change. Speaker keys count as names.
 */
export function entityVerdict(A: Side, B: Side): Verdict | null {
  const speakers = new Set([A.claim.speakerKey, B.claim.speakerKey].map(speakerMatchKey).filter((k): k is string => k !== null));
  const ids = (s: Side) => {
    const out = new Map<string, MatchToken>();
    for (const t of s.tokens) {
      const id = t.entityId ?? (speakers.has(t.key) ? t.key : null);
      if (id && !out.has(id)) out.set(id, t);
    }
    return out;
  };
  const [idsA, idsB] = leadersAsCountries(ids(A), ids(B));
  const onlyA = [...idsA].filter(([id]) => !idsB.has(id)).map(([, t]) => t);
  const onlyB = [...idsB].filter(([id]) => !idsA.has(id)).map(([, t]) => t);
  if (onlyA.length === 0 || onlyB.length === 0) return swappedRoles(A, B, idsA, idsB);
  return {
    kind: 'entity',
    severity: 'major',
    explanation: `${A.claim.outlet} names "${words(onlyA)}" where ${B.claim.outlet} names "${words(onlyB)}"`,
  };
}

/**
 * A leader named on one side for the country the other side names instead ("ترامب يزيد الرسوم" / "رسوم
 * أميركية") is that country: the leader's id is replaced by the country's. Not when the leader's own side
 * names the country too, or the other side names the leader or a leader of its own: then they are
 * different actors of the story.
 */
function leadersAsCountries(a: Map<string, MatchToken>, b: Map<string, MatchToken>): [Map<string, MatchToken>, Map<string, MatchToken>] {
  const renamed = (own: Map<string, MatchToken>, other: Map<string, MatchToken>) => {
    // "ترامب يعلن ..." / "روحاني يعلن ...": a leader the other side names and this side does not is
    // another actor, and this side's leader is a person, not the country the other side mentions.
    if ([...other.keys()].some((id) => countryOfLeader(id) !== null && !own.has(id))) return own;
    const out = new Map<string, MatchToken>();
    for (const [id, token] of own) {
      const country = countryOfLeader(id);
      const standsFor = country !== null && !other.has(id) && other.has(country) && !own.has(country);
      const key = standsFor ? (country as string) : id;
      if (!out.has(key)) out.set(key, token);
    }
    return out;
  };
  return [renamed(a, b), renamed(b, a)];
}

/** Words that put a cause, an agent or a source after what it explains ("بسبب", "على يد", "حسب"), or a cause first ("يؤدي", "يسبب"). */
const TURNING_WORDS = new Set(
  'بسبب بفعل جراء اثر نتيجه بدعم يد طريق حسب وفق رغم بعد مع تحت بامر حوزه حوذه قبضه يؤدي تؤدي ادي ادت يسبب تسبب يسببان تسببت because after despite according causes caused under'
    .split(' ')
    .map(wordKey),
);

/** The turning words among `tokens`, as one comparable string. */
function markersBetween(tokens: readonly MatchToken[]): string {
  return [...new Set(tokens.filter((t) => TURNING_WORDS.has(t.key)).map((t) => t.key))].sort().join(' ');
}

/** An attached object pronoun on one side's verb only: "حزمة ... تطلقها أبوظبي" fronts the object of "أبوظبي تطلق حزمة". */
function objectFronted(t: MatchToken, u: MatchToken): boolean {
  return OBJECT_PRONOUN.test(t.key) !== OBJECT_PRONOUN.test(u.key) && (t.key.startsWith(u.key) || u.key.startsWith(t.key));
}
const OBJECT_PRONOUN = /[\u0621-\u064A]{3,}(?:ها|هم|هما|هن)$/u;

/**
 * A direction word ("تراجع", "صعود") binds the same words on both sides ("الذهب يتراجع مع صعود الدولار" /
 * "صعود للدولار مع تراجع الذهب"): the names only changed places, each still moves the same way.
 */
function sameMovers(A: Side, B: Side, verb: MatchToken): boolean {
  const groups = directionOf(verb.key);
  if (groups.length === 0) return false;
  const rolesB = directionRoles(B.tokens);
  const rolesA = directionRoles(A.tokens).filter(([, g]) => groups.includes(g));
  const moves = (noun: MatchToken, group: string) => rolesB.some(([n, g]) => g === group && softEqual(n.key, noun.key));
  return rolesA.some(([noun, group]) => moves(noun, group)) && !rolesA.some(([noun, group]) => moves(noun, oppositeGroup(group)));
}

/**
 * Who did what to whom: the same two names on both sides, in opposite order around the same
 * verb ("الصين تتحدى أميركا" vs "أميركا تتحدى الصين", "Canada sues the US" vs "the US sues Canada").
 */
function swappedRoles(A: Side, B: Side, idsA: Map<string, MatchToken>, idsB: Map<string, MatchToken>): Verdict | null {
  const position = (side: Side, token: MatchToken) => side.tokens.indexOf(token);
  // A referent mentioned more than once on a side ("بيروت – أعلن الوزير السوري ... واللبناني ... في
  // بيروت") has no single place in the sentence: its order against another name says nothing.
  const referent = (t: MatchToken) => t.entityId ?? t.key;
  const once = (side: Side, token: MatchToken) => side.tokens.filter((t) => referent(t) === referent(token)).length === 1;
  const shared = [...idsA.keys()].filter((id) => idsB.has(id) && once(A, idsA.get(id) as MatchToken) && once(B, idsB.get(id) as MatchToken));
  for (const first of shared) {
    for (const second of shared) {
      const a1 = position(A, idsA.get(first) as MatchToken);
      const a2 = position(A, idsA.get(second) as MatchToken);
      const b1 = position(B, idsB.get(first) as MatchToken);
      const b2 = position(B, idsB.get(second) as MatchToken);
      if (!(a1 < a2 && b2 < b1)) continue;
      const betweenB = B.tokens.slice(b2 + 1, b1);
      const verbs: Array<[MatchToken, MatchToken]> = [];
      for (const t of A.tokens.slice(a1 + 1, a2)) {
        if (t.filler || t.entityId) continue;
        const u = betweenB.find((w) => !w.filler && softEqual(w.key, t.key));
        if (u) verbs.push([t, u]);
      }
      // "النفط يتراجع بسبب الإعفاء الإيراني" / "الإعفاء الإيراني يؤدي إلى تراجع النفط": a cause, agent or
      // source construction on one side only turns the sentence around without changing who did what.
      const turned = markersBetween(A.tokens.slice(a1 + 1, a2)) !== markersBetween(betweenB);
      if (verbs.length > 0 && !turned && !verbs.every(([t, u]) => objectFronted(t, u) || sameMovers(A, B, t))) {
        const [x, y] = [idsA.get(first) as MatchToken, idsA.get(second) as MatchToken];
        return {
          kind: 'entity',
          severity: 'major',
          explanation: `${A.claim.outlet} and ${B.claim.outlet} swap the roles of "${x.text}" and "${y.text}"`,
        };
      }
    }
  }
  return null;
}
