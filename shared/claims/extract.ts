/**
 * ArticleText -> claims. Per sentence: speech quotations become `quote` claims, a sentence led by a
 * reporting verb becomes a `reported` claim, any other sentence with substance a `statement`.
 * Speakers are resolved per article in two passes: the first collects every named person and title
 * ("الرئيس الروسي فلاديمير بوتين"), the second attributes, so a title used before the name
 * ("دعا الرئيس الفرنسي ...") still finds its person.
 */
import type { ArticleText, Claim, ClaimKind } from '../model';
import { normalizeForMatching } from '../text/normalize';
import { type Paragraph, type QuoteSpan, type Span, segment } from '../text/segment';
import { type AttributionEvent, findEvents, isRoleWord, opensWithReportingVerb, wordIndexAt, wordsOf } from './attribution';
import { isPunctuated, leadingFurniture, lineKey, listMarkerLength, paragraphBoilerplate, wordCount } from './boilerplate';
import { extractDates } from './dates';
import { isNegated, isNegatedWords } from './negation';
import { extractNumbers } from './numbers';
import { classifyQuote } from './quotes';
import { type Mention, type Person, SpeakerRegistry, type Word, parseArabicMention, parseLatinMention } from './speakers';

export interface ClaimContext {
  articleId: string;
  outlet: string;
}

interface Speaker {
  display: string;
  key: string;
}

interface SentenceUnit extends Span {
  words: Word[];
  speech: QuoteSpan[];
  events: AttributionEvent[];
  /** quotedBefore[i]: words inside speech[0..i-1], for counting a cue's position outside quotations. */
  quotedBefore: number[];
}

/** A part of a quote-bearing sentence outside its quotations needs this many words to be a claim of its own. */
const SUBSTANTIAL_WORDS = 5;
/** A statement needs this many words; shorter lines are captions, labels or fragments. */
const STATEMENT_MIN_WORDS = 4;
/** A tail after a quotation that is not led by an attribution cue needs this many words ("في رد غير مباشر ..."). */
const TAIL_STATEMENT_WORDS = 10;
/** A pronoun-subject verb opens its sentence if it is within this many words of the start. */
const OPENING_WORDS = 3;

/** Non-boilerplate sentences with their words, speech quotations and attribution events. */
function sentencesOf(doc: ArticleText, paragraphs: readonly Paragraph[]): SentenceUnit[] {
  const body = doc.body;
  const titleKey = doc.title ? lineKey(doc.title) : null;
  const punctuated = isPunctuated(body, paragraphs);
  const seen = new Set<string>();
  const units: SentenceUnit[] = [];
  paragraphs.forEach((paragraph, index) => {
    const text = body.slice(paragraph.start, paragraph.end);
    if (paragraphBoilerplate(text, titleKey, punctuated) !== null) return;
    let q = 0;
    paragraph.sentences.forEach((sentence, k) => {
      const inSentence: QuoteSpan[] = [];
      while (q < paragraph.quotes.length && (paragraph.quotes[q] as QuoteSpan).open < sentence.end) {
        const quote = paragraph.quotes[q++] as QuoteSpan;
        if (quote.open >= sentence.start) inSentence.push(quote);
      }
      let start = sentence.start;
      const raw = body.slice(start, sentence.end);
      if (k === 0) start += leadingFurniture(raw, index <= 2, opensWithReportingVerb);
      start += listMarkerLength(body.slice(start, sentence.end));
      const sentenceText = body.slice(start, sentence.end);
      // Headline repeated in the body, and any sentence repeated verbatim, yield one claim at most.
      const key = singleSpaced(sentenceText);
      if (wordCount(sentenceText) <= 2 || seen.has(key)) return;
      if (titleKey !== null && Math.abs(sentenceText.length - titleKey.length) <= titleKey.length / 2 + 8 && lineKey(sentenceText) === titleKey) return;
      seen.add(key);
      const words = wordsOf(body, start, sentence.end);
      const speech = inSentence.filter((quote) => quote.open >= start && classifyQuote(body, quote, words) === 'speech');
      // Offsets are asked in increasing order, so one pointer walks the (ordered) speech spans.
      let s = 0;
      const inside = (offset: number): boolean => {
        while (s < speech.length && offset >= spanEnd(speech[s] as QuoteSpan)) s++;
        const quote = speech[s];
        return quote !== undefined && offset >= quote.contentStart;
      };
      const quotedBefore = [0];
      for (const quote of speech) {
        const inQuote = wordIndexAt(words, quote.contentEnd) - wordIndexAt(words, quote.contentStart);
        quotedBefore.push((quotedBefore[quotedBefore.length - 1] as number) + inQuote);
      }
      units.push({ start, end: sentence.end, words, speech, events: findEvents(words, inside), quotedBefore });
    });
  });
  return units;
}

