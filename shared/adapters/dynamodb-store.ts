/**
 * IngestStore and ReportStore on Qarin's single DynamoDB table (item layout: dynamodb-items.ts).
 * The ingest path reads only the base table, with ConsistentRead (design.md property 2: of two articles
 * ingested at once, at least one sees the other's index entries); GSIs serve the API's listings only.
 * No transactions (dynalite has none): every write is an idempotent put/delete of a deterministic item,
 * ordered so a crash between two writes leaves state a retry can finish.
 */
import {
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  type QueryCommandInput,
  UpdateItemCommand,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import type { Article, Claim, Finding, Page } from '../model';
import type { ArticleQuery, CandidateRef, FindingQuery, IndexedClaim, IngestStore, ReportStore, VersionClaim } from '../ports';
import { CursorCodec } from './cursor';
import {
  type BatchContext,
  CapacityStats,
  DEFAULT_RETRY,
  type Item,
  type OperationStats,
  type RetryPolicy,
  batchGetAll,
  batchWriteAll,
  mapLimit,
} from './dynamodb-batch';
import {
  type LayoutOptions,
  S,
  articleItem,
  articleKey,
  articlePk,
  claimKey,
  doc,
  findingRefKey,
  indexEntryKey,
  indexPartition,
  isConditionalCheckFailed,
  key,
  objectVersionKey,
} from './dynamodb-items';
import { claimKeysOf, claimLookupKey, claimWrites, claimsOf, overflowOf } from './dynamodb-claims';
import { findingsOf, putFindingGroups } from './dynamodb-findings';
import { type IndexName, findingListingPage, findingListingRequest, listingPage } from './dynamodb-listing';
import {
  CANDIDATE_CAP_PER_KEY,
  articleFeedPartition,
  articleOutletPartition,
  claimIdOfIndexEntry,
  decodeSignature,
  parseIndexLookup,
  scopeRangeBounds,
} from './layout';

export interface DynamoDbStoreOptions {
  /** HMAC key for page cursors (QARIN_CURSOR_SECRET, at least 16 characters). */
  cursorSecret: string;
  /** Most index entries read per index key (default CANDIDATE_CAP_PER_KEY). */
  candidateCap?: number;
  /** Queries / batch calls in flight at once per store call (default 16). */
  concurrency?: number;
  /** Backoff for UnprocessedItems/UnprocessedKeys (default 10 attempts, 25 ms base, 2 s cap). */
  retry?: RetryPolicy;
  /** Clock for index entry write times, in ms (default Date.now). */
  now?: () => number;
  /**
   * Write claim blocks and finding groups deflated (binary `d`): their texts repeat each other, so a block of an
   * article's claims or a group of a pair's findings shrinks several times. Readers accept both forms whatever
   * this says. Default false.
   */
  compressDocuments?: boolean;
}


/** DynamoDB implementation of both ports. One instance per Lambda container; safe for concurrent calls. */
export class DynamoDbStore implements IngestStore, ReportStore {
  private readonly cursors: CursorCodec;
  private readonly capacity = new CapacityStats();
  private readonly ctx: BatchContext;
  private readonly candidateCap: number;
  private readonly now: () => number;
  private readonly layout: LayoutOptions;

  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    options: DynamoDbStoreOptions,
  ) {
    this.cursors = new CursorCodec(options.cursorSecret);
    this.candidateCap = options.candidateCap ?? CANDIDATE_CAP_PER_KEY;
    this.now = options.now ?? Date.now;
    this.layout = { compressDocuments: options.compressDocuments ?? false };
    this.ctx = { client, tableName, stats: this.capacity, retry: options.retry ?? DEFAULT_RETRY, concurrency: options.concurrency ?? 16 };
  }

  /** Requests, consumed capacity units, items and batch retries per operation since creation (or resetStats). */
  stats(): Record<string, OperationStats> {
    return this.capacity.snapshot();
  }

  resetStats(): void {
    this.capacity.reset();
  }

  async claimObjectVersion(articleId: string, sequencer: string): Promise<VersionClaim> {
    const Key = objectVersionKey(articleId);
    const names = { '#seq': 'seq' };
    try {
      const out = await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key,
          UpdateExpression: 'SET #seq = :seq',
          // Sequencers are padded to one width, so string order is S3's documented order (A1).
          ConditionExpression: 'attribute_not_exists(#seq) OR #seq < :seq',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: { ':seq': S(sequencer) },
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      this.capacity.record('claimObjectVersion', out.ConsumedCapacity, 1);
      return 'new';
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      this.capacity.record('claimObjectVersion', undefined);
    }
    const out = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key,
        ConsistentRead: true,
        ProjectionExpression: '#seq',
        ExpressionAttributeNames: names,
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    this.capacity.record('claimObjectVersion', out.ConsumedCapacity, 1);
    return out.Item?.seq?.S === sequencer ? 'same' : 'stale';
  }

  async getArticle(articleId: string): Promise<Article | null> {
    const out = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: articleKey(articleId),
        ConsistentRead: true,
        ProjectionExpression: 'd',
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    this.capacity.record('getArticle', out.ConsumedCapacity, out.Item ? 1 : 0);
    return out.Item ? doc<Article>(out.Item) : null;
  }

  /**
   * Writes the article row unless the stored row reflects a newer object version (a slow ingest of an old
   * version must not overwrite the row of the newer one); an equal sequencer overwrites (processing -> done).
   */
  async putArticle(article: Article): Promise<void> {
    try {
      const out = await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: articleItem(article),
          ConditionExpression: 'attribute_not_exists(pk) OR #seq <= :seq',
          ExpressionAttributeNames: { '#seq': 'seq' },
          ExpressionAttributeValues: { ':seq': S(article.sequencer) },
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      this.capacity.record('putArticle', out.ConsumedCapacity, 1);
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      this.capacity.record('putArticle', undefined);
    }
  }

  async clearArticleContent(articleId: string): Promise<void> {
    const rows = await this.queryAll('clearArticleContent', {
      KeyConditionExpression: 'pk = :pk AND sk > :row',
      ExpressionAttributeValues: { ':pk': S(articlePk(articleId)), ':row': S('A') },
      ProjectionExpression: 'pk, sk, ks, kt, kz, xa',
      ConsistentRead: true,
    });
    const others: WriteRequest[] = [];
    const own: WriteRequest[] = [];
    for (const row of rows) {
      const sk = row.sk?.S ?? '';
      own.push({ DeleteRequest: { Key: key(articlePk(articleId), sk) } });
      if (sk.startsWith('C#')) {
        for (const { claimId, writtenAt, keys } of claimKeysOf(articleId, row)) {
          for (const indexKey of keys) others.push({ DeleteRequest: { Key: indexEntryKey(indexKey, writtenAt, claimId) } });
        }
      } else if (sk.startsWith('F#') && row.xa?.S && row.xa.S !== articleId) {
        others.push({ DeleteRequest: { Key: findingRefKey(row.xa.S, sk.slice(2)) } });
      }
    }
    // Index entries and the other side's references first: the rows under ART# are what lists them, so a
    // crash between the two phases leaves a retry able to find everything again.
    await batchWriteAll(this.ctx, 'clearArticleContent', others);
    await batchWriteAll(this.ctx, 'clearArticleContent', own);
  }

  async deleteArticle(articleId: string): Promise<void> {
    await this.clearArticleContent(articleId);
    const out = await this.client.send(
      new DeleteItemCommand({ TableName: this.tableName, Key: articleKey(articleId), ReturnConsumedCapacity: 'TOTAL' }),
    );
    this.capacity.record('deleteArticle', out.ConsumedCapacity, 1);
  }

  /** Claims in blocks (dynamodb-claims.ts), merged with what the blocks hold, then their index entries. */
  async putClaims(claims: IndexedClaim[]): Promise<void> {
    const writtenAt = this.now();
    const blockKeys = claims.map((c) => claimLookupKey(c.claim.id)).filter((k) => k.sk?.S?.startsWith('C#B'));
    const existing = blockKeys.length === 0 ? [] : await batchGetAll(this.ctx, 'putClaims', blockKeys, { ConsistentRead: true });
    const { items, entries } = claimWrites(claims, existing, writtenAt, this.layout.compressDocuments ?? false);
    // Claims (which list their index keys) before the entries: a crash in between leaves no entry that
    // clearArticleContent cannot find.
    await batchWriteAll(this.ctx, 'putClaims', items.map((Item) => ({ PutRequest: { Item } })));
    await batchWriteAll(this.ctx, 'putClaims', entries.map((Item) => ({ PutRequest: { Item } })));
  }

  async findCandidates(indexKeys: string[]): Promise<CandidateRef[]> {
    const pages = await mapLimit([...new Set(indexKeys)], this.ctx.concurrency, async (lookupKey) => {
      const { bucket, range } = parseIndexLookup(lookupKey);
      const bounds = range ? scopeRangeBounds(range) : null;
      const out = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          // A scope range (three weeks) is one Query: the scope leads the sort key.
          KeyConditionExpression: bounds ? 'pk = :pk AND sk BETWEEN :lo AND :hi' : 'pk = :pk',
          ExpressionAttributeValues: {
            ':pk': indexPartition(bucket),
            ...(bounds ? { ':lo': S(bounds.lower), ':hi': S(bounds.upper) } : {}),
          },
          ProjectionExpression: 'sk, o, a, g',
          ConsistentRead: true,
          // The cap: a hot bucket costs at most this many items however large it grows, newest first.
          ScanIndexForward: false,
          Limit: this.candidateCap,
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      this.capacity.record('findCandidates', out.ConsumedCapacity, out.Items?.length ?? 0);
      return (out.Items ?? []).map((item) => ({ item, bucket }));
    });
    const refs = new Map<string, CandidateRef>();
    for (const { item, bucket } of pages.flat()) {
      const claimId = item.sk?.S === undefined ? undefined : claimIdOfIndexEntry(item.sk.S);
      if (!claimId) continue;
      const seen = refs.get(claimId);
      if (seen) {
        if (!seen.keys.includes(bucket)) seen.keys.push(bucket);
        continue;
      }
      refs.set(claimId, {
        claimId,
        articleId: item.a?.S ?? '',
        outlet: item.o?.S ?? '',
        signature: item.g?.B ? decodeSignature(item.g.B) : [],
        keys: [bucket],
      });
    }
    return [...refs.values()];
  }

  async getClaimsByIds(claimIds: string[]): Promise<Claim[]> {
    const wanted = [...new Set(claimIds)];
    const read = { ConsistentRead: true, ProjectionExpression: 'd, ov' };
    const items = await batchGetAll(this.ctx, 'getClaimsByIds', wanted.map(claimLookupKey), read);
    const byId = new Map(items.flatMap(claimsOf).map((claim) => [claim.id, claim]));
    // Claims too large for their block live in items of their own, which the block lists by ordinal.
    const overflow = new Set(items.flatMap(overflowOf));
    const apart = wanted.filter((id) => !byId.has(id) && overflow.has(id.slice(id.lastIndexOf('#') + 1)));
    if (apart.length > 0) {
      for (const claim of (await batchGetAll(this.ctx, 'getClaimsByIds', apart.map(claimKey), read)).flatMap(claimsOf)) byId.set(claim.id, claim);
    }
    return wanted.flatMap((id) => byId.get(id) ?? []);
  }

  /** Findings of one kind between the same two articles are one group (dynamodb-findings.ts), merged on write. */
  async putFindings(findings: Finding[]): Promise<void> {
    await putFindingGroups(this.ctx, findings, this.layout.compressDocuments ?? false);
  }

  /** By id (= by ordinal), from blocks and single items alike. */
  async getClaims(articleId: string): Promise<Claim[]> {
    const byId = new Map((await this.articleRows('getClaims', articleId, 'C#')).flatMap(claimsOf).map((claim) => [claim.id, claim]));
    return [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  }

  /** By finding id, as when each finding was an item of its own (sk F#<findingId>). */
  async findingsForArticle(articleId: string): Promise<Finding[]> {
    const byId = new Map<string, Finding>();
    for (const item of await this.articleRows('findingsForArticle', articleId, 'F#')) {
      for (const finding of findingsOf(item)) {
        const known = byId.get(finding.id);
        if (!known || finding.createdAt > known.createdAt) byId.set(finding.id, finding);
      }
    }
    return [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  }

  async listArticles(query: ArticleQuery): Promise<Page<Article>> {
    const [index, partition]: [IndexName, string] =
      query.outlet === undefined ? ['feed', articleFeedPartition()] : ['outlet', articleOutletPartition(query.outlet)];
    const page = await listingPage(this.ctx, this.cursors, { index, partition, limit: query.limit, cursor: query.cursor });
    return { items: page.rows.map((item) => doc<Article>(item)), nextCursor: page.nextCursor };
  }

  /** One partition per query shape, filters where a shape has none of its own (findingListingRequest). */
  async listFindings(query: FindingQuery): Promise<Page<Finding>> {
    const page = await findingListingPage(this.ctx, this.cursors, findingListingRequest(query));
    return { items: page.findings, nextCursor: page.nextCursor };
  }

  /** Rows of one article with a sort-key prefix, in sort-key order (claims by ordinal, findings by id). */
  private articleRows(operation: string, articleId: string, prefix: string): Promise<Item[]> {
    return this.queryAll(operation, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': S(articlePk(articleId)), ':prefix': S(prefix) },
      ProjectionExpression: 'd',
      ConsistentRead: true,
    });
  }

  private async queryAll(operation: string, input: Omit<QueryCommandInput, 'TableName'>): Promise<Item[]> {
    const items: Item[] = [];
    let start: Item | undefined;
    do {
      const out = await this.client.send(
        new QueryCommand({ ...input, TableName: this.tableName, ExclusiveStartKey: start, ReturnConsumedCapacity: 'TOTAL' }),
      );
      this.capacity.record(operation, out.ConsumedCapacity, out.Items?.length ?? 0);
      items.push(...(out.Items ?? []));
      start = out.LastEvaluatedKey;
    } while (start);
    return items;
  }
}
