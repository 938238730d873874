/**
 * Who is speaking: noun phrases naming people ("الرئيس الروسي فلاديمير بوتين", "French President
 * François Hollande"), one registry per article that merges first mentions, surnames and titles into
 * one person, and a transliteration-proof key so outlets that spell a name differently still match.
 */
import { type Token, comparisonKey } from '../text/normalize';
import {
  LATIN_DETERMINERS,
  LATIN_PRONOUNS,
  LATIN_ROLES,
  NAME_PARTICLES,
  NAME_STOPS,
  PARTICIPLES,
  PLACES,
  REPORTING_VERBS,
  ROLE_COMPLEMENTS,
  ROLES,
  stripConjunction,
} from './lexicon';

/** A token of a sentence with what lies between it and the previous token. */
export interface Word extends Token {
  /** Original spelling. */
  text: string;
  /** Characters between the previous token and this one ("" for the first). */
  gap: string;
}

/** A phrase naming a speaker; its wording is body.slice(start, end). */
export interface Mention {
  start: number;
  end: number;
  /** Name tokens, original spelling ("فلاديمير", "بوتين"); empty for a title alone ("الرئيس الروسي"). */
  names: string[];
  /** Role head in comparison form without the article ("رئيس", "وزير", "president"); null if none. */
  role: string | null;
  /** Nationality skeleton ("الروسي" -> "rs"); null if none. */
  nationality: string | null;
}

export interface Person {
  /** Fullest wording seen in the article. */
  display: string;
  key: string;
  nameCount: number;
  titles: Array<{ role: string | null; nationality: string | null; at: number }>;
}

// ---------------------------------------------------------------- keys

const ARABIC_TO_LATIN: Record<string, string> = {
  ب: 'b', پ: 'b', ت: 't', ث: 't', ج: 'j', ح: 'h', خ: 'k', د: 'd', ذ: 'd', ر: 'r', ز: 'z', س: 's', ش: 's',
  ص: 's', ض: 'd', ط: 't', ظ: 'z', غ: 'g', ف: 'f', ڤ: 'f', ق: 'k', ك: 'k', گ: 'g', ل: 'l', م: 'm', ن: 'n', ه: 'h',
};

/**
 * Consonant skeleton in a reduced Latin alphabet, for names only. Vowels, hamza seats and ع are dropped
 * because outlets render them differently; a leading h is dropped because French names lose it in
 * Maghrebi spelling ("هولاند" / "أولاند" / "Hollande" -> "lnd"); doubled letters collapse.
 * @example nameSkeleton('بوتين') === nameSkeleton('بوتن') && nameSkeleton('Poutine') === 'btn'
 */
const skeletons = new Map<string, string>();

export function nameSkeleton(name: string): string {
  const cached = skeletons.get(name);
  if (cached !== undefined) return cached;
  // Bounded memo: names repeat within and across articles of one Lambda container.
  if (skeletons.size > 50_000) skeletons.clear();
  const skeleton = computeSkeleton(name);
  skeletons.set(name, skeleton);
  return skeleton;
}

function computeSkeleton(name: string): string {
  const folded = comparisonKey(name).replace(/\s+/gu, '');
  let latin = '';
  if (/\p{Script=Arabic}/u.test(folded)) {
    for (const c of folded) latin += ARABIC_TO_LATIN[c] ?? (/[a-z]/u.test(c) ? c : '');
  } else {
    latin = name
      .toLowerCase()
      .replace(/ç/gu, 's')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z]/gu, '')
      .replace(/sh|ch|sch/gu, 's')
      .replace(/kh/gu, 'k')
      .replace(/gh/gu, 'g')
      .replace(/th/gu, 't')
      .replace(/ph/gu, 'f')
      .replace(/dh/gu, 'd')
      .replace(/dj/gu, 'j')
      .replace(/c(?=[eiy])/gu, 's')
      .replace(/[cq]/gu, 'k')
      .replace(/p/gu, 'b')
      .replace(/v/gu, 'f')
      .replace(/x/gu, 'ks')
      .replace(/[aeiouyw]/gu, '');
  }
  return latin.replace(/^h/u, '').replace(/(.)\1+/gu, '$1');
}

