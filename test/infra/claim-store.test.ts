import { Match } from 'aws-cdk-lib/assertions';
import { TABLE } from '../../infra/resources';
import { type SynthesizedQarin, synthQarin } from './qarin-app';

let qarin: SynthesizedQarin;
beforeAll(() => {
  qarin = synthQarin();
});

describe('ClaimStore table', () => {
  it('uses the key schema and string key attributes declared in infra/resources.ts', () => {
    // Prepare
    const { template, stack, idOf } = qarin;

    // Act
    const table = template.findResources('AWS::DynamoDB::GlobalTable')[idOf(stack.store.table)];

    // Assess
    expect(table?.Properties.KeySchema).toEqual([
      { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
    ]);
    for (const index of Object.values(TABLE.indexes)) {
      expect(table?.Properties.AttributeDefinitions).toEqual(
        expect.arrayContaining([
          { AttributeName: index.partitionKey, AttributeType: 'S' },
          { AttributeName: index.sortKey, AttributeType: 'S' },
        ]),
      );
    }
  });

  it('declares exactly the GSIs of infra/resources.ts with their keys', () => {
    // Prepare
    const { template, stack, idOf } = qarin;

    // Act
    const table = template.findResources('AWS::DynamoDB::GlobalTable')[idOf(stack.store.table)];
    const indexes = table?.Properties.GlobalSecondaryIndexes as Array<{ IndexName: string; KeySchema: unknown }>;

    // Assess
    expect(indexes.map((index) => index.IndexName).sort()).toEqual(Object.values(TABLE.indexes).map((i) => i.name).sort());
    for (const index of Object.values(TABLE.indexes)) {
      expect(indexes.find((candidate) => candidate.IndexName === index.name)?.KeySchema).toEqual([
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ]);
    }
  });

  it('is on-demand with point-in-time recovery and deletion protection', () => {
    // Prepare
    const { template } = qarin;

    // Act / Assess
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      BillingMode: 'PAY_PER_REQUEST',
      Replicas: [
        Match.objectLike({
          DeletionProtectionEnabled: true,
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        }),
      ],
    });
  });

  it('is retained when the stack is deleted', () => {
    // Prepare
    const { template } = qarin;

    // Act / Assess
    template.hasResource('AWS::DynamoDB::GlobalTable', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });
});
