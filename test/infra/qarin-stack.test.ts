import { Token } from 'aws-cdk-lib';
import { actionPatternMatches, allowStatementsOfRole, type SynthesizedQarin, synthQarin } from './qarin-app';

let qarin: SynthesizedQarin;
beforeAll(() => {
  qarin = synthQarin();
});

describe('Qarin stack', () => {
  it('is environment-agnostic, so synth needs no account, region or credentials', () => {
    // Prepare
    const { stack } = qarin;

    // Act
    const resolved = { account: Token.isUnresolved(stack.account), region: Token.isUnresolved(stack.region) };

    // Assess
    expect(resolved).toEqual({ account: true, region: true });
  });

  it('outputs the bucket name, API URL, table name and both queue URLs', () => {
    // Prepare
    const { template, stack, idOf } = qarin;

    // Act
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;

    // Assess
    expect(outputs.BucketName?.Value).toEqual({ Ref: idOf(stack.intake.bucket) });
    expect(outputs.TableName?.Value).toEqual({ Ref: idOf(stack.store.table) });
    expect(outputs.QueueUrl?.Value).toEqual({ Ref: idOf(stack.intake.queue) });
    expect(outputs.DeadLetterQueueUrl?.Value).toEqual({ Ref: idOf(stack.intake.deadLetterQueue) });
    expect(JSON.stringify(outputs.ApiUrl?.Value)).toContain(idOf(stack.reportApi.api));
  });

  it('lets no role in the stack write objects to the article bucket (no self-triggering loop)', () => {
    // Prepare
    const { template, stack, idOf } = qarin;
    const bucketId = idOf(stack.intake.bucket);
    const writes = ['s3:PutObject', 's3:CopyObject', 's3:RestoreObject', 's3:PutObjectAcl'];

    // Act
    const writers = Object.keys(template.findResources('AWS::IAM::Role')).filter((roleId) =>
      allowStatementsOfRole(template, roleId).some((statement) => {
        const resources = JSON.stringify(statement.Resource);
        const onBucket = resources.includes('"*"') || resources.includes(`"${bucketId}"`);
        const actions = Array.isArray(statement.Action) ? statement.Action : [statement.Action];
        return onBucket && writes.some((write) => actions.some((pattern) => actionPatternMatches(pattern, write)));
      }),
    );

    // Assess
    expect(Object.keys(template.findResources('AWS::IAM::Role')).length).toBeGreaterThanOrEqual(2);
    expect(writers).toEqual([]);
  });
});
