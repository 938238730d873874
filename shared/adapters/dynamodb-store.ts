/**
 * IngestStore and ReportStore on one DynamoDB table (keys pk/sk, GSIs feed fpk/fsk and outlet opk/osk).
 *
 * Item layout (domain objects are stored whole as a JSON string `d`: exact round trip of nulls, empty
 * strings and floats, and no per-element type descriptors to pay for):
 *
 *   what               pk                 sk              other attributes
 *   object version     OBJ#<articleId>    SEQ             seq (padded sequencer). Survives deletes: a tombstone
 *                                                         that keeps an old event from resurrecting the article.
 *   article            ART#<articleId>    A               d, seq; fpk ARTICLES, fsk <ingestedAt>#<id>;
 *                                                         opk OUTLET#<outlet>, osk <ingestedAt>#<id>
 *   claim              ART#<articleId>    C#<ordinal>     d, g (signature, binary), ks (its index keys, to delete them)
 *   index entry        K#<indexKey>       <claimId>       o (outlet), a (articleId), g (signature). ~0.6 KB: 1 WCU.
 *   finding reference  ART#<articleId>    F#<findingId>   d (whole finding), xa (the other side's articleId),
 *                                                         knd (kind), spk (|speaker keys|, for the speaker filter)
 *
 * A finding is two reference items, one under each side's article, so a report is one Query and deleting an
 * article can reach the other side's copy through `xa`. Each listing sees exactly one of the two:
 *   - side `claim` (lower claim id): fpk FIND#<kind>  -> listFindings({kind})
 *   - side `counterpart`:             fpk FIND#*      -> listFindings({}) (all kinds)
 *   - each side: opk FOUT#<its outlet> -> listFindings({outlet}); both sides have different outlets by
 *     construction (if not, only the claim side is indexed, to keep one row per finding).
 * Other filters (kind with outlet, speaker) are FilterExpressions on those partitions.
 *
 * The ingest path reads only the base table with ConsistentRead (design.md property 2); GSIs serve the API.
 */
import {
  type AttributeValue,
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  type QueryCommandInput,
  UpdateItemCommand,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { TABLE } from '../../infra/resources';
import { BadRequestError } from '../errors';
import type { Article, Claim, Finding, Page } from '../model';
import type { ArticleQuery, CandidateRef, FindingQuery, IndexedClaim, IngestStore, ReportStore, VersionClaim } from '../ports';
import { CursorCodec, type CursorPosition } from './cursor';
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
  ALL_FINDINGS_FEED,
  CANDIDATE_CAP_PER_KEY,
  articleFeedPartition,
  articleOutletPartition,
  assertTwoArticles,
  decodeSignature,
  encodeSignature,
  findingKindPartition,
  findingOutletPartition,
  findingSpeakers,
  listingSortKey,
  pageLimit,
  parseClaimId,
  speakerMatchKey,
} from './layout';

export interface DynamoDbStoreOptions {
  /** HMAC key for page cursors (QARIN_CURSOR_SECRET). */
  cursorSecret: string;
  /** Most index entries read per index key (default CANDIDATE_CAP_PER_KEY). */
  candidateCap?: number;
  /** Queries / batch calls in flight at once per store call (default 16). */
  concurrency?: number;
  /** Backoff for UnprocessedItems/UnprocessedKeys (default 10 attempts, 25 ms base, 2 s cap). */
  retry?: RetryPolicy;
}

type IndexName = keyof typeof TABLE.indexes;

interface Filter {
  expression: string;
  names: Record<string, string>;
  values: Record<string, AttributeValue>;
}

/** Query calls one listing page may spend looking for rows that pass a filter before returning a short page. */
const MAX_FILTERED_REQUESTS = 5;

const S = (value: string): AttributeValue => ({ S: value });
const key = (pk: string, sk: string): Item => ({ pk: S(pk), sk: S(sk) });
const artPk = (articleId: string): string => `ART#${articleId}`;
const claimKey = (claimId: string): Item => {
  const { articleId, ordinal } = parseClaimId(claimId);
  return key(artPk(articleId), `C#${ordinal}`);
};
const doc = <T>(item: Item): T => JSON.parse(item.d?.S ?? 'null') as T;

