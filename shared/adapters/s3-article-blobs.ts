/**
 * ArticleBlobs on S3 (or s3rver). One GetObject per article, no HeadObject: the event already gave the
 * size and the body is read with a hard byte cap, so an object that grew after its event (or a lying
 * size) still cannot make the Lambda buffer more than maxBytes.
 */
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { ArticleRejectedError } from '../errors';
import type { ArticleBlobs, ArticleObject } from '../ports';

/** Reads an S3 GetObject body (a Node Readable or any async iterable of bytes) up to maxBytes. */
export async function readCapped(body: unknown, maxBytes: number, key: string): Promise<Uint8Array> {
  if (body === undefined || body === null) return new Uint8Array(0);
  if (typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] !== 'function') {
    throw new Error(`GetObject body for ${key} is not a stream`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const iterator = (body as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]();
  try {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const chunk = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
      total += chunk.byteLength;
      if (total > maxBytes) throw tooLarge(key, maxBytes);
      chunks.push(chunk);
    }
  } finally {
    // Ends the HTTP response early when we stop reading (too large or an error), releasing the socket.
    await iterator.return?.();
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(key: string, maxBytes: number): ArticleRejectedError {
  return new ArticleRejectedError('too-large', `Object ${key} is larger than ${maxBytes} bytes`);
}

const ENCODED_WORD = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;

/**
 * Decodes RFC 2047 encoded words. S3 returns non-ASCII user metadata that way ("=?UTF-8?B?...?="), since
 * HTTP headers are ASCII: an outlet name or title in Arabic set by a newsroom system arrives encoded.
 * Whitespace between two adjacent encoded words is dropped (RFC 2047 section 6.2).
 */
export function decodeMetadataValue(value: string): string {
  if (!value.includes('=?')) return value;
  return value.replace(/\?=\s+=\?/g, '?==?').replace(ENCODED_WORD, (word, charset: string, encoding: string, text: string) => {
    const bytes = encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : decodeQ(text);
    try {
      return new TextDecoder(charset.toLowerCase(), { fatal: true }).decode(bytes);
    } catch {
      return word; // unknown charset or invalid bytes: keep the raw text rather than guess
    }
  });
}

/** RFC 2047 "Q" encoding: '_' is a space, '=XX' a byte, anything else itself. */
function decodeQ(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '_') bytes.push(0x20);
    else if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(text.charCodeAt(i) & 0xff);
  }
  return Buffer.from(bytes);
}

function isNotFound(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'NoSuchKey') return true;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return status === 404 && error.name !== 'NoSuchBucket';
}

/** S3 implementation of ArticleBlobs. */
export class S3ArticleBlobs implements ArticleBlobs {
  constructor(private readonly client: S3Client) {}

  async get(bucket: string, key: string, maxBytes: number, versionId?: string): Promise<ArticleObject> {
    let out;
    try {
      out = await this.client.send(new GetObjectCommand({ Bucket: bucket, Key: key, ...(versionId ? { VersionId: versionId } : {}) }));
    } catch (error) {
      if (isNotFound(error)) throw new ArticleRejectedError('not-found', `Object ${key} no longer exists`, { cause: error });
      throw error;
    }
    if (out.ContentLength !== undefined && out.ContentLength > maxBytes) {
      // Known too large from the headers: close the response without reading it.
      (out.Body as { destroy?: () => void } | undefined)?.destroy?.();
      throw tooLarge(key, maxBytes);
    }
    const bytes = await readCapped(out.Body, maxBytes, key);
    const metadata: Record<string, string> = {};
    for (const [name, value] of Object.entries(out.Metadata ?? {})) metadata[name.toLowerCase()] = decodeMetadataValue(value);
    return { bytes, metadata, contentType: out.ContentType ?? null };
  }
}
