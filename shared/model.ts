/**
 * Qarin's domain vocabulary. Every module in shared/ speaks these types; the HTTP API
 * serialises them as they are (see docs/openapi.json).
 */

export type Language = 'ar' | 'en' | 'fr' | 'und';
export type ArticleStatus = 'processing' | 'done' | 'failed';

/** One uploaded article, as the API shows it. The body itself stays in S3. */
export interface Article {
  id: string;
  bucket: string;
  key: string;
  outlet: string;
  title: string | null;
  url: string | null;
  language: Language;
  /** ISO 8601, from metadata or the document itself; null when unknown. */
  publishedAt: string | null;
  status: ArticleStatus;
  /** Readable reason when status is `failed`. */
  error: string | null;
  /** Machine-readable reason code when status is `failed` (e.g. `empty`, `binary`, `undecodable`, `too-large`). */
  errorCode: string | null;
  claimCount: number;
  ingestedAt: string;
  /** S3 sequencer (padded) of the object version this row reflects. */
  sequencer: string;
}

/** A document after decoding and format extraction: the text every offset points into. */
export interface ArticleText {
  /** Title if the format carries one (HTML <title>/<h1>, JSON `title`, NITF hedline); may also appear in `body`. */
  title: string | null;
  /** Plain text of the article, paragraphs separated by blank lines. Claim offsets index into this string. */
  body: string;
  language: Language;
  publishedAt: string | null;
  url: string | null;
  /** Byline/author when the format states one. */
  byline: string | null;
}

export type ClaimKind = 'quote' | 'reported' | 'statement';

/** A number mentioned in a claim, normalised to a JS number. */
export interface NumberFact {
  value: number;
  /** Original wording, for display. */
  text: string;
  start: number;
  end: number;
}

/** A calendar date mentioned in a claim, normalised to (possibly partial) Gregorian components. */
export interface DateFact {
  year: number | null;
  month: number | null;
  day: number | null;
  text: string;
  start: number;
  end: number;
}

/**
 * A claim found in an article: a direct quotation, a reported statement ("أكد بوتين أن ..."),
 * or a plain factual statement. Offsets index into ArticleText.body.
 */
export interface Claim {
  /** `${articleId}#${ordinal, 4 digits}`: deterministic, so re-ingesting the same text rewrites the same items. */
  id: string;
  articleId: string;
  outlet: string;
  kind: ClaimKind;
  /** The whole sentence (or sentences) carrying the claim, original wording. */
  text: string;
  /** The quoted words, original wording, without the quotation marks; null unless kind is `quote`. */
  quote: string | null;
  /** Display name of the speaker as the article names them at first mention, e.g. "الرئيس الروسي فلاديمير بوتين". */
  speaker: string | null;
  /** Matching key for the speaker, equal across outlets and spellings, e.g. "بوتين"; null when unknown. */
  speakerKey: string | null;
  start: number;
  end: number;
  numbers: NumberFact[];
  dates: DateFact[];
  /** True when the claim is negated (لا، لم، لن، ليس، not, ne…pas ...). */
  negated: boolean;
}

export type FindingKind =
  | 'agreement'
  | 'quote-wording'
  | 'attribution'
  | 'omission'
  | 'number'
  | 'date'
  | 'negation'
  | 'entity';

export const DISCREPANCY_KINDS: readonly FindingKind[] = [
  'quote-wording',
  'attribution',
  'omission',
  'number',
  'date',
  'negation',
  'entity',
];

export type Severity = 'info' | 'minor' | 'major';

/** One side of a finding. */
export interface ClaimRef {
  claimId: string;
  articleId: string;
  outlet: string;
  text: string;
  quote: string | null;
  speaker: string | null;
}

export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/**
 * A relation between two claims from two different outlets. `claim` is the side with the lower
 * claim id, so both articles' ingests compute the same item; a report re-orients it per article.
 */
export interface Finding {
  /** Derived from the sorted claim-id pair. */
  id: string;
  kind: FindingKind;
  severity: Severity;
  /** In [0, 1]: similarity of the compared wording after normalisation. */
  similarity: number;
  explanation: string;
  claim: ClaimRef;
  counterpart: ClaimRef;
  /** Word-level diff from claim's wording to counterpart's, on the original text. */
  diff: DiffPart[];
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ArticleWithClaims extends Article {
  claims: Claim[];
}

export interface ArticleReport {
  article: Article;
  findings: Finding[];
}
