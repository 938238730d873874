/**
 * Findings stored in groups: every finding of one kind between the same two articles (claim side, counterpart
 * side) is one document, written as two reference items like a single finding was (dynamodb-items.ts). An
 * ingest finds ~20 findings per pair of articles, which share their claims' wording: deflated together they take
 * ~0.1 KB each instead of ~0.55 KB alone, and a group item with its two GSI copies costs a few write units
 * instead of six per finding (bench: 137 -> ~30 WRU per article). Every listing and report keeps its shape:
 * the group is cut by kind, so each feed partition is the one a single finding would be in.
 *
 * Two rules make groups behave like single items:
 *  - **Union on write.** Two simultaneous ingests may each compute part of one group (each sees the other's claims
 *    only partly, design property 2). A group is created with a conditional put and, when it exists, merged
 *    (read, union by finding id, conditional put on its version `n`), so no writer's findings are lost.
 *  - **One createdAt per group**: the newest of its findings (a merge moves older ones up to it). A group's
 *    listing row then sorts exactly where each of its findings would, and a page can be cut between groups
 *    (dynamodb-listing.ts, findingListingPage).
 * Items of the earlier layout (one finding per item, `d` a single object) are read as groups of one.
 */
import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { type AttributeValue, GetItemCommand, type GetItemCommandOutput, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { Finding } from '../model';
import type { BatchContext, Item } from './dynamodb-batch';
import { mapLimit } from './dynamodb-batch';
import { S, document, documentList, findingReferenceItems, isConditionalCheckFailed } from './dynamodb-items';
import { assertTwoArticles, findingSpeakers, listingSortKey } from './layout';

/** A group's deflated document above this is split in 16 by finding id (an item may hold 400 KB). */
export const GROUP_SPLIT_BYTES = 128 * 1024;
/** Merge attempts per group item before the write fails (only simultaneous writers of one group retry). */
const MERGE_ATTEMPTS = 8;

/** The findings an item holds: a group's array, or the single finding of an item of the earlier layout. */
export const findingsOf = (item: Item): Finding[] => documentList<Finding>(item);

/** Id of the group of `finding`: same two articles in the same roles, same kind (16 hex digits). */
export function findingGroupId(finding: Finding, shard = ''): string {
  const basis = `${finding.claim.articleId}|${finding.counterpart.articleId}|${finding.kind}${shard ? `|${shard}` : ''}`;
  return createHash('sha256').update(basis, 'utf8').digest('hex').slice(0, 16);
}

const shardOf = (findingId: string): string => createHash('sha256').update(findingId, 'utf8').digest('hex').slice(0, 1);

/**
 * The union of two sets of one group (the later write wins for an id written twice), sorted by id so equal sets
 * give equal bytes, every finding stamped with the newest createdAt among them.
 */
export function mergeFindings(existing: readonly Finding[], incoming: readonly Finding[]): Finding[] {
  const byId = new Map<string, Finding>();
  for (const finding of [...existing, ...incoming]) byId.set(finding.id, finding);
  const all = [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const createdAt = all.reduce((newest, f) => (f.createdAt > newest ? f.createdAt : newest), '');
  return all.map((f) => (f.createdAt === createdAt ? f : { ...f, createdAt }));
}

/** Findings by group id, each group ≤ GROUP_SPLIT_BYTES deflated (a larger one is split by finding id). */
export function groupFindings(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    assertTwoArticles(finding);
    const id = findingGroupId(finding);
    groups.set(id, [...(groups.get(id) ?? []), finding]);
  }
  const out = new Map<string, Finding[]>();
  for (const [id, members] of groups) {
    if (deflateRawSync(JSON.stringify(members)).byteLength <= GROUP_SPLIT_BYTES) {
      out.set(id, members);
      continue;
    }
    // A flood of near-identical quotations between two articles; a group must stay far below 400 KB.
    for (const member of members) {
      const shardId = findingGroupId(member, shardOf(member.id));
      out.set(shardId, [...(out.get(shardId) ?? []), member]);
    }
  }
  return out;
}

/** Speakers of every finding of a group, each wrapped in '|' once: `contains` matches a group with any of them. */
function groupSpeakers(findings: readonly Finding[]): string | null {
  const names = new Set<string>();
  for (const finding of findings) {
    for (const name of (findingSpeakers(finding) ?? '').split('|')) if (name) names.add(name);
  }
  return names.size === 0 ? null : `|${[...names].join('|')}|`;
}

/**
 * The two reference items of a group, `n` its version. Same roles as a single finding's: the claim side is in the
 * kind feed and its outlet's partition, the counterpart side in the all-kinds feed and its own outlet's.
 */
export function findingGroupItems(groupId: string, findings: readonly Finding[], version: number, compress: boolean): [Item, Item] {
  const first = findings[0];
  if (!first) throw new Error('empty finding group');
  const spk = groupSpeakers(findings);
  const common: Item = { d: document(findings, compress), knd: S(first.kind), n: { N: String(version) }, ...(spk ? { spk: S(spk) } : {}) };
  return findingReferenceItems(first, groupId, listingSortKey(first.createdAt, groupId), common);
}

/**
 * Writes findings as groups, each side of each group created or merged on its own (a crash between the two
 * sides leaves state the ingest's retry clears and rewrites, as with single items).
 */
export async function putFindingGroups(ctx: BatchContext, findings: readonly Finding[], compress: boolean): Promise<void> {
  const sides: Array<{ side: 0 | 1; groupId: string; findings: Finding[] }> = [];
  for (const [groupId, members] of groupFindings(findings)) {
    const merged = mergeFindings([], members);
    sides.push({ side: 0, groupId, findings: merged }, { side: 1, groupId, findings: merged });
  }
  await mapLimit(sides, ctx.concurrency, (s) => putGroupSide(ctx, s.groupId, s.side, s.findings, compress));
}

async function putGroupSide(ctx: BatchContext, groupId: string, side: 0 | 1, incoming: Finding[], compress: boolean): Promise<void> {
  let findings = incoming;
  let seen: number | null = null;
  for (let attempt = 0; attempt < MERGE_ATTEMPTS; attempt++) {
    const item: Item = findingGroupItems(groupId, findings, (seen ?? 0) + 1, compress)[side];
    try {
      const out = await ctx.client.send(
        new PutItemCommand({
          TableName: ctx.tableName,
          Item: item,
          // Created by this write, or replaced by a merge of exactly the version read.
          ConditionExpression: seen === null ? 'attribute_not_exists(pk)' : '#n = :n',
          ...(seen === null ? {} : { ExpressionAttributeNames: { '#n': 'n' }, ExpressionAttributeValues: { ':n': { N: String(seen) } } }),
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      ctx.stats.record('putFindings', out.ConsumedCapacity, 1, attempt > 0 ? 1 : 0);
      return;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      ctx.stats.record('putFindings', undefined);
    }
    const out: GetItemCommandOutput = await ctx.client.send(
      new GetItemCommand({ TableName: ctx.tableName, Key: { pk: item.pk as AttributeValue, sk: item.sk as AttributeValue }, ConsistentRead: true, ReturnConsumedCapacity: 'TOTAL' }),
    );
    ctx.stats.record('putFindings', out.ConsumedCapacity, out.Item ? 1 : 0);
    if (!out.Item) {
      seen = null; // deleted in between (the other article was cleared): create it again
      findings = incoming;
      continue;
    }
    // Every group item carries `n` (the version it was written as); one without it is not ours to merge into.
    if (out.Item.n?.N === undefined) throw new Error(`putFindings: item F#${groupId} is not a finding group`);
    seen = Number(out.Item.n.N);
    findings = mergeFindings(findingsOf(out.Item), incoming);
  }
  throw new Error(`putFindings: group ${groupId} still contended after ${MERGE_ATTEMPTS} merges`);
}