function isConditionalCheckFailed(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/** DynamoDB implementation of both ports. One instance per Lambda container; safe for concurrent calls. */
export class DynamoDbStore implements IngestStore, ReportStore {
  private readonly cursors: CursorCodec;
  private readonly capacity = new CapacityStats();
  private readonly batch: BatchContext;
  private readonly candidateCap: number;

  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    options: DynamoDbStoreOptions,
  ) {
    this.cursors = new CursorCodec(options.cursorSecret);
    this.candidateCap = options.candidateCap ?? CANDIDATE_CAP_PER_KEY;
    this.batch = {
      client,
      tableName,
      stats: this.capacity,
      retry: options.retry ?? DEFAULT_RETRY,
      concurrency: options.concurrency ?? 16,
    };
  }

  /** Requests, consumed capacity units, items and batch retries per operation since creation (or resetStats). */
  stats(): Record<string, OperationStats> {
    return this.capacity.snapshot();
  }

  resetStats(): void {
    this.capacity.reset();
  }

  async claimObjectVersion(articleId: string, sequencer: string): Promise<VersionClaim> {
    const Key = key(`OBJ#${articleId}`, 'SEQ');
    try {
      const out = await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key,
          UpdateExpression: 'SET #seq = :seq',
          // Sequencers are padded to one width, so string order is S3's documented order (A1).
          ConditionExpression: 'attribute_not_exists(#seq) OR #seq < :seq',
          ExpressionAttributeNames: { '#seq': 'seq' },
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
        ExpressionAttributeNames: { '#seq': 'seq' },
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
        Key: key(artPk(articleId), 'A'),
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
   * version must not overwrite the row of the newer one); equal sequencers overwrite (processing -> done).
   */
  async putArticle(article: Article): Promise<void> {
    const sortKey = listingSortKey(article.ingestedAt, article.id);
    try {
      const out = await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: {
            ...key(artPk(article.id), 'A'),
            d: S(JSON.stringify(article)),
            seq: S(article.sequencer),
            fpk: S(articleFeedPartition()),
            fsk: S(sortKey),
            opk: S(articleOutletPartition(article.outlet)),
            osk: S(sortKey),
          },
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
      ExpressionAttributeValues: { ':pk': S(artPk(articleId)), ':row': S('A') },
      ProjectionExpression: 'pk, sk, ks, xa',
      ConsistentRead: true,
    });
    const others: WriteRequest[] = [];
    const own: WriteRequest[] = [];
    for (const row of rows) {
      const sk = row.sk?.S ?? '';
      own.push({ DeleteRequest: { Key: key(artPk(articleId), sk) } });
      if (sk.startsWith('C#')) {
        const claimId = `${articleId}#${sk.slice(2)}`;
        for (const indexKey of row.ks?.L ?? []) {
          if (indexKey.S !== undefined) others.push({ DeleteRequest: { Key: key(`K#${indexKey.S}`, claimId) } });
        }
      } else if (sk.startsWith('F#') && row.xa?.S && row.xa.S !== articleId) {
        others.push({ DeleteRequest: { Key: key(artPk(row.xa.S), sk) } });
      }
    }
    // Index entries and the other side's references first: the rows under ART# are what lists them,
    // so a crash between the two phases leaves a retry able to find everything again.
    await batchWriteAll(this.batch, 'clearArticleContent', others);
    await batchWriteAll(this.batch, 'clearArticleContent', own);
  }

  async deleteArticle(articleId: string): Promise<void> {
    await this.clearArticleContent(articleId);
    const out = await this.client.send(
      new DeleteItemCommand({ TableName: this.tableName, Key: key(artPk(articleId), 'A'), ReturnConsumedCapacity: 'TOTAL' }),
    );
    this.capacity.record('deleteArticle', out.ConsumedCapacity, 1);
  }

  async putClaims(claims: IndexedClaim[]): Promise<void> {
    const claimItems: WriteRequest[] = [];
    const indexItems: WriteRequest[] = [];
    for (const { claim, signature, indexKeys } of claims) {
      const g: AttributeValue = { B: encodeSignature(signature) };
      const keys = [...new Set(indexKeys)];
      claimItems.push({
        PutRequest: {
          Item: {
            ...claimKey(claim.id),
            d: S(JSON.stringify(claim)),
            g,
            ...(keys.length > 0 ? { ks: { L: keys.map(S) } } : {}),
          },
        },
      });
      for (const indexKey of keys) {
        indexItems.push({
          PutRequest: { Item: { ...key(`K#${indexKey}`, claim.id), o: S(claim.outlet), a: S(claim.articleId), g } },
        });
      }
    }
    // Claims (which list their index keys) before the entries: a crash in between leaves no entry that
    // clearArticleContent cannot find.
    await batchWriteAll(this.batch, 'putClaims', claimItems);
    await batchWriteAll(this.batch, 'putClaims', indexItems);
  }

  async findCandidates(indexKeys: string[]): Promise<CandidateRef[]> {
    const pages = await mapLimit([...new Set(indexKeys)], this.batch.concurrency, async (indexKey) => {
      const out = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': S(`K#${indexKey}`) },
          ProjectionExpression: 'sk, o, a, g',
          ConsistentRead: true,
          Limit: this.candidateCap,
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      this.capacity.record('findCandidates', out.ConsumedCapacity, out.Items?.length ?? 0);
      return out.Items ?? [];
    });
    const refs = new Map<string, CandidateRef>();
    for (const item of pages.flat()) {
      const claimId = item.sk?.S;
      if (!claimId || refs.has(claimId)) continue;
      refs.set(claimId, {
        claimId,
        articleId: item.a?.S ?? '',
        outlet: item.o?.S ?? '',
        signature: item.g?.B ? decodeSignature(item.g.B) : [],
      });
    }
    return [...refs.values()];
  }

  async getClaimsByIds(claimIds: string[]): Promise<Claim[]> {
    const items = await batchGetAll(this.batch, 'getClaimsByIds', claimIds.map(claimKey), {
      ConsistentRead: true,
      ProjectionExpression: 'd',
    });
    const byId = new Map(items.map((item) => doc<Claim>(item)).map((claim) => [claim.id, claim]));
    return [...new Set(claimIds)].flatMap((id) => byId.get(id) ?? []);
  }

  async putFindings(findings: Finding[]): Promise<void> {
    const requests: WriteRequest[] = [];
    for (const finding of findings) {
      assertTwoArticles(finding);
      const sortKey = S(listingSortKey(finding.createdAt, finding.id));
      const spk = findingSpeakers(finding);
      const common: Item = { d: S(JSON.stringify(finding)), knd: S(finding.kind), ...(spk ? { spk: S(spk) } : {}) };
      const { claim, counterpart } = finding;
      requests.push({
        PutRequest: {
          Item: {
            ...key(artPk(claim.articleId), `F#${finding.id}`),
            ...common,
            xa: S(counterpart.articleId),
            fpk: S(findingKindPartition(finding.kind)),
            fsk: sortKey,
            opk: S(findingOutletPartition(claim.outlet)),
            osk: sortKey,
          },
        },
      });
      requests.push({
        PutRequest: {
          Item: {
            ...key(artPk(counterpart.articleId), `F#${finding.id}`),
            ...common,
            xa: S(claim.articleId),
            fpk: S(ALL_FINDINGS_FEED),
            fsk: sortKey,
            ...(counterpart.outlet !== claim.outlet ? { opk: S(findingOutletPartition(counterpart.outlet)), osk: sortKey } : {}),
          },
        },
      });
    }
    await batchWriteAll(this.batch, 'putFindings', requests);
  }

  async getClaims(articleId: string): Promise<Claim[]> {
    return (await this.articleRows('getClaims', articleId, 'C#')).map((item) => doc<Claim>(item));
  }

  async findingsForArticle(articleId: string): Promise<Finding[]> {
    return (await this.articleRows('findingsForArticle', articleId, 'F#')).map((item) => doc<Finding>(item));
  }

  async listArticles(query: ArticleQuery): Promise<Page<Article>> {
    const page =
      query.outlet === undefined
        ? await this.listing('feed', articleFeedPartition(), query.limit, query.cursor)
        : await this.listing('outlet', articleOutletPartition(query.outlet), query.limit, query.cursor);
    return { items: page.rows.map((item) => doc<Article>(item)), nextCursor: page.nextCursor };
  }

  async listFindings(query: FindingQuery): Promise<Page<Finding>> {
    const clauses: string[] = [];
    const filter: Filter = { expression: '', names: {}, values: {} };
    if (query.outlet !== undefined && query.kind !== undefined) {
      clauses.push('#knd = :knd');
      filter.names['#knd'] = 'knd';
      filter.values[':knd'] = S(query.kind);
    }
    const speaker = query.speaker === undefined ? '' : speakerMatchKey(query.speaker.replace(/\|/g, ' '));
    if (speaker.length > 0) {
      clauses.push('contains(#spk, :spk)');
      filter.names['#spk'] = 'spk';
      filter.values[':spk'] = S(speaker);
    }
    filter.expression = clauses.join(' AND ');
    const [index, partition]: [IndexName, string] =
      query.outlet !== undefined
        ? ['outlet', findingOutletPartition(query.outlet)]
        : query.kind !== undefined
          ? ['feed', findingKindPartition(query.kind)]
          : ['feed', ALL_FINDINGS_FEED];
    const page = await this.listing(index, partition, query.limit, query.cursor, clauses.length > 0 ? filter : undefined);
    return { items: page.rows.map((item) => doc<Finding>(item)), nextCursor: page.nextCursor };
  }

  /** Rows of one article with a sort-key prefix, in sort-key order (claims by ordinal, findings by id). */
  private articleRows(operation: string, articleId: string, prefix: string): Promise<Item[]> {
    return this.queryAll(operation, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': S(artPk(articleId)), ':prefix': S(prefix) },
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

  /**
   * One page of a GSI partition, newest first. The cursor is the key of the last row returned (not
   * DynamoDB's LastEvaluatedKey, which may lie past rows read but not returned), signed for this partition.
   * Asking for limit + 1 rows tells whether another page exists, so the last page carries no cursor.
   */
  private async listing(
    index: IndexName,
    partition: string,
    requestedLimit: number,
    cursor: string | undefined,
    filter?: Filter,
  ): Promise<{ rows: Item[]; nextCursor: string | null }> {
    const limit = pageLimit(requestedLimit);
    const spec = TABLE.indexes[index];
    const scope = `${spec.name}|${partition}`;
    const positionKeys = ['pk', 'sk', spec.partitionKey, spec.sortKey];
    let start: Item | undefined;
    if (cursor !== undefined) {
      const position = this.cursors.decode(scope, cursor, positionKeys);
      if (position[spec.partitionKey] !== partition) throw new BadRequestError('Invalid cursor');
      start = Object.fromEntries(Object.entries(position).map(([name, value]) => [name, S(value)]));
    }
    const rows: Item[] = [];
    for (let request = 0; ; request++) {
      const wanted = limit + 1 - rows.length;
      const out = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: spec.name,
          KeyConditionExpression: '#ipk = :ipk',
          ExpressionAttributeNames: { '#ipk': spec.partitionKey, ...filter?.names },
          ExpressionAttributeValues: { ':ipk': S(partition), ...filter?.values },
          ...(filter ? { FilterExpression: filter.expression } : {}),
          ScanIndexForward: false,
          // Limit counts rows evaluated before the filter: read wider when a filter may drop most of them.
          Limit: filter ? Math.min(1000, Math.max(100, wanted * 10)) : wanted,
          ExclusiveStartKey: start,
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      this.capacity.record(`list:${spec.name}`, out.ConsumedCapacity, out.Items?.length ?? 0);
      rows.push(...(out.Items ?? []));
      start = out.LastEvaluatedKey;
      if (rows.length > limit || !start || (filter && request + 1 >= MAX_FILTERED_REQUESTS)) break;
    }
    const positionOf = (item: Item): CursorPosition =>
      Object.fromEntries(positionKeys.map((name) => [name, item[name]?.S ?? '']));
    if (rows.length > limit) {
      const page = rows.slice(0, limit);
      return { rows: page, nextCursor: this.cursors.encode(scope, positionOf(page[limit - 1] as Item)) };
    }
    return { rows, nextCursor: start ? this.cursors.encode(scope, positionOf(start)) : null };
  }
}