const WHITE_SPACE = /^\s$/u;
/** \s by code unit (every white-space character is in the BMP), filled on first sight: 0 unknown, 1 yes, 2 no. */
const whiteSpace = new Uint8Array(0x10000);

/**
 * text.replace(/\s+/gu, ' '), returning the text itself after one scan when every run of white space already is a
 * single space (nearly every sentence), instead of a global replace per sentence.
 */
function singleSpaced(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let cls = whiteSpace[c] as number;
    if (cls === 0) {
      cls = WHITE_SPACE.test(String.fromCharCode(c)) ? 1 : 2;
      whiteSpace[c] = cls;
    }
    if (cls === 1 && (c !== 0x20 || (i + 1 < text.length && whiteSpace[text.charCodeAt(i + 1)] !== 2))) return text.replace(/\s+/gu, ' ');
  }
  return text;
}

const isArabicWord = (word: Word): boolean => {
  const c = word.text.charCodeAt(0);
  return (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff);
};

const spanEnd = (quote: QuoteSpan): number => (quote.close < 0 ? quote.contentEnd : quote.close);

/** Pass 1: every person the article names, with titles, so later surnames and titles resolve. */
function buildRegistry(body: string, units: readonly SentenceUnit[]): SpeakerRegistry {
  const registry = new SpeakerRegistry();
  for (const unit of units) {
    for (const event of unit.events) if (event.mention) registry.add(event.mention, body);
    const { words } = unit;
    for (let j = 0; j < words.length; j++) {
      const word = words[j] as Word;
      const arabic = isArabicWord(word);
      // "بالرئيس الفرنسي هولاند" also tells who carries the title, though it is no subject.
      const glued = arabic && /^(?:بال|لل)/u.test(word.key) ? word.key.slice(1) : undefined;
      const roleLed = isRoleWord(glued ? { ...word, key: glued } : word);
      const mention = roleLed ? (arabic ? parseArabicMention(words, j, glued) : parseLatinMention(words, j, 1)) : null;
      if (mention && mention.names.length > 0) {
        registry.add(mention, body);
        while (j + 1 < words.length && (words[j + 1] as Word).end <= mention.end) j++;
      }
    }
  }
  return registry;
}

/** Pass 2 state: who is speaking now, and who else was named recently (for "من جهته" with no name). */
class Attributor {
  current: Speaker | null = null;
  private recent: Speaker[] = [];
  constructor(
    private readonly body: string,
    private readonly registry: SpeakerRegistry,
  ) {}

  resolve(mention: Mention): Speaker {
    let person: Person | null = null;
    if (mention.names.length > 0) person = this.registry.add(mention, this.body);
    else person = this.registry.resolveTitle(mention.role, mention.nationality, mention.start);
    if (person) return { display: person.display, key: person.key };
    // A title nobody in the article carries: keyed by role and nationality so outlets can still agree.
    return { display: this.body.slice(mention.start, mention.end), key: `${mention.role ?? ''}:${mention.nationality ?? ''}` };
  }

