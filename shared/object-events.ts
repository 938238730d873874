/**
 * What an S3 notification tells the pipeline about one object, and the rules S3 documents for reading it:
 * keys arrive URL-encoded (space as '+'), and `sequencer` orders events for one key once both values
 * are right-padded to the same length (S3 User Guide, "Event message structure").
 */
import { createHash } from 'node:crypto';

export type ObjectEventType = 'put' | 'delete';

export interface ObjectEvent {
  type: ObjectEventType;
  bucket: string;
  /** Decoded key, exactly as uploaded. */
  key: string;
  /** Bytes, from the event; null for deletes. */
  size: number | null;
  /** Padded sequencer (see padSequencer). */
  sequencer: string;
  versionId: string | null;
}

/** Wide enough for any sequencer S3 emits today (18 hex digits in the documentation's example). */
export const SEQUENCER_WIDTH = 32;

/** Right-pads with zeros so DynamoDB's string order is S3's documented order; upper-cases hex. */
export function padSequencer(sequencer: string): string {
  const hex = sequencer.toUpperCase();
  if (!/^[0-9A-F]{1,32}$/.test(hex)) throw new Error(`Not an S3 sequencer: ${JSON.stringify(sequencer)}`);
  return hex.padEnd(SEQUENCER_WIDTH, '0');
}

/** Negative when a happened before b (for the same key). */
export function compareSequencers(a: string, b: string): number {
  const pa = padSequencer(a);
  const pb = padSequencer(b);
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

/** Keys in S3 notifications are form-encoded: '+' is a space, a literal '+' arrives as %2B. */
export function decodeS3Key(encoded: string): string {
  return decodeURIComponent(encoded.replace(/\+/g, ' '));
}

/** The inverse of decodeS3Key, as S3 encodes keys in notifications ('/' kept, space as '+'). */
export function encodeS3Key(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');
}

/** Deterministic from bucket and key, so re-uploading a key replaces that article. */
export function articleIdFor(bucket: string, key: string): string {
  return createHash('sha256').update(`${bucket}/${key}`, 'utf8').digest('hex').slice(0, 24);
}

const OUTLET = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$/u;

/**
 * The outlet named by object metadata, else the first segment of the key
 * (`rt-arabic/2015-11-26.txt` -> `rt-arabic`); `unknown` when neither names one.
 */
export function outletFor(key: string, metadataOutlet: string | undefined): string {
  const fromMetadata = metadataOutlet?.trim().toLowerCase();
  if (fromMetadata && OUTLET.test(fromMetadata)) return fromMetadata;
  const slash = key.indexOf('/');
  const fromKey = slash > 0 ? key.slice(0, slash).trim().toLowerCase() : '';
  return OUTLET.test(fromKey) ? fromKey : 'unknown';
}