/** Speaker key of a surname: the skeleton, or the plain comparison key when the skeleton is too short to be safe. */
export function speakerKeyOf(surname: string): string {
  const skeleton = nameSkeleton(surname);
  return skeleton.length >= 2 ? skeleton : comparisonKey(surname);
}

function surnameOf(names: readonly string[]): string {
  // "al-Halabi" = "Halabi": the Latin transcription of the article, as "الحلبي" = "حلبي" below.
  const full = (names[names.length - 1] ?? '').replace(/^(?:al|el)[-‑]/iu, '');
  // "الخطيب" and "خطيب" are one family name; the article is spelling, not identity.
  const last = /^ال\S{3,}/u.test(comparisonKey(full)) ? full.replace(/^[اأإآٱ]ل/u, '') : full;
  const before = names[names.length - 2];
  // "لو دريان" = "لودريان", "de Villiers": the particle belongs to the surname; the Arabic article
  // written in Latin letters does not ("al-Halabi" = "Halabi", as "الحلبي" = "حلبي").
  if (before && /^(?:al|el)$/iu.test(before)) return last;
  if (before && NAME_PARTICLES.has(comparisonKey(before))) return `${before}${last}`;
  return last;
}

// ---------------------------------------------------------------- noun phrases

// Not "فال": names such as "فاليري" (Valery) start with it, and "فال" + noun is rare inside a name phrase.
const ARTICLE = /^(?:ال|بال|لل|وال|كال)/u;
const cleanGap = (gap: string, allowHyphen: boolean): boolean =>
  allowHyphen ? /^[\s\u00A0\u0640-]*$/u.test(gap) : /^[\s\u00A0\u0640]*$/u.test(gap);
const bareArticle = (key: string): string => (key.startsWith('ال') && key.length > 4 ? key.slice(2) : key);
/** "الروسي", "الفرنسية": nisba adjectives name a nationality or affiliation. */
const isNisba = (key: string): boolean => key.startsWith('ال') && key.length >= 5 && /(?:ي|يه)$/u.test(key);
const nisbaSkeleton = (key: string): string => nameSkeleton(bareArticle(key).replace(/يه$|ي$/u, ''));

const ARABIC_NOT_NAMES = new Set([...REPORTING_VERBS, ...PARTICIPLES]);

/**
 * Verbal-noun shapes (إفعال إطلاق/إنشاء, افتعال اتفاق/اجتماع, انفعال انسحاب, استفعال استعداد, تفعيل تعزيز):
 * after a name they start the object ("أعاد بوتين إطلاق مشروع ..."), not a second name.
 */
const MASDAR = /^(?:ا..ا.|ا.ت.ا.|ان..ا.|است..ا.\S*|ت..ي.)$/u;

function isArabicNameToken(word: Word, taken: number): boolean {
  const key = word.key;
  if (taken > 0 && MASDAR.test(key)) return false;
  if (/\p{N}/u.test(key) || NAME_STOPS.has(key) || ARABIC_NOT_NAMES.has(stripConjunction(key))) return false;
  // After a first name, one definite word can be the family name ("سامي الخطيب", "بشار الأسد"),
  // unless it is a verbal noun starting the object ("أكد بوتين الاتفاق").
  if (ARTICLE.test(key)) {
    const bare = key.slice(2);
    return taken > 0 && key.startsWith('ال') && !MASDAR.test(bare) && !ROLES.has(bare) && !ROLE_COMPLEMENTS.has(key);
  }
  if (/^[بلك]/u.test(key) && PLACES.has(key.slice(1))) return false; // "هولاند بموسكو"
  if (taken > 0 && key.startsWith('و') && key.length > 3) return false; // "بوتين وهولاند": a second person
  return true;
}

/** First halves of compound given names: the definite word after them is the second half ("عبد الرحمن"). */
const COMPOUND_HEADS = new Set(['عبد', 'ابو', 'بو']);

