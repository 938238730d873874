/**
 * Claims stored in blocks: the claims of one article with ordinals in one run of CLAIM_BLOCK_SIZE are one item,
 * their documents deflated together (or a JSON array), their index keys and write times in `kz`. An article's
 * ~50 claims were ~50 items of ~0.7 KB (one write unit each); as one block they take ~6 KB: ~7 write units
 * (bench). A claim is still found by its id alone (its ordinal names its block), a report still reads an
 * article's claims with one Query, and deleting an article still finds every index entry it wrote.
 *
 * Claims are written by their own article's ingest, under its lease, after its content was cleared; a block is
 * nevertheless merged with what it already holds (one consistent read per block), so writing claims stays
 * per-claim idempotent whatever calls a caller makes. A block whose deflated documents would pass
 * CLAIM_BLOCK_BYTES keeps its largest claims as items of their own (sk C#<ordinal>, the earlier layout, which
 * the readers accept anyway) and lists their ordinals in `ov`.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Claim } from '../model';
import type { IndexedClaim } from '../ports';
import type { Item } from './dynamodb-batch';
import { S, articlePk, claimKey, document, documentList, indexEntryKey, key } from './dynamodb-items';
import { encodeSignature, indexEntrySortKey, parseClaimId } from './layout';

/** Claims per block (by ordinal): an article's usual ~50 claims are one or two blocks. */
export const CLAIM_BLOCK_SIZE = 64;
/** Largest deflated documents one block holds (an item may hold 400 KB); the rest become items of their own. */
export const CLAIM_BLOCK_BYTES = 128 * 1024;

/** What deleting a claim's index entries needs: its id, the write time in their sort keys, its keys. */
export interface ClaimKeys {
  claimId: string;
  writtenAt: string;
  keys: string[];
}

/** Sort key of the block holding `claimId` (C#B<block>), or null when its ordinal is not a number. */
function blockSortKey(claimId: string): string | null {
  const { ordinal } = parseClaimId(claimId);
  if (!/^\d{1,9}$/.test(ordinal)) return null;
  return `C#B${String(Math.floor(Number(ordinal) / CLAIM_BLOCK_SIZE)).padStart(4, '0')}`;
}

/** Key of the item a claim is looked up in first: its block, or its own item when its ordinal is not a number. */
export function claimLookupKey(claimId: string): Item {
  const sk = blockSortKey(claimId);
  return sk === null ? claimKey(claimId) : key(articlePk(parseClaimId(claimId).articleId), sk);
}

const isBlock = (item: Item): boolean => item.sk?.S?.startsWith('C#B') === true && item.kz !== undefined;

/** The claims an item holds: a block's array, or the single claim of an item of the earlier layout. */
export const claimsOf = (item: Item): Claim[] => documentList<Claim>(item);

/** Index keys per claim of a block item or of a single claim item (ks/kt). */
export function claimKeysOf(articleId: string, item: Item): ClaimKeys[] {
  if (isBlock(item)) return JSON.parse(inflateRawSync(item.kz?.B as Uint8Array).toString('utf8')) as ClaimKeys[];
  const keys = (item.ks?.L ?? []).flatMap((k) => (k.S === undefined ? [] : [k.S]));
  const sk = item.sk?.S ?? '';
  return keys.length === 0 ? [] : [{ claimId: `${articleId}#${sk.slice(2)}`, writtenAt: item.kt?.S ?? '', keys }];
}

/** Ordinals of a block's claims kept as items of their own. */
export const overflowOf = (item: Item): string[] => (item.ov?.L ?? []).flatMap((v) => (v.S === undefined ? [] : [v.S]));

const byId = <T extends { claimId?: string; id?: string }>(x: T, y: T): number => {
  const a = x.id ?? x.claimId ?? '';
  const b = y.id ?? y.claimId ?? '';
  return a < b ? -1 : a > b ? 1 : 0;
};

