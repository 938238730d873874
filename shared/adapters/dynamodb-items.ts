/**
 * Qarin's single-table item layout, and the functions that build its items. Domain objects are stored
 * whole as a JSON string `d`: exact round trip of nulls, empty strings and floats, no per-element type
 * descriptors to pay for, one place to evolve. Attributes the table itself needs (keys, filters, the
 * links used to delete) sit beside it with short names, because names count toward item size.
 *
 *   what               pk                 sk              other attributes
 *   object version     OBJ#<articleId>    SEQ             seq (padded sequencer). Survives deletes: a tombstone
 *                                                         that keeps an old event from resurrecting the article.
 *   article            ART#<articleId>    A               d, seq; fpk ARTICLES, fsk <ingestedAt>#<id>;
 *                                                         opk OUTLET#<outlet>, osk <ingestedAt>#<id>
 *   claim block        ART#<articleId>    C#B<block>      d (the claims with ordinals in one run of 64, an array:
 *                                                         dynamodb-claims.ts), kz (each claim's index keys and the
 *                                                         write time of its entries, deflated: what deleting them
 *                                                         needs), ov (ordinals kept as items of their own)
 *   claim alone        ART#<articleId>    C#<ordinal>     d, g (signature), ks (its index keys), kt (their write
 *                                                         time): the earlier layout, still read; now only a claim
 *                                                         too large for its block
 *   index entry        K#<bucket>         <scope>~<kt>#<claimId>  o (outlet), a (articleId), g (signature). ~0.35 KB:
 *                                                         1 WCU. Scope (the week) then kt, so one Query reads a range
 *                                                         of weeks, newest first (layout.ts, parseIndexKey); an
 *                                                         unscoped key has sk <kt>#<claimId>
 *   finding group      ART#<articleId>    F#<groupId>     d (every finding of one kind between two articles, an
 *                                                         array: dynamodb-findings.ts), xa (the other side's
 *                                                         articleId), knd (kind), spk (|speaker keys| of all its
 *                                                         findings, for the speaker filter), n (version, for merges).
 *                                                         Items of the earlier layout (sk F#<findingId>, d one
 *                                                         finding) are still read, as groups of one.
 *
 * Index keys get the `K#` prefix so no fingerprint can ever collide with the OBJ#/ART# namespaces.
 * A finding group is two reference items, one under each side's article, so a report is one Query and deleting
 * an article reaches the other side's copy through `xa`. Each listing sees exactly one of the two:
 *   - side `claim` (lower claim id): fpk FIND#<kind>  -> listFindings({kind})
 *   - side `counterpart`:             fpk FIND#*      -> listFindings({}) (all kinds)
 *   - each side: opk FOUT#<its outlet> -> listFindings({outlet}); the sides' outlets differ by construction
 *     (were they equal, only the claim side would be indexed, keeping one row per finding).
 * There is no FIND#<id> item: nothing reads a finding by id alone, and a third copy would cost a write.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Article, Finding } from '../model';
import type { Item } from './dynamodb-batch';
import {
  ALL_FINDINGS_FEED,
  articleFeedPartition,
  articleOutletPartition,
  assertTwoArticles,
  findingKindPartition,
  findingOutletPartition,
  findingSpeakers,
  listingSortKey,
  parseClaimId,
  parseIndexKey,
} from './layout';

export const S = (value: string): AttributeValue => ({ S: value });
export const key = (pk: string, sk: string): Item => ({ pk: S(pk), sk: S(sk) });

export const articlePk = (articleId: string): string => `ART#${articleId}`;
export const objectVersionKey = (articleId: string): Item => key(`OBJ#${articleId}`, 'SEQ');
export const articleKey = (articleId: string): Item => key(articlePk(articleId), 'A');
/** Partition of an index bucket (the part of an index key before its scope). */
export const indexPartition = (bucket: string): AttributeValue => S(`K#${bucket}`);

/** Key of the entry `claimId` has under `indexKey`, written at `writtenAt` (base36 ms, as stored in `kt`). */
export function indexEntryKey(indexKey: string, writtenAt: string, claimId: string): Item {
  const { bucket, scope } = parseIndexKey(indexKey);
  return key(`K#${bucket}`, scope === null ? `${writtenAt}#${claimId}` : `${scope}~${writtenAt}#${claimId}`);
}
export const findingRefKey = (articleId: string, findingId: string): Item => key(articlePk(articleId), `F#${findingId}`);