  /** The person whose known surname directly follows a verb ("وقال الخطيب", "وقال بوتين"). */
  knownAfter(words: readonly Word[], offset: number): Speaker | null {
    const next = words[wordIndexAt(words, offset)];
    if (!next || /[^\s\u00A0]/u.test(next.gap)) return null;
    const person = this.registry.lookupToken(next);
    return person ? { display: person.display, key: person.key } : null;
  }

  remember(speaker: Speaker): void {
    this.recent = [speaker, ...this.recent.filter((s) => s.key !== speaker.key)].slice(0, 4);
  }

  other(): Speaker | null {
    return this.recent.find((s) => s.key !== this.current?.key) ?? null;
  }

  /** First person named as a subject (no preposition glued or before it) in words before `until`. */
  subject(words: readonly Word[], until: number): Speaker | null {
    for (let j = 0; j < words.length && j < SUBJECT_SCAN_WORDS && (words[j] as Word).start < until; j++) {
      const word = words[j] as Word;
      const governed = OBJECT_MARKERS.has(words[j - 1]?.key ?? '');
      const prefixed = /^(?:بال|لل|كال)/u.test(word.key);
      const roleWord = prefixed ? { ...word, key: word.key.slice(1) } : word;
      if (isRoleWord(roleWord)) {
        const mention = parseArabicMention(words, j, roleWord.key) ?? parseLatinMention(words, j, 1);
        if (!mention) continue;
        // "بالرئيس الفرنسي هولاند", "مع نظيره ...": an object, skip the whole phrase.
        if (prefixed || governed) {
          while (j + 1 < words.length && (words[j + 1] as Word).end <= mention.end) j++;
          continue;
        }
        return this.resolve(mention);
      }
      if (governed || /^[بلك]/u.test(word.key)) continue;
      const person = this.registry.lookupToken(word);
      if (person) return { display: person.display, key: person.key };
    }
    return null;
  }
}

/** The subject of a verb-initial sentence stands near its start; scanning further would cost time for nothing. */
const SUBJECT_SCAN_WORDS = 30;

/** Words after which a person is an object, not the subject ("مع هولاند", "لقائه نظيره"). */
const OBJECT_MARKERS = new Set(['مع', 'ب', 'الي', 'على', 'علي', 'عن', 'لقايه', 'استقباله', 'زياره', 'من', 'في', 'with', 'avec']);

interface Draft {
  kind: ClaimKind;
  start: number;
  end: number;
  quote: QuoteSpan | null;
  speaker: Speaker | null;
}