/**
 * Parses an Arabic noun phrase naming a speaker from `words[i]` on: role, complements and nisba
 * adjectives, then up to four name tokens ("وزير الدفاع الفرنسي جان إيف لودريان"). Stops at the first
 * word that cannot belong to a name: a preposition, a definite noun ("الاتفاق"), punctuation.
 */
export function parseArabicMention(words: readonly Word[], i: number, firstKey?: string): Mention | null {
  let role: string | null = null;
  let nationality: string | null = null;
  const names: Word[] = [];
  let j = i;
  let last = -1;
  // Definite nouns after a role ("وزير المياه") belong to the title only if a name or nisba follows;
  // otherwise they are the verb's object ("أكد الرئيس الاتفاق") and the phrase ends before them.
  let tentative = -1;
  for (; j < words.length && j < i + 9; j++) {
    const word = words[j] as Word;
    if (j > i && !cleanGap(word.gap, names.length > 0)) break;
    const key = j === i && firstKey !== undefined ? firstKey : word.key;
    const bare = bareArticle(key);
    if (names.length === 0 && (ROLES.has(key) || ROLES.has(bare))) {
      role = bare === 'نظيره' || bare === 'نظيرها' ? 'نظير' : bare;
      last = j;
      continue;
    }
    if (names.length === 0 && role !== null && ROLE_COMPLEMENTS.has(key)) {
      last = j;
      continue;
    }
    if (names.length === 0 && isNisba(key)) {
      if (role === null && j === i) break; // a bare adjective is not a speaker
      nationality ??= nisbaSkeleton(key);
      last = j;
      tentative = -1;
      continue;
    }
    if (names.length === 0 && role !== null && key.startsWith('ال') && j - last <= 2 && !NAME_STOPS.has(key)) {
      if (tentative < 0) tentative = last;
      continue;
    }
    if (!isArabicNameToken(word, names.length)) break;
    tentative = -1;
    // A bare verbal noun right after the verb is its object ("واقترحت تعديل المواعيد"), not a name.
    if (names.length === 0 && role === null && MASDAR.test(key)) break;
    names.push(word);
    last = j;
    // "صلاح الدين دميرتاش", "عبد الله ...", "عبد الرحمن الحكيم": a definite word after "عبد"/"أبو" or
    // one of these sits inside a name; other definite words end it.
    const previous = names.length >= 2 ? comparisonKey((names[names.length - 2] as Word).text) : '';
    const inside = key === 'الدين' || key === 'الله' || COMPOUND_HEADS.has(previous);
    if (names.length >= 4 || (key.startsWith('ال') && !inside)) break;
  }
  if (last < 0 || (role === null && names.length === 0)) return null;
  const first = words[i] as Word;
  const end = (words[last] as Word).end;
  // "بالرئيس الفرنسي ...": the glued preposition is not part of the title shown to analysts.
  if (firstKey !== undefined && firstKey !== first.key) return { start: first.start + 1, end, names: names.map((w) => w.text), role, nationality };
  return { start: first.start, end, names: names.map((w) => w.text), role, nationality };
}

const LATIN_NATIONALITIES = new Set(
  'russian french turkish american syrian british german iranian israeli egyptian chinese ukrainian russe francais francaise turc turque americain americaine syrien syrienne britannique allemand allemande iranien israelien egyptien chinois'.split(
    ' ',
  ),
);

const isCapitalised = (word: Word): boolean => /^\p{Lu}/u.test(word.text);

function latinMentionPart(word: Word): 'role' | 'nationality' | 'name' | 'particle' | null {
  if (LATIN_ROLES.has(word.key)) return 'role';
  if (LATIN_NATIONALITIES.has(word.key)) return 'nationality';
  if (NAME_PARTICLES.has(word.key) && !isCapitalised(word)) return 'particle';
  if (isCapitalised(word) && !LATIN_DETERMINERS.has(word.text) && !LATIN_PRONOUNS.has(word.key)) return 'name';
  return null;
}

