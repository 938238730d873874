/**
 * ArticleLeases on the table: the lease is two attributes of the article's object-version item
 * (`OBJ#<articleId>`/`SEQ`, see dynamodb-items.ts): `lo` (owner) and `lu` (expiry, epoch ms). One item per
 * key already exists for the sequencer, so the lease costs no extra item; taking it is one conditional
 * UpdateItem, which DynamoDB applies atomically (no transaction needed, so dynalite behaves the same).
 */
import { type DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import type { ArticleLeases } from '../ports';
import { S, isConditionalCheckFailed, objectVersionKey } from './dynamodb-items';


export class DynamoDbLeases implements ArticleLeases {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async acquire(articleId: string, owner: string, untilMs: number, nowMs: number): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: objectVersionKey(articleId),
          UpdateExpression: 'SET lo = :owner, lu = :until',
          // Free, expired, or already ours (a retry of this very call after a lost response).
          ConditionExpression: 'attribute_not_exists(lu) OR lu < :now OR lo = :owner',
          ExpressionAttributeValues: { ':owner': S(owner), ':until': { N: String(untilMs) }, ':now': { N: String(nowMs) } },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  async release(articleId: string, owner: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: objectVersionKey(articleId),
          UpdateExpression: 'REMOVE lo, lu',
          ConditionExpression: 'lo = :owner',
          ExpressionAttributeValues: { ':owner': S(owner) },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }
}
