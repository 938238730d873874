/**
 * The CreateTable input for Qarin's single table, built from infra/resources.ts TABLE so the local runtime
 * and the tests create exactly what the CDK stack declares (the stack reads TABLE itself).
 */
import type { CreateTableCommandInput, Projection } from '@aws-sdk/client-dynamodb';
import { TABLE } from '../../infra/resources';

/**
 * Both GSIs project ALL attributes. They are sparse: only rows meant for a listing (articles, finding
 * references) carry fpk/fsk or opk/osk, and a listing reads those rows whole (the `d` document). INCLUDE
 * would save a few bytes per row and silently break a listing the day a row gains an attribute it needs.
 */
export const GSI_PROJECTION: Projection = { ProjectionType: 'ALL' };

/** CreateTable input: string keys pk/sk, GSIs `feed` (fpk, fsk) and `outlet` (opk, osk), on-demand billing. */
export function tableDefinition(tableName: string): CreateTableCommandInput {
  const { feed, outlet } = TABLE.indexes;
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: TABLE.partitionKey, AttributeType: 'S' },
      { AttributeName: TABLE.sortKey, AttributeType: 'S' },
      { AttributeName: feed.partitionKey, AttributeType: 'S' },
      { AttributeName: feed.sortKey, AttributeType: 'S' },
      { AttributeName: outlet.partitionKey, AttributeType: 'S' },
      { AttributeName: outlet.sortKey, AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [feed, outlet].map((index) => ({
      IndexName: index.name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
        { AttributeName: index.sortKey, KeyType: 'RANGE' as const },
      ],
      Projection: GSI_PROJECTION,
    })),
  };
}