/** Words that join a title to its complement: "Minister of Energy", "ministre des Finances", "gouverneur de la banque". */
const LATIN_CONNECTORS = new Set(['of', 'the', 'and', 'des', 'de', 'du', 'la', 'l', 'd', 'et']);
/** Honorifics written with a full stop ("M. Abboud", "Dr. Salameh"): part of the mention, not a name. */
const HONORIFICS = new Set(['m', 'mme', 'mlle', 'mr', 'mrs', 'ms', 'dr']);
/** Lower-case complement words allowed after a connector ("de la banque centrale"). */
const MAX_COMPLEMENT_WORDS = 4;

/**
 * A Latin-script mention around `words[from..to]` walking in `step` direction (+1 right of a verb, -1 left
 * of it). Walking right, a title may carry its complement before the name ("le ministre des Finances
 * Karim Ayoubi", "Minister of Energy and Water Georges Abboud"); an honorific is kept out of the names.
 */
export function parseLatinMention(words: readonly Word[], from: number, step: 1 | -1): Mention | null {
  const taken: number[] = [];
  const complements = new Set<number>();
  let roleSeen = false;
  let nameSeen = false;
  for (let j = from; j >= 0 && j < words.length && taken.length < 9; j += step) {
    const word = words[j] as Word;
    const gapWord = step === 1 ? word : words[j + 1];
    const previous = taken.length > 0 ? (words[taken[taken.length - 1] as number] as Word) : null;
    const afterHonorific = step === 1 && previous !== null && HONORIFICS.has(previous.key) && /^\.?[\s\u00A0]*$/u.test(word.gap);
    if (taken.length > 0 && gapWord && !cleanGap(gapWord.gap, true) && !afterHonorific) break;
    if (taken.length === 0 && step === 1 && /^(?:the|le|la|l|les)$/u.test(word.key)) continue; // "said the Russian president"
    if (step === 1 && HONORIFICS.has(word.key) && /^\./u.test(words[j + 1]?.gap ?? '')) {
      complements.add(j);
      taken.push(j);
      continue;
    }
    const inComplement = step === 1 && roleSeen && !nameSeen;
    const lowerAfterConnector = complements.size > 0 && complements.size < MAX_COMPLEMENT_WORDS && /^\p{Ll}/u.test(word.text);
    if (inComplement && (LATIN_CONNECTORS.has(word.key) || (latinMentionPart(word) === null && lowerAfterConnector))) {
      complements.add(j);
      taken.push(j);
      continue;
    }
    const part = latinMentionPart(word);
    if (part === null) break;
    if (part === 'role') roleSeen = true;
    // Capitalised words right after a connector name the department ("of Energy and Water"), not the person.
    else if (part === 'name' && inComplement && previous !== null && LATIN_CONNECTORS.has(previous.key)) {
      complements.add(j);
      taken.push(j);
      continue;
    } else if (part === 'name') nameSeen = true;
    taken.push(j);
  }
  if (taken.length === 0) return null;
  const indexes = taken.sort((a, b) => a - b);
  if (step === -1) {
    // Walking left from the verb, capitalised words after "of"/"and" belong to a title's complement
    // ("Minister of Energy and Water Georges Abboud said"): drop them, and the capitalised words that
    // follow a dropped one while more than two names remain.
    let dropped = false;
    while (indexes.length > 1) {
      const left = words[(indexes[0] as number) - 1];
      const afterConnector = left !== undefined && LATIN_CONNECTORS.has(left.key) && left.key !== 'the';
      if (!afterConnector && !(dropped && indexes.length > 2)) break;
      if (!afterConnector && !isCapitalised(words[indexes[0] as number] as Word)) break;
      indexes.shift();
      dropped = true;
    }
  }
  // Particles and complements only count inside a mention ("Jean-Yves Le Drian"), never at its edges.
  const edge = (k: number) => latinMentionPart(words[k] as Word) === 'particle' || complements.has(k);
  while (indexes.length && edge(indexes[0] as number) && !HONORIFICS.has((words[indexes[0] as number] as Word).key)) indexes.shift();
  while (indexes.length && edge(indexes[indexes.length - 1] as number)) indexes.pop();
  if (indexes.length === 0) return null;
  let role: string | null = null;
  let nationality: string | null = null;
  const names: string[] = [];
  for (const k of indexes) {
    if (complements.has(k)) continue;
    const word = words[k] as Word;
    const part = latinMentionPart(word);
    if (part === 'role') role ??= word.key;
    else if (part === 'nationality') nationality ??= nameSkeleton(word.key).slice(0, 3);
    else names.push(word.text);
  }
  // Nationality words alone ("Russian") are adjectives, not people.
  if (names.length === 0 && role === null) return null;
  const startWord = words[indexes[0] as number] as Word;
  const endWord = words[indexes[indexes.length - 1] as number] as Word;
  return { start: startWord.start, end: endWord.end, names, role, nationality };
}

