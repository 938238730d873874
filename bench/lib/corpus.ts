/**
 * Synthetic Arabic news for the benchmark, built from the team's own sample articles (local/samples) and a
 * word model, never from the seed corpus. What matters for an index benchmark is how often two claims share
 * words by chance, so the model reproduces the three things that decide it:
 *  - function words at the rate real news has them (FILLER_RATE), with the samples' own frequency order;
 *  - a Zipfian content vocabulary large enough for an archive (sample words plus root x pattern forms,
 *    the way Arabic derives its words, with the clitics و/ب/ل/ال that the matcher strips);
 *  - stories: every claim of a story shares its topic words and speakers with the story's other claims,
 *    the same quotation reappears in several outlets, so "same story" similarity is as high as it really is.
 * The bench prints the generated same-story similarity next to the seeds' measured one (calibration row).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { speakerKeyOf } from '../../shared/claims/speakers';
import { STOPWORDS_AR } from '../../shared/matching/lexicon';
import { matchTokens } from '../../shared/matching/words';
import type { Claim, ClaimKind } from '../../shared/model';
import { type Random, Zipf, between, normalInt, pick, seededRandom } from './random';

const SAMPLES = join(__dirname, '..', '..', 'local', 'samples');
const ARABIC_SAMPLES = ['levant-news.txt', 'gulf-daily.txt', 'maghreb-post.html'];

/**
 * Share of function words among tokens. Real Arabic news measures 0.26-0.30 (the seed articles), the team's
 * short samples 0.19-0.23; the higher value is the pessimistic one for chance overlap, so it is used.
 */
export const FILLER_RATE = 0.28;
/** Share of a story's claim words drawn from the story's own topic words (calibrated against the seeds). */
export const TOPIC_RATE = 0.22;
const TOPIC_WORDS = 40;
const CONTENT_VOCABULARY = 40_000;

const CONSONANTS = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
/** Derivation patterns (1, 2, 3 = root letters): فعل فاعل مفعول تفعيل فعالة افتعال استفعال مفاعلة فعيل ... */
const PATTERNS = ['123', '1ا23', 'م12و3', 'ت12ي3', '12ا3ة', 'ا1ت2ا3', 'است12ا3', 'م1ا23ة', '12ي3', 'ي123', 'ت123', 'م123', '12و3', 'ا12ا3', '1ا2ي3', 'م1ت2ي3'];
const SUFFIXES = ['', '', '', '', 'ة', 'ات', 'ين', 'ون', 'ه', 'ها'];
const CLITICS = ['', '', '', 'ال', 'ال', 'وال', 'بال', 'و', 'ل'];
const TITLES = ['وزير', 'رئيس', 'المتحدث باسم', 'مدير', 'سفير', 'النائب', 'محافظ', 'قائد'];
const CITIES = ['بيروت', 'دمشق', 'عمان', 'القاهرة', 'الرباط', 'تونس', 'الجزائر', 'بغداد', 'الرياض', 'الدوحة'];
const MONTHS = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const UNITS = ['مليون متر مكعب', 'مليون دولار', 'ألف طن', 'كيلومترا', 'في المئة', 'ألف نسمة'];

export interface Speaker {
  /** Display at first mention, e.g. "وزير الموارد المائية فراس الحلبي". */
  full: string;
  family: string;
  key: string;
}

export interface Story {
  id: number;
  topic: string[];
  speakers: Speaker[];
  /** Quotations outlets reproduce (each outlet may change a word or cut it). */
  quotes: string[][];
}

/** Function words in the samples' frequency order, then the rest of the lexicon; the content vocabulary. */
export interface WordModel {
  fillers: string[];
  content: string[];
}

function sampleWords(): { fillers: Map<string, number>; content: string[] } {
  const fillers = new Map<string, number>();
  const content = new Set<string>();
  for (const file of ARABIC_SAMPLES) {
    const text = readFileSync(join(SAMPLES, file), 'utf8').replace(/<[^>]*>/g, ' ');
    for (const token of matchTokens(text)) {
      if (!/^[\u0621-\u064A]+$/u.test(token.raw)) continue;
      if (token.filler) fillers.set(token.text, (fillers.get(token.text) ?? 0) + 1);
      else if (token.raw.length >= 3) content.add(token.text);
    }
  }
  return { fillers, content: [...content] };
}

