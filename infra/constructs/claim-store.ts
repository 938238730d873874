import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE } from '../resources';

const stringKey = (name: string): dynamodb.Attribute => ({ name, type: dynamodb.AttributeType.STRING });

/**
 * The single DynamoDB table holding articles, claims, index entries and findings (key layout in
 * shared/adapters/layout.ts; key names and GSIs from infra/resources.ts).
 *
 * - On-demand: ingest is bursty (a newsroom drops a batch, then nothing), so provisioned capacity would be
 *   either idle or throttling; the ingest event source's maximum concurrency is the throughput cap instead.
 * - Point-in-time recovery, deletion protection and RETAIN: findings are derived data, but re-deriving them
 *   needs every article re-ingested in order, so losing the table is expensive.
 * - GSIs project ALL attributes: the API pages feeds straight from the index without a second read per row.
 */
export class ClaimStore extends Construct {
  readonly table: dynamodb.TableV2;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new dynamodb.TableV2(this, 'Table', {
      partitionKey: stringKey(TABLE.partitionKey),
      sortKey: stringKey(TABLE.sortKey),
      billing: dynamodb.Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      globalSecondaryIndexes: Object.values(TABLE.indexes).map((index) => ({
        indexName: index.name,
        partitionKey: stringKey(index.partitionKey),
        sortKey: stringKey(index.sortKey),
        projectionType: dynamodb.ProjectionType.ALL,
      })),
    });
  }
}
