/**
 * Opaque, tamper-evident page cursors. A cursor is a position (string key attributes of the last row a
 * page returned) MACed together with the query it belongs to, so a client can neither edit the position
 * nor replay a cursor against another partition (e.g. turn an outlet listing into a read of `ART#...`
 * rows). Format: base64url(JSON position) "." base64url(HMAC-SHA256(secret, scope + JSON)).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { BadRequestError, ConfigError } from '../errors';

/** A position in a listing: key attribute name -> string value. */
export type CursorPosition = Record<string, string>;

/** Cursors longer than this are rejected before any decoding (a real one is a few hundred characters). */
const MAX_CURSOR_LENGTH = 2048;
const VERSION = 'c1';

/** Signs and verifies cursors with one secret (QARIN_CURSOR_SECRET, at least 16 characters). */
export class CursorCodec {
  constructor(private readonly secret: string) {
    if (secret.length < 16) throw new ConfigError('Cursor secret must be at least 16 characters');
  }

  /** `scope` names the query the cursor continues (index and partition value); it is signed, not stored. */
  encode(scope: string, position: CursorPosition): string {
    const json = JSON.stringify(position);
    return `${Buffer.from(json, 'utf8').toString('base64url')}.${this.mac(scope, json).toString('base64url')}`;
  }

  /** The position, or BadRequestError('Invalid cursor') when it was forged, edited or minted for another query. */
  decode(scope: string, cursor: string, expectedKeys: readonly string[]): CursorPosition {
    const invalid = (): BadRequestError => new BadRequestError('Invalid cursor');
    if (cursor.length > MAX_CURSOR_LENGTH) throw invalid();
    const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(cursor);
    if (!match) throw invalid();
    const json = Buffer.from(match[1] as string, 'base64url').toString('utf8');
    const given = Buffer.from(match[2] as string, 'base64url');
    const expected = this.mac(scope, json);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (error) {
      throw new BadRequestError('Invalid cursor', { cause: error });
    }
    // A valid MAC means we minted it; checking the shape still guards against a leaked secret or a code change.
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalid();
    const entries = Object.entries(parsed);
    if (entries.length !== expectedKeys.length) throw invalid();
    for (const [name, value] of entries) {
      if (!expectedKeys.includes(name) || typeof value !== 'string') throw invalid();
    }
    return parsed as CursorPosition;
  }

  private mac(scope: string, json: string): Buffer {
    return createHmac('sha256', this.secret).update(`${VERSION}\n${scope}\n${json}`, 'utf8').digest();
  }
}