/** The word model: sample words plus derived forms, in a seeded order so ranks are stable across runs. */
export function buildWordModel(seed = 1126): WordModel {
  const random = seededRandom(seed);
  const samples = sampleWords();
  const lexicon = STOPWORDS_AR.split(/\s+/u).filter((w) => w.length > 0);
  const fillers = [...[...samples.fillers].sort((a, b) => b[1] - a[1]).map(([w]) => w), ...lexicon.filter((w) => !samples.fillers.has(w))];
  const content = new Set<string>(samples.content);
  while (content.size < CONTENT_VOCABULARY) {
    const root = [pick(random, [...CONSONANTS]), pick(random, [...CONSONANTS]), pick(random, [...CONSONANTS])];
    const stem = pick(random, PATTERNS).replace(/[123]/g, (d) => root[Number(d) - 1] as string);
    content.add(stem + pick(random, SUFFIXES));
  }
  const ordered = [...content];
  for (let i = ordered.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ordered[i], ordered[j]] = [ordered[j] as string, ordered[i] as string];
  }
  return { fillers, content: ordered };
}

/** Generates stories, claims and article texts from a word model; deterministic for a seed. */
export class NewsGenerator {
  private readonly random: Random;
  private readonly fillerZipf: Zipf;
  private readonly contentZipf: Zipf;
  private nextStory = 0;

  constructor(
    readonly model: WordModel,
    seed: number,
  ) {
    this.random = seededRandom(seed);
    this.fillerZipf = new Zipf(model.fillers.length, 1.1, 0.5);
    this.contentZipf = new Zipf(model.content.length, 1.0, 2.7);
  }

  get rng(): Random {
    return this.random;
  }

  /** A content word of general vocabulary, with a clitic now and then (which the matcher strips). */
  contentWord(): string {
    const word = this.model.content[this.contentZipf.sample(this.random)] as string;
    return /^(ال|و|ب|ل)/u.test(word) ? word : pick(this.random, CLITICS) + word;
  }

  private filler(): string {
    return this.model.fillers[this.fillerZipf.sample(this.random)] as string;
  }

  private name(): string {
    const root = [pick(this.random, [...CONSONANTS]), pick(this.random, [...CONSONANTS]), pick(this.random, [...CONSONANTS])];
    return pick(this.random, ['1ا23', '12ي3', '12ا3', '1ا2ي3']).replace(/[123]/g, (d) => root[Number(d) - 1] as string);
  }

  story(): Story {
    const topic = Array.from({ length: TOPIC_WORDS }, () => this.model.content[Math.floor(50 + this.random() * 8000)] as string);
    const speakers = Array.from({ length: 3 }, (): Speaker => {
      const family = `ال${this.name()}ي`;
      return { full: `${pick(this.random, TITLES)} ${this.contentWord()} ${this.name()} ${family}`, family, key: speakerKeyOf(family.slice(2)) };
    });
    const story: Story = { id: this.nextStory++, topic, speakers, quotes: [] };
    story.quotes = Array.from({ length: 8 }, () => this.words(story, normalInt(this.random, 16, 6, 6, 40)));
    return story;
  }

