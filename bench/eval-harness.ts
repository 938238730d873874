/**
 * Shared machinery of `npm run eval`: an in-memory ingest (MemoryStore + ingestObjectEvent, the code path
 * the Lambda runs: analyseArticle, fingerprintClaim/lookupKeys/verifyCandidate, compareClaims) and the
 * precision/recall tally per finding kind.
 */
import { MemoryStore } from '../shared/adapters/memory-store';
import { ArticleRejectedError } from '../shared/errors';
import { ingestObjectEvent } from '../shared/ingest';
import type { Finding, FindingKind } from '../shared/model';
import { articleIdFor, padSequencer } from '../shared/object-events';
import type { ArticleBlobs, ArticleObject } from '../shared/ports';
import { comparisonKey } from '../shared/text/normalize';

export const KINDS = ['agreement', 'quote-wording', 'attribution', 'omission', 'number', 'date', 'negation', 'entity'] as const satisfies readonly FindingKind[];

/** What the team expects between two texts: a finding kind, or `none` (no finding at all). */
export type Expected = FindingKind | 'none';

export interface Upload {
  key: string;
  body: Uint8Array | string;
  contentType?: string;
  /** S3 user metadata, lower-case keys without the x-amz-meta- prefix (outlet, published-at, ...). */
  metadata?: Record<string, string>;
}

const BUCKET = 'qarin-eval';

/** Blobs held in a Map: the ingest reads them exactly as it reads S3 objects. */
class MapBlobs implements ArticleBlobs {
  readonly objects = new Map<string, ArticleObject>();
  async get(_bucket: string, key: string, maxBytes: number): Promise<ArticleObject> {
    const object = this.objects.get(key);
    if (!object) throw new ArticleRejectedError('not-found', `no object ${key}`);
    if (object.bytes.byteLength > maxBytes) throw new ArticleRejectedError('too-large', `${key} is too large`);
    return object;
  }
}

/** One isolated store: articles put into it are compared with each other and with nothing else. */
export class EvalIngest {
  private readonly store = new MemoryStore({ cursorSecret: 'eval-secret-not-a-secret', now: () => 0 });
  private readonly blobs = new MapBlobs();
  private sequence = 0x1000;
  private readonly articleIds: string[] = [];

  /** Ingests one object; returns the article id. Throws if the article is rejected (a broken fixture). */
  async put(upload: Upload): Promise<string> {
    const bytes = typeof upload.body === 'string' ? new TextEncoder().encode(upload.body) : upload.body;
    this.blobs.objects.set(upload.key, { bytes, metadata: upload.metadata ?? {}, contentType: upload.contentType ?? 'text/plain; charset=utf-8' });
    const outcome = await ingestObjectEvent(
      { type: 'put', bucket: BUCKET, key: upload.key, size: bytes.byteLength, sequencer: padSequencer((this.sequence++).toString(16)), versionId: null },
      { store: this.store, blobs: this.blobs, clock: { now: () => new Date('2026-01-01T00:00:00Z') }, maxObjectBytes: 5 * 1024 * 1024 },
    );
    if (outcome.status !== 'done') throw new Error(`eval fixture ${upload.key} was not ingested: ${JSON.stringify(outcome)}`);
    this.articleIds.push(outcome.articleId);
    return outcome.articleId;
  }

  /** Every finding stored, each once. */
  async findings(): Promise<Finding[]> {
    const out = new Map<string, Finding>();
    for (const id of this.articleIds) for (const f of await this.store.findingsForArticle(id)) out.set(f.id, f);
    return [...out.values()];
  }

  static articleId(key: string): string {
    return articleIdFor(BUCKET, key);
  }
}

/** Matching form of a fragment or a claim's wording: diacritics, hamza, ta marbuta, digits and spacing folded. */
export function fold(text: string): string {
  return comparisonKey(text.replace(/[\u0624\u0626]/gu, '\u0621')).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** True when `text` holds `fragment` after folding both. */
export function holds(text: string | null, fragment: string): boolean {
  return text !== null && ` ${fold(text)} `.includes(` ${fold(fragment)} `);
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision/recall counts per kind (`none` included, for "no finding" expectations). */
export class Tally {
  readonly counts = new Map<Expected, Counts>();
  private get(kind: Expected): Counts {
    let c = this.counts.get(kind);
    if (!c) this.counts.set(kind, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  }
  hit(kind: Expected): void {
    this.get(kind).tp++;
  }
  falsePositive(kind: Expected): void {
    this.get(kind).fp++;
  }
  miss(kind: Expected): void {
    this.get(kind).fn++;
  }
  /** Expected `expected`, the system said `found`: one true positive, or one miss and one false alarm. */
  record(expected: Expected, found: Expected): void {
    if (expected === found) this.hit(expected);
    else {
      this.miss(expected);
      this.falsePositive(found);
    }
  }
  precision(kind: Expected): number | null {
    const c = this.counts.get(kind);
    return c && c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : null;
  }
  recall(kind: Expected): number | null {
    const c = this.counts.get(kind);
    return c && c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : null;
  }
}

/** The one kind a pair of texts is reported as: its discrepancy if any (the most specific first), else agreement, else none. */
export function headlineKind(kinds: Iterable<FindingKind>): Expected {
  const set = new Set(kinds);
  for (const kind of ['attribution', 'negation', 'date', 'number', 'entity', 'omission', 'quote-wording'] as const) if (set.has(kind)) return kind;
  return set.has('agreement') ? 'agreement' : 'none';
}
