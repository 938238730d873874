import { Match } from 'aws-cdk-lib/assertions';
import { BUCKET, ENV, QUEUE } from '../../infra/resources';
import { actionsOnResource, roleCan, type SynthesizedQarin, synthQarin } from './qarin-app';

let qarin: SynthesizedQarin;
beforeAll(() => {
  qarin = synthQarin();
});

const resourceOf = (type: string, id: string) => {
  const resource = qarin.template.findResources(type)[id];
  if (!resource) throw new Error(`${type} ${id} not in template`);
  return resource;
};

describe('ArticleIntake bucket', () => {
  it('is versioned, SSE-S3 encrypted and blocks all public access', () => {
    // Prepare
    const bucketId = qarin.idOf(qarin.stack.intake.bucket);

    // Act
    const bucket = resourceOf('AWS::S3::Bucket', bucketId);

    // Assess
    expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration).toEqual([
      { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
    ]);
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
  });

  it('denies requests without TLS and with TLS older than 1.2', () => {
    // Prepare
    const bucketId = qarin.idOf(qarin.stack.intake.bucket);

    // Act / Assess
    qarin.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
        ]),
      },
    });
  });

  it('writes server access logs to a separate bucket and expires noncurrent versions', () => {
    // Prepare
    const bucketId = qarin.idOf(qarin.stack.intake.bucket);
    const logBucketId = qarin.idOf(qarin.stack.intake.accessLogBucket);

    // Act
    const bucket = resourceOf('AWS::S3::Bucket', bucketId);

    // Assess
    expect(logBucketId).not.toBe(bucketId);
    expect(bucket.Properties.LoggingConfiguration.DestinationBucketName).toEqual({ Ref: logBucketId });
    expect(bucket.Properties.LifecycleConfiguration.Rules).toEqual(
      expect.arrayContaining([expect.objectContaining({ Status: 'Enabled', NoncurrentVersionExpiration: expect.anything() })]),
    );
  });

  it('sends both ObjectCreated and ObjectRemoved notifications of the whole bucket to the ingest queue', () => {
    // Prepare
    const bucketId = qarin.idOf(qarin.stack.intake.bucket);
    const queueArn = { 'Fn::GetAtt': [qarin.idOf(qarin.stack.intake.queue), 'Arn'] };

    // Act
    const notifications = Object.values(qarin.template.findResources('Custom::S3BucketNotifications')).filter(
      (resource) => JSON.stringify(resource.Properties.BucketName) === JSON.stringify({ Ref: bucketId }),
    );
    const configurations = notifications.flatMap((n) => n.Properties.NotificationConfiguration.QueueConfigurations ?? []);

    // Assess
    expect(configurations).toEqual(
      expect.arrayContaining([
        { Events: ['s3:ObjectCreated:*'], QueueArn: queueArn },
        { Events: ['s3:ObjectRemoved:*'], QueueArn: queueArn },
      ]),
    );
    // No key filter: nothing writes to this bucket, so there is no prefix to exclude, and no article is missed.
    expect(configurations.every((configuration: { Filter?: unknown }) => configuration.Filter === undefined)).toBe(true);
  });
});

describe('ArticleIntake queues', () => {
  it('parks a message in the DLQ after maxReceiveCount >= 5 receives', () => {
    // Prepare
    const queue = resourceOf('AWS::SQS::Queue', qarin.idOf(qarin.stack.intake.queue));
    const dlqId = qarin.idOf(qarin.stack.intake.deadLetterQueue);

    // Act
    const redrive = queue.Properties.RedrivePolicy;

    // Assess
    expect(redrive.deadLetterTargetArn).toEqual({ 'Fn::GetAtt': [dlqId, 'Arn'] });
    expect(redrive.maxReceiveCount).toBe(QUEUE.maxReceiveCount);
    expect(redrive.maxReceiveCount).toBeGreaterThanOrEqual(5);
  });

  it('keeps messages invisible for at least 6x the ingest function timeout', () => {
    // Prepare
    const queue = resourceOf('AWS::SQS::Queue', qarin.idOf(qarin.stack.intake.queue));
    const ingest = resourceOf('AWS::Lambda::Function', qarin.idOf(qarin.stack.intake.ingestFunction));

    // Act
    const ratio = queue.Properties.VisibilityTimeout / ingest.Properties.Timeout;

    // Assess
    expect(ingest.Properties.Timeout).toBeGreaterThan(0);
    expect(ratio).toBeGreaterThanOrEqual(6);
  });

  it('encrypts both queues and refuses non-TLS access to them', () => {
    // Prepare
    const queueIds = [qarin.stack.intake.queue, qarin.stack.intake.deadLetterQueue].map(qarin.idOf);

    for (const queueId of queueIds) {
      // Act
      const queue = resourceOf('AWS::SQS::Queue', queueId);

      // Assess
      expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
      qarin.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: queueId }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });
});