  /** Words of one sentence of a story: function words, the story's topic words, general vocabulary. */
  words(story: Story, length: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < length; i++) {
      const x = this.random();
      if (x < FILLER_RATE && i > 0) out.push(this.filler());
      else if (x < FILLER_RATE + TOPIC_RATE) out.push(pick(this.random, story.topic));
      else out.push(this.contentWord());
    }
    return out;
  }

  /** The same quotation with one word replaced by another word of the vocabulary (a planted wording change). */
  substituteOneWord(words: readonly string[]): string[] {
    const out = [...words];
    const at = Math.floor(this.random() * out.length);
    let replacement = this.contentWord();
    while (replacement === out[at]) replacement = this.contentWord();
    out[at] = replacement;
    return out;
  }

  /** A claim without going through the text pipeline (index benchmarks at 10^6 claims). */
  claim(story: Story, articleId: string, outlet: string, ordinal: number, kind?: ClaimKind, quote?: readonly string[]): Claim {
    const k: ClaimKind = kind ?? pick(this.random, ['quote', 'quote', 'reported', 'statement'] as const);
    const speaker = k === 'statement' ? null : pick(this.random, story.speakers);
    const words = quote ?? (k === 'quote' && this.random() < 0.5 ? pick(this.random, story.quotes) : this.words(story, normalInt(this.random, 18, 7, 6, 45)));
    const body = words.join(' ');
    const text = k === 'quote' ? `وقال ${speaker?.family ?? ''}: «${body}».` : k === 'reported' ? `وأكد ${speaker?.family ?? ''} أن ${body}.` : `${body}.`;
    return {
      id: `${articleId}#${String(ordinal).padStart(4, '0')}`,
      articleId,
      outlet,
      kind: k,
      text,
      quote: k === 'quote' ? body : null,
      speaker: speaker?.full ?? null,
      speakerKey: speaker?.key ?? null,
      start: 0,
      end: text.length,
      numbers: [],
      dates: [],
      negated: false,
    };
  }

  /**
   * An article of about `wordCount` words on `story` by `outlet`, in the samples' shapes: dateline, quotations
   * with «» and a speaker, reported speech with أن, figures, a date, and the agency source line.
   * Quotations come from the story's shared pool (verbatim, one word changed, or cut) or are the outlet's own.
   */
  article(story: Story, outlet: string, wordCount: number): { title: string; text: string } {
    const r = this.random;
    const paragraphs: string[] = [`${pick(r, CITIES)} – ${this.sentence(story, 24)}`];
    let words = paragraphs[0]?.split(/\s+/u).length ?? 0;
    const mentioned = new Set<Speaker>();
    const named = (s: Speaker): string => (mentioned.has(s) ? s.family : (mentioned.add(s), s.full));
    while (words < wordCount) {
      const speaker = pick(r, story.speakers);
      const x = r();
      let paragraph: string;
      if (x < 0.35) {
        let quote = pick(r, story.quotes);
        const y = r();
        if (y < 0.1) quote = this.substituteOneWord(quote);
        else if (y < 0.18) quote = quote.slice(0, Math.max(4, Math.ceil(quote.length / 2)));
        else if (y < 0.45) quote = this.words(story, normalInt(r, 16, 6, 6, 40));
        const verb = pick(r, ['وقال', 'وتابع', 'وأضاف', 'من جهته، قال']);
        paragraph = `${verb} ${named(speaker)}: «${quote.join(' ')}».`;
      } else if (x < 0.6) {
        paragraph = `${pick(r, ['وأكد', 'وأوضح', 'وأشار', 'واعتبر'])} ${named(speaker)} أن ${this.sentence(story, normalInt(r, 18, 6, 6, 40))}`;
      } else if (x < 0.75) {
        paragraph = `${this.words(story, between(r, 4, 10)).join(' ')} ${between(r, 2, 900)} ${pick(r, UNITS)} ${this.sentence(story, between(r, 4, 14))}`;
      } else if (x < 0.8) {
        paragraph = `${this.words(story, between(r, 5, 12)).join(' ')} يوم ${between(r, 1, 28)} ${pick(r, MONTHS)} المقبل.`;
      } else {
        paragraph = this.sentence(story, normalInt(r, 22, 7, 8, 45));
      }
      paragraphs.push(paragraph);
      words += paragraph.split(/\s+/u).length;
    }
    paragraphs.push(`المصدر: ${outlet} + وكالات`);
    return { title: this.sentence(story, 8).slice(0, -1), text: paragraphs.join('\n\n') };
  }

  private sentence(story: Story, length: number): string {
    return `${this.words(story, length).join(' ')}.`;
  }
}