const trimEnd = (body: string, start: number, end: number): number => {
  let e = end;
  while (e > start && /[\s\u00A0،,:;؛.\-–—]/u.test(body[e - 1] as string)) e--;
  return e;
};
const trimStart = (body: string, start: number, end: number): number => {
  let s = start;
  while (s < end && /[\s\u00A0،,:;؛.\-–—"«»“”]/u.test(body[s] as string)) s++;
  return s;
};

/**
 * Claims are stored as small items (DynamoDB caps items at 400 KB) and every quotation of a sentence
 * carries the sentence: a run-on "sentence" of a whole page would multiply. Past this length a quote
 * claim keeps a window around its quotation, other claims their opening.
 */
const MAX_CLAIM_CHARS = 2000;
const WINDOW_BEFORE = 300;

function bounded(draft: Draft, body: string): Draft {
  if (draft.end - draft.start <= MAX_CLAIM_CHARS) return draft;
  let start = draft.start;
  if (draft.quote) start = Math.max(draft.start, draft.quote.open - WINDOW_BEFORE);
  let end = Math.min(draft.end, start + MAX_CLAIM_CHARS);
  // Snap to word boundaries so the analyst never sees half a word.
  while (start > draft.start && !/\s/u.test(body[start - 1] as string)) start--;
  while (end < draft.end && end > start + 1 && !/\s/u.test(body[end] as string)) end--;
  return { ...draft, start, end };
}

/** Facts inside [start, end), copied so claims never share objects. `facts` is sorted by start. */
function within<T extends { start: number; end: number }>(facts: readonly T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = facts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((facts[mid] as T).start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < facts.length && (facts[i] as T).start < end; i++) if ((facts[i] as T).end <= end) out.push({ ...(facts[i] as T) });
  return out;
}

/** Speakers for each event of a sentence, in order, updating the article state as a reader would. */
function attributeSentence(unit: SentenceUnit, state: Attributor): Array<Speaker | null> {
  let switching = false;
  let sentenceSubject: Speaker | null = null;
  return unit.events.map((event) => {
    let speaker: Speaker | null = null;
    if (event.kind === 'switch') {
      switching = true;
      return null;
    }
    if (event.mention) speaker = state.resolve(event.mention);
    else if (event.kind === 'verb' && event.pronoun) speaker = state.current;
    else if (event.kind === 'verb' && (speaker = state.knownAfter(unit.words, event.end)) !== null) {
      // "وقال الخطيب": a family name the article already introduced.
    }
    else if (event.kind === 'verb' && sentenceSubject) speaker = sentenceSubject;
    // A pronoun verb deep in a sentence about someone else ("وتجاوبت ألمانيا ...، واقترحت") is not the current speaker's.
    else if (event.kind === 'verb' && !opensSentence(unit, event)) speaker = null;
    else if (event.kind === 'verb') speaker = switching ? state.other() ?? state.current : state.current;
    else if (event.kind === 'participle') speaker = sentenceSubject ?? state.subject(unit.words, event.at) ?? state.current;
    else if (event.kind === 'source') speaker = null;
    if (event.kind === 'verb' || event.kind === 'participle') {
      if (speaker) {
        sentenceSubject ??= speaker;
        state.current = speaker;
        state.remember(speaker);
      }
      switching = false;
    }
    return speaker;
  });
}

/** True if the event's word is among the first words of the sentence (after "من جهته", "وفي سياق آخر"). */
function opensSentence(unit: SentenceUnit, event: AttributionEvent): boolean {
  const index = wordIndexAt(unit.words, event.at);
  if (index <= OPENING_WORDS) return true;
  // Quoted words do not count: «...» وأضاف / "...," he added still open the sentence's own words.
  let lo = 0;
  let hi = unit.speech.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((unit.speech[mid] as QuoteSpan).contentEnd <= event.at) lo = mid + 1;
    else hi = mid;
  }
  return index - (unit.quotedBefore[lo] as number) <= OPENING_WORDS;
}

function draftsFor(unit: SentenceUnit, speakers: ReadonlyArray<Speaker | null>, state: Attributor, body: string): Draft[] {
  const { events, speech } = unit;
  const drafts: Draft[] = [];
  const attributed = events.map((event, i) => ({ event, speaker: speakers[i] ?? null })).filter((e) => e.event.kind !== 'switch');
  if (speech.length === 0) {
    const main =
      attributed.find((e) => e.event.kind === 'verb' && (e.speaker !== null || opensSentence(unit, e.event))) ??
      attributed.find((e) => e.event.kind === 'participle' && (e.event.at === unit.start || e.speaker !== null)) ??
      attributed.find((e) => e.event.kind === 'source');
    if (main) drafts.push({ kind: 'reported', start: unit.start, end: unit.end, quote: null, speaker: main.speaker ?? state.current });
    else if (wordCount(body.slice(unit.start, unit.end)) >= STATEMENT_MIN_WORDS) {
      drafts.push({ kind: 'statement', start: unit.start, end: unit.end, quote: null, speaker: null });
    }
    return drafts;
  }
  const first = speech[0] as QuoteSpan;
  const before = attributed.filter((e) => e.event.at < first.open);
  // Lead: "أكد هولاند على ضرورة ... ، ومضيفاً «...»" carries its own content before the quotation.
  const leadVerb = before.find((e) => e.event.kind === 'verb' && !e.event.quoteVerb);
  if (leadVerb) {
    const cueBeforeQuote = before[before.length - 1];
    const leadEnd = trimEnd(body, unit.start, cueBeforeQuote && cueBeforeQuote !== leadVerb ? cueBeforeQuote.event.at : first.open);
    if (wordCount(body.slice(leadVerb.event.end, leadEnd)) >= SUBSTANTIAL_WORDS) {
      drafts.push({ kind: 'reported', start: unit.start, end: leadEnd, quote: null, speaker: leadVerb.speaker ?? state.current });
    }
  }
  let lastSpeaker: Speaker | null = null;
  let c = 0;
  for (const quote of speech) {
    while (c < attributed.length && (attributed[c] as (typeof attributed)[number]).event.at < quote.open) c++;
    // The cue before the quotation, else the one after it («...»، قال بوتين / "...," he said).
    const cue = attributed[c - 1] ?? attributed[c];
    const speaker = cue?.speaker ?? state.current;
    lastSpeaker = speaker;
    drafts.push({ kind: 'quote', start: unit.start, end: unit.end, quote, speaker });
    if (speaker && !cue) state.current = speaker;
  }
  // Tail: "«...»، لافتاً إلى أنه ..." adds a reported claim; other substantial tails are statements.
  const last = speech[speech.length - 1] as QuoteSpan;
  const tailStart = trimStart(body, last.close < 0 ? last.contentEnd : last.close + 1, unit.end);
  const tailEnd = trimEnd(body, tailStart, unit.end);
  const tailWords = wordCount(body.slice(tailStart, tailEnd));
  const cue = attributed.find((e) => e.event.at >= tailStart && e.event.at <= tailStart + 1 && e.event.kind !== 'source');
  if (cue && tailWords > SUBSTANTIAL_WORDS) {
    drafts.push({ kind: 'reported', start: tailStart, end: tailEnd, quote: null, speaker: cue.speaker ?? lastSpeaker });
  } else if (!cue && tailWords >= TAIL_STATEMENT_WORDS) {
    drafts.push({ kind: 'statement', start: tailStart, end: tailEnd, quote: null, speaker: null });
  }
  return drafts;
}

/**
 * Claims of one article, in reading order, with speakers, numbers, dates and polarity.
 * @example extractClaims(doc, { articleId: 'a1', outlet: 'rt' })[0].id === 'a1#0001'
 */
export function extractClaims(doc: ArticleText, ctx: ClaimContext): Claim[] {
  const body = doc.body;
  const units = sentencesOf(doc, segment(body));
  const registry = buildRegistry(body, units);
  const state = new Attributor(body, registry);
  const claims: Claim[] = [];
  // Facts are found once over the whole body and handed to the claims whose span holds them:
  // claims of one sentence overlap, so per-claim extraction would cost (claims x sentence length).
  const normalized = normalizeForMatching(body);
  const allDates = extractDates(body, 0, doc.publishedAt, normalized);
  const allNumbers = extractNumbers(body, 0, allDates, normalized);
  for (const unit of units) {
    const speakers = attributeSentence(unit, state);
    for (const draft of draftsFor(unit, speakers, state, body).map((d) => bounded(d, body))) {
      const text = body.slice(draft.start, draft.end);
      const known = { numbers: within(allNumbers, draft.start, draft.end), dates: within(allDates, draft.start, draft.end) };
      const quote = draft.quote ? body.slice(draft.quote.contentStart, Math.min(draft.quote.contentEnd, draft.quote.contentStart + MAX_CLAIM_CHARS)) : null;
      claims.push({
        id: `${ctx.articleId}#${String(claims.length + 1).padStart(4, '0')}`,
        articleId: ctx.articleId,
        outlet: ctx.outlet,
        kind: draft.kind,
        text,
        quote,
        speaker: draft.speaker?.display ?? null,
        speakerKey: draft.speaker?.key ?? null,
        start: draft.start,
        end: draft.end,
        numbers: known.numbers,
        dates: known.dates,
        // A claim that is its whole sentence has the sentence's words already (wordsOf tokenised the same slice).
        negated: quote === null && draft.start === unit.start && draft.end === unit.end ? isNegatedWords(text, unit.words, unit.start) : isNegated(quote ?? text),
      });
    }
  }
  return claims;
}