/** A pronoun subject ("he said", "a-t-il ajouté", "il a déclaré"). */
export function isLatinPronoun(word: Word | undefined): boolean {
  return word !== undefined && LATIN_PRONOUNS.has(word.key);
}


// ---------------------------------------------------------------- registry

/**
 * The people of one article. Named mentions merge by surname key; a title alone ("الرئيس الروسي",
 * "الوزير الفرنسي") resolves to the person last named with that role and nationality.
 */
export class SpeakerRegistry {
  private readonly byKey = new Map<string, Person>();
  private readonly byToken = new Map<string, Person>();

  /** Records a mention; returns its person, or null for a title that names nobody yet. */
  add(mention: Mention, body: string): Person | null {
    if (mention.names.length === 0) return null;
    const key = speakerKeyOf(surnameOf(mention.names));
    const text = body.slice(mention.start, mention.end);
    // "بيسكوف ردا": a stray word after a known surname must not create a new person.
    let person = this.byKey.get(key);
    const merged = person ? undefined : mention.names.slice(0, -1).map((n) => this.byKey.get(speakerKeyOf(n))).find(Boolean);
    if (merged) return merged;
    if (!person) {
      person = { display: text, key, nameCount: mention.names.length, titles: [] };
      this.byKey.set(key, person);
    } else if (
      mention.names.length > person.nameCount ||
      (mention.names.length === person.nameCount && text.length > person.display.length)
    ) {
      person.display = text;
      person.nameCount = mention.names.length;
    }
    const latest = person.titles[person.titles.length - 1];
    // One entry per change of title keeps resolution cheap however often a person is named.
    if ((mention.role !== null || mention.nationality !== null) && (latest?.role !== mention.role || latest?.nationality !== mention.nationality)) {
      person.titles.push({ role: mention.role, nationality: mention.nationality, at: mention.start });
    }
    const surname = mention.names[mention.names.length - 1] as string;
    this.byToken.set(comparisonKey(surname), person);
    return person;
  }

  /** The person a known surname token refers to, allowing a glued preposition/conjunction ("لهولاند"). */
  lookupToken(word: Word): Person | null {
    const direct = this.byToken.get(word.key) ?? null;
    if (direct) return direct;
    if (word.key.length > 3 && /^[وبلفك]/u.test(word.key)) {
      const bare = this.byToken.get(word.key.slice(1));
      if (bare) return bare;
    }
    const skeleton = nameSkeleton(word.text);
    if (skeleton.length < 3) return null;
    return this.byKey.get(skeleton) ?? null;
  }

  /** Person named with this title nearest before `at` (else first after); nationality must agree when given. */
  resolveTitle(role: string | null, nationality: string | null, at: number): Person | null {
    let before: { person: Person; at: number } | null = null;
    let after: { person: Person; at: number } | null = null;
    for (const person of this.byKey.values()) {
      for (const title of person.titles) {
        const roleOk = role === null || role === 'نظير' || role === 'counterpart' || role === 'homologue' || title.role === role;
        const nationalityOk = nationality === null || title.nationality === nationality;
        if (!roleOk || !nationalityOk || (role === null && nationality === null)) continue;
        if (title.at <= at && (!before || title.at > before.at)) before = { person, at: title.at };
        if (title.at > at && (!after || title.at < after.at)) after = { person, at: title.at };
      }
    }
    return before?.person ?? after?.person ?? null;
  }
}