describe('ArticleIntake ingest function', () => {
  it('consumes the queue with partial batch responses, the batch size and a maximum concurrency', () => {
    // Prepare
    const queueArn = { 'Fn::GetAtt': [qarin.idOf(qarin.stack.intake.queue), 'Arn'] };
    const functionRef = { Ref: qarin.idOf(qarin.stack.intake.ingestFunction) };

    // Act / Assess
    qarin.template.resourcePropertiesCountIs('AWS::Lambda::EventSourceMapping', { EventSourceArn: queueArn }, 1);
    qarin.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: queueArn,
      FunctionName: functionRef,
      BatchSize: QUEUE.batchSize,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: QUEUE.maxConcurrency },
    });
  });

  it('can read article objects and versions from the bucket', () => {
    // Prepare
    const roleId = qarin.idOf(qarin.stack.intake.ingestFunction.role!);
    const bucketId = qarin.idOf(qarin.stack.intake.bucket);

    // Act
    const can = (action: string) => roleCan(qarin.template, roleId, action, bucketId);

    // Assess
    expect(can('s3:GetObject')).toBe(true);
    expect(can('s3:GetObjectVersion')).toBe(true);
  });

  it('cannot write, delete or reconfigure the bucket that triggers it', () => {
    // Prepare
    const roleId = qarin.idOf(qarin.stack.intake.ingestFunction.role!);
    const bucketId = qarin.idOf(qarin.stack.intake.bucket);
    const forbidden = ['s3:PutObject', 's3:DeleteObject', 's3:DeleteObjectVersion', 's3:PutBucketNotification', 's3:PutBucketPolicy'];

    // Act
    const allowed = forbidden.filter((action) => roleCan(qarin.template, roleId, action, bucketId));

    // Assess
    expect(allowed).toEqual([]);
    expect(actionsOnResource(qarin.template, roleId, bucketId).length).toBeGreaterThan(0);
  });

  it('can read and write items of the table', () => {
    // Prepare
    const roleId = qarin.idOf(qarin.stack.intake.ingestFunction.role!);
    const tableId = qarin.idOf(qarin.stack.store.table);

    // Act
    const missing = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'].filter(
      (action) => !roleCan(qarin.template, roleId, action, tableId),
    );

    // Assess
    expect(missing).toEqual([]);
    expect(roleCan(qarin.template, roleId, 'dynamodb:DeleteTable', tableId)).toBe(false);
  });

  it('gets the table name, bucket name and object size cap under the names from infra/resources.ts', () => {
    // Prepare
    const ingest = resourceOf('AWS::Lambda::Function', qarin.idOf(qarin.stack.intake.ingestFunction));

    // Act
    const variables = ingest.Properties.Environment.Variables;

    // Assess
    expect(variables[ENV.tableName]).toEqual({ Ref: qarin.idOf(qarin.stack.store.table) });
    expect(variables[ENV.bucketName]).toEqual({ Ref: qarin.idOf(qarin.stack.intake.bucket) });
    expect(variables[ENV.maxObjectBytes]).toBe(String(BUCKET.maxObjectBytes));
    expect(variables[ENV.endpointDynamoDb]).toBeUndefined();
    expect(variables[ENV.endpointS3]).toBeUndefined();
  });
});