export function claimKey(claimId: string): Item {
  const { articleId, ordinal } = parseClaimId(claimId);
  return key(articlePk(articleId), `C#${ordinal}`);
}

/** The claim id an item under ART#<articleId> with sort key C#<ordinal> stands for. */
export const claimIdOf = (articleId: string, sk: string): string => `${articleId}#${sk.slice(2)}`;

/**
 * The domain object stored in `d`: a JSON string, or (compressed documents) the same JSON deflated into a
 * binary. Every reader goes through here, so items of both forms can live in one table.
 */
export const doc = <T>(item: Item): T => JSON.parse(documentJson(item) || 'null') as T;

/** A conditional write or update whose condition did not hold. */
export function isConditionalCheckFailed(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/** The JSON text of an item's `d`, whichever form it is stored in ('' when the item has none). */
export function documentJson(item: Item): string {
  const d = item.d;
  if (d?.B) return inflateRawSync(d.B).toString('utf8');
  return d?.S ?? '';
}

/**
 * The documents an item holds: a block's or a group's array, or the single document of an item of the earlier
 * one-per-item layout (claims, findings).
 */
export function documentList<T>(item: Item): T[] {
  const json = documentJson(item);
  if (json === '') return [];
  const value = JSON.parse(json) as T | T[];
  return Array.isArray(value) ? value : [value];
}

/**
 * `d` for a domain object (or a block or group of them). Compressed, Arabic finding JSON (both texts and their
 * word diff) shrinks ~3× (1.7 KB -> 0.55 KB measured), and documents deflated together shrink further.
 */
export function document(value: unknown, compress: boolean): AttributeValue {
  const json = JSON.stringify(value);
  return compress ? { B: deflateRawSync(json) } : S(json);
}

export interface LayoutOptions {
  /** Store claim and finding documents deflated (binary `d`). Default false. */
  compressDocuments?: boolean;
}

export function articleItem(article: Article): Item {
  const sortKey = S(listingSortKey(article.ingestedAt, article.id));
  return {
    ...articleKey(article.id),
    d: S(JSON.stringify(article)),
    seq: S(article.sequencer),
    fpk: S(articleFeedPartition()),
    fsk: sortKey,
    opk: S(articleOutletPartition(article.outlet)),
    osk: sortKey,
  };
}

/**
 * The two reference items of one finding alone (claim side, counterpart side): the layout before finding groups
 * (dynamodb-findings.ts), which the readers still accept. Kept to build such items in tests and comparisons.
 */
export function findingItems(finding: Finding, options: LayoutOptions = {}): [Item, Item] {
  assertTwoArticles(finding);
  const spk = findingSpeakers(finding);
  const common: Item = { d: document(finding, options.compressDocuments ?? false), knd: S(finding.kind), ...(spk ? { spk: S(spk) } : {}) };
  return findingReferenceItems(finding, finding.id, listingSortKey(finding.createdAt, finding.id), common);
}

/**
 * The two reference items under F#<refId> (a finding's id, or a group's): the claim side is in the kind feed and its
 * outlet's partition, the counterpart side in the all-kinds feed and its own outlet's. `finding` gives the roles
 * (every finding of a group has the same), `common` the document and what both copies carry.
 */
export function findingReferenceItems(finding: Finding, refId: string, sortKey: string, common: Item): [Item, Item] {
  const { claim, counterpart } = finding;
  const sk = S(sortKey);
  return [
    {
      ...findingRefKey(claim.articleId, refId),
      ...common,
      xa: S(counterpart.articleId),
      fpk: S(findingKindPartition(finding.kind)),
      fsk: sk,
      opk: S(findingOutletPartition(claim.outlet)),
      osk: sk,
    },
    {
      ...findingRefKey(counterpart.articleId, refId),
      ...common,
      xa: S(claim.articleId),
      fpk: S(ALL_FINDINGS_FEED),
      fsk: sk,
      ...(counterpart.outlet !== claim.outlet ? { opk: S(findingOutletPartition(counterpart.outlet)), osk: sk } : {}),
    },
  ];
}
