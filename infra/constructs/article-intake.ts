import { Duration, Stack, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { BUCKET, ENV, INGEST_FUNCTION, QUEUE } from '../resources';
import { QarinFunction } from './qarin-function';

export interface ArticleIntakeProps {
  readonly table: dynamodb.ITableV2;
  /** Environment shared by every function (e.g. the cursor secret that functions/config.ts requires). */
  readonly sharedEnvironment?: Record<string, string>;
}

/**
 * Where articles arrive and get processed: the upload bucket, the notification queue with its
 * dead-letter queue, and the ingest function that drains it.
 *
 * Flow: S3 ObjectCreated/ObjectRemoved -> SQS -> ingest (batches, partial failures) -> table.
 * Why SQS between S3 and Lambda: buffering and back-pressure (maxConcurrency protects the table's hot
 * partitions), retries that outlive a Lambda invocation, and a DLQ to park poison articles for redrive.
 */
export class ArticleIntake extends Construct {
  readonly bucket: s3.Bucket;
  readonly accessLogBucket: s3.Bucket;
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;
  readonly ingestFunction: QarinFunction;

  constructor(scope: Construct, id: string, props: ArticleIntakeProps) {
    super(scope, id);

    this.accessLogBucket = new s3.Bucket(this, 'AccessLogs', {
      ...hardened,
      // Server access logs can only be delivered with SSE-S3 (not SSE-KMS) and to an owner-enforced bucket
      // through a bucket policy (feature flag serverAccessLogsUseBucketPolicy in cdk.json).
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(365) }],
    });

    this.bucket = new s3.Bucket(this, 'Articles', {
      ...hardened,
      // Versioning stops S3 from coalescing two concurrent writes to one key into one notification, and gives
      // each event a versionId for idempotent ingest (reliability notes A1).
      versioned: true,
      serverAccessLogsBucket: this.accessLogBucket,
      serverAccessLogsPrefix: 'articles/',
      lifecycleRules: [
        // A replaced or deleted article's old bytes are only needed while late events for them drain.
        { id: 'expire-noncurrent', noncurrentVersionExpiration: Duration.days(30) },
        { id: 'clean-delete-markers', expiredObjectDeleteMarker: true },
        { id: 'abort-multipart', abortIncompleteMultipartUploadAfter: Duration.days(7) },
      ],
    });

    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetters', {
      ...encryptedQueue,
      // The longest SQS allows: time to notice, fix the handler and redrive.
      retentionPeriod: Duration.days(14),
    });

    const timeout = Duration.seconds(INGEST_FUNCTION.timeoutSeconds);
    this.queue = new sqs.Queue(this, 'Queue', {
      ...encryptedQueue,
      // AWS guidance: >= 6x the function timeout, so Lambda can retry a throttled or failed invocation of a
      // batch before its messages become visible again and are received twice (reliability notes A2).
      visibilityTimeout: Duration.seconds(timeout.toSeconds() * 6),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: QUEUE.maxReceiveCount },
    });

    // Whole bucket, both event families: no function ever writes to this bucket (ingest can only read), so
    // there is no write prefix that could loop back; deletions must reach ingest to remove claims/findings.
    const destination = new SqsDestination(this.queue);
    this.bucket.addEventNotification(s3.EventType.OBJECT_CREATED, destination);
    this.bucket.addEventNotification(s3.EventType.OBJECT_REMOVED, destination);
    acknowledgeNotificationsHandler(Stack.of(this));

    this.ingestFunction = new QarinFunction(this, 'Ingest', {
      entry: 'functions/ingest.ts',
      description: 'Qarin ingest: S3 notifications from SQS -> claims and findings in DynamoDB',
      serviceName: 'qarin-ingest',
      timeout,
      memorySize: INGEST_FUNCTION.memoryMb,
      environment: {
        ...props.sharedEnvironment,
        [ENV.tableName]: props.table.tableName,
        [ENV.bucketName]: this.bucket.bucketName,
        [ENV.maxObjectBytes]: String(BUCKET.maxObjectBytes),
      },
    });
    this.ingestFunction.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: QUEUE.batchSize,
        reportBatchItemFailures: true,
        maxConcurrency: QUEUE.maxConcurrency,
      }),
    );

    // Read-only on the bucket: ingest must never be able to write where its own trigger fires.
    this.bucket.grantRead(this.ingestFunction);
    props.table.grantReadWriteData(this.ingestFunction);
    acknowledgeIngestGrants(this.ingestFunction, this.bucket, props.table);
  }
}

/** Settings both buckets share (reliability notes A7): declared even where they are today's S3 defaults. */
const hardened = {
  encryption: s3.BucketEncryption.S3_MANAGED,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  enforceSSL: true,
  minimumTLSVersion: 1.2,
} satisfies s3.BucketProps;

/** SSE-SQS (no KMS key to manage, and S3 can publish to it without a key policy) and TLS-only access. */
const encryptedQueue = {
  encryption: sqs.QueueEncryption.SQS_MANAGED,
  enforceSSL: true,
} satisfies sqs.QueueProps;

/**
 * Each IAM5 finding of the ingest role, one by one. They all come from `grantRead` / `grantReadWriteData`:
 * object-level S3 actions need `<bucket>/*`, and index Queries need `<table>/index/*`.
 */
function acknowledgeIngestGrants(fn: QarinFunction, bucket: s3.Bucket, table: dynamodb.ITableV2): void {
  const stack = Stack.of(fn);
  const bucketId = stack.resolve((bucket.node.defaultChild as s3.CfnBucket).logicalId) as string;
  const tableId = stack.resolve((table.node.defaultChild as dynamodb.CfnGlobalTable).logicalId) as string;
  const policy = fn.role?.node.tryFindChild('DefaultPolicy');
  if (!policy) throw new Error('Ingest role has no default policy to acknowledge');
  Validations.of(policy).acknowledge(
    {
      id: 'AwsSolutions-IAM5[Action::s3:GetObject*]',
      reason: 'grantRead: GetObject and GetObjectVersion (events carry a versionId); all read-only.',
    },
    {
      id: 'AwsSolutions-IAM5[Action::s3:GetBucket*]',
      reason: 'grantRead: read-only bucket metadata actions, scoped to the article bucket.',
    },
    {
      id: 'AwsSolutions-IAM5[Action::s3:List*]',
      reason: 'grantRead: ListBucket lets a GetObject on a deleted key return 404 NoSuchKey (handled as "gone") instead of 403.',
    },
    {
      id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/*]`,
      reason: 'Ingest reads any uploaded article: keys are chosen by newsroom systems, so objects cannot be listed in advance.',
    },
    {
      id: `AwsSolutions-IAM5[Resource::<${tableId}.Arn>/index/*]`,
      reason: 'grantReadWriteData covers the table GSIs (feed, outlet); index ARNs only allow reads, and only of this table.',
    },
  );
}

/**
 * The CDK-provided singleton Lambda that applies the bucket notification configuration: it uses the
 * managed basic-execution policy, and CDK offers no way to pass it a role.
 */
function acknowledgeNotificationsHandler(stack: Stack): void {
  const handler = stack.node.children.find((child) => child.node.id.startsWith('BucketNotificationsHandler'));
  if (!handler) throw new Error('BucketNotificationsHandler not found: did addEventNotification change?');
  Validations.of(handler).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason: 'CDK-internal BucketNotificationsHandler runs only at deploy time to configure bucket notifications; its role is not configurable.',
  });
}