/** A single-claim item of the earlier layout (an overflowing claim, or one whose ordinal is not a number). */
function singleItem(claim: Claim, keys: ClaimKeys | undefined, compress: boolean, signature: AttributeValue | undefined): Item {
  return {
    ...claimKey(claim.id),
    d: document(claim, compress),
    ...(signature ? { g: signature } : {}),
    ...(keys && keys.keys.length > 0 ? { ks: { L: keys.keys.map(S) }, kt: S(keys.writtenAt) } : {}),
  };
}

export interface ClaimWrite {
  /** Block items and single items, to put before `entries`. */
  items: Item[];
  /** One index entry per distinct index key of each incoming claim. */
  entries: Item[];
}

/**
 * Items for `incoming` merged into the blocks already stored (`existing`, as read by claimLookupKey), and the
 * index entries of the incoming claims, stamped with the write time. Entries carry the signature (the verify
 * step runs on what findCandidates read); blocks do not, nothing reads it there.
 */
export function claimWrites(incoming: readonly IndexedClaim[], existing: readonly Item[], writtenAtMs: number, compress: boolean): ClaimWrite {
  const entries: Item[] = [];
  const blocks = new Map<string, { pk: string; claims: Map<string, Claim>; keys: Map<string, ClaimKeys>; overflow: Set<string> }>();
  const singles: Item[] = [];
  const blockFor = (pk: string, sk: string) => {
    const id = `${pk}\u0000${sk}`;
    let block = blocks.get(id);
    if (!block) {
      block = { pk, claims: new Map(), keys: new Map(), overflow: new Set() };
      blocks.set(id, block);
    }
    return block;
  };
  for (const item of existing) {
    if (!isBlock(item)) continue;
    const block = blockFor(item.pk?.S ?? '', item.sk?.S ?? '');
    for (const claim of claimsOf(item)) block.claims.set(claim.id, claim);
    for (const keys of claimKeysOf('', item)) block.keys.set(keys.claimId, keys);
    for (const ordinal of overflowOf(item)) block.overflow.add(ordinal);
  }
  for (const { claim, signature, indexKeys } of incoming) {
    const keys = [...new Set(indexKeys)];
    const sortKey = indexEntrySortKey(writtenAtMs, claim.id);
    const writtenAt = sortKey.slice(0, sortKey.indexOf('#'));
    const g: AttributeValue = { B: encodeSignature(signature) };
    for (const indexKey of keys) entries.push({ ...indexEntryKey(indexKey, writtenAt, claim.id), o: S(claim.outlet), a: S(claim.articleId), g });
    const claimKeys: ClaimKeys = { claimId: claim.id, writtenAt, keys };
    const sk = blockSortKey(claim.id);
    if (sk === null) {
      singles.push(singleItem(claim, claimKeys, compress, g));
      continue;
    }
    const block = blockFor(articlePk(claim.articleId), sk);
    block.claims.set(claim.id, claim);
    if (keys.length > 0) block.keys.set(claim.id, claimKeys);
    else block.keys.delete(claim.id);
  }
  const items: Item[] = [...singles];
  for (const [id, block] of blocks) {
    const sk = id.slice(id.indexOf('\u0000') + 1);
    let claims = [...block.claims.values()].sort(byId);
    // The block must stay far below 400 KB: the largest claims leave it (hostile or transcript-sized sentences).
    while (claims.length > 0 && deflateRawSync(JSON.stringify(claims)).byteLength > CLAIM_BLOCK_BYTES) {
      const largest = claims.reduce((big, c) => (JSON.stringify(c).length > JSON.stringify(big).length ? c : big));
      claims = claims.filter((c) => c !== largest);
      block.overflow.add(parseClaimId(largest.id).ordinal);
      items.push(singleItem(largest, block.keys.get(largest.id), compress, undefined));
      block.keys.delete(largest.id);
    }
    items.push({
      ...key(block.pk, sk),
      d: document(claims, compress),
      kz: { B: deflateRawSync(JSON.stringify([...block.keys.values()].sort(byId))) },
      ...(block.overflow.size > 0 ? { ov: { L: [...block.overflow].sort().map(S) } } : {}),
    });
  }
  return { items, entries };
}
