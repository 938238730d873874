/**
 * Builds, from what s3rver reports, the exact envelope production delivers to the ingest function:
 * an SQS record whose body is an AWS-shaped S3 event notification (S3 User Guide, "Event message
 * structure"). s3rver's own event differs from S3's in ways that would hide bugs (toolchain notes, §3;
 * reliability notes, A1): eventVersion 2.0, a raw (not URL-encoded) key, a millisecond `Date.now()`
 * sequencer that ties, and an ARN with spaces. Everything here is pure; the bridge does the I/O.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { SQSRecord } from 'aws-lambda';

/** The part of s3rver's event record the bridge reads (lib/models/event.js in s3rver 3.7.1). */
export interface S3rverRecord {
  eventName: string;
  eventTime?: string;
  awsRegion?: string;
  requestParameters?: { sourceIPAddress?: string };
  s3: { bucket: { name: string }; object: { key: string; size?: number; eTag?: string } };
}

export interface S3rverEvent {
  Records: S3rverRecord[];
}

/** An object change after the bridge has decided it is ours: the key is the raw, decoded key. */
export interface ObjectChange {
  kind: 'created' | 'removed';
  /** S3 event name suffix: Put, Copy, Post, CompleteMultipartUpload, Delete. */
  operation: string;
  bucket: string;
  key: string;
  size?: number;
  eTag?: string;
  eventTime: string;
  sourceIp: string;
}

/**
 * Encodes a key the way S3 writes `s3.object.key` into notifications: form encoding
 * (application/x-www-form-urlencoded) of the UTF-8 bytes, except that '/' stays as it is.
 * Observed on real S3: "red flower.jpg" -> "red+flower.jpg" (S3 docs), "this im + age" -> "this+im+%2B+age"
 * (aws/aws-sdk-net#640), ':' -> %3A (aws/aws-sdk-js#837), '=' -> %3D (aws/aws-sam-cli#379), '/' kept
 * (minio/minio#11665, comparing with S3). S3 is a Java service and the other characters follow
 * java.net.URLEncoder, which keeps only [A-Za-z0-9.*_-]: unlike encodeURIComponent it also escapes
 * ! ' ( ) ~. Escaping more is the safe side here: the ingest decoder must accept both forms.
 * @example encodeKeyLikeS3('وكالة/تقرير 1+2.txt') === '%D9%88%D9%83%D8%A7%D9%84%D8%A9/%D8%AA%D9%82%D8%B1%D9%8A%D8%B1+1%2B2.txt'
 */
export function encodeKeyLikeS3(key: string): string {
  let out = '';
  for (const byte of Buffer.from(key, 'utf8')) {
    const char = String.fromCharCode(byte);
    if (/[A-Za-z0-9.*_\-/]/.test(char)) out += char;
    else if (char === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * Mints strictly increasing sequencers: 12 hex digits of milliseconds then 6 of a counter (18 digits,
 * the length of the S3 docs' example `0055AED6DCD90281E5`). Fixed width matters: S3's rule right-pads
 * the shorter value before comparing, so a variable-width counter would sort "FF" after "100".
 * Time-based rather than a bare counter so that values keep growing across restarts of the local
 * stack, whose table (and its per-key `lastSequencer`) persists on disk.
 */
export class SequencerClock {
  private lastMs = 0;
  private counter = 0;

  constructor(private readonly now: () => number = Date.now) {}

  next(): string {
    const ms = this.now();
    if (ms > this.lastMs) {
      this.lastMs = ms;
      this.counter = 0;
    } else {
      // Same millisecond (or the wall clock stepped back): stay on the last millisecond and count.
      this.counter += 1;
      if (this.counter > 0xffffff) {
        this.lastMs += 1;
        this.counter = 0;
      }
    }
    return this.lastMs.toString(16).toUpperCase().padStart(12, '0') + this.counter.toString(16).toUpperCase().padStart(6, '0');
  }
}

const CREATED = /^ObjectCreated:(.+)$/;
const REMOVED = /^ObjectRemoved:(.+)$/;

/** The changes in an s3rver event that concern `bucket` (s3rver emits for every bucket, whatever the config). */
export function changesFromS3rver(event: S3rverEvent, bucket: string): ObjectChange[] {
  return event.Records.flatMap((record): ObjectChange[] => {
    if (record.s3.bucket.name !== bucket) return [];
    const created = CREATED.exec(record.eventName);
    const removed = REMOVED.exec(record.eventName);
    const match = created ?? removed;
    if (!match?.[1]) return [];
    const { key, size, eTag } = record.s3.object;
    return [
      {
        kind: created ? 'created' : 'removed',
        operation: match[1],
        bucket,
        key,
        ...(created && size !== undefined ? { size } : {}),
        ...(created && eTag !== undefined ? { eTag } : {}),
        eventTime: record.eventTime ?? new Date().toISOString(),
        sourceIp: record.requestParameters?.sourceIPAddress ?? '127.0.0.1',
      },
    ];
  });
}

export interface EnvelopeSettings {
  region: string;
  /** ARN of the (imaginary) local queue, for eventSourceARN. */
  queueArn: string;
}

/** The S3 notification body for one change, shaped like S3's (eventVersion 2.1, encoded key, our sequencer). */
export function s3NotificationFor(change: ObjectChange, sequencer: string, settings: EnvelopeSettings) {
  const object: Record<string, string | number> = { key: encodeKeyLikeS3(change.key) };
  // S3 sends size and eTag on creations only; a delete carries key and sequencer alone.
  if (change.kind === 'created') {
    if (change.size !== undefined) object.size = change.size;
    if (change.eTag !== undefined) object.eTag = change.eTag;
  }
  object.sequencer = sequencer;
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: settings.region,
        eventTime: change.eventTime,
        eventName: `${change.kind === 'created' ? 'ObjectCreated' : 'ObjectRemoved'}:${change.operation}`,
        userIdentity: { principalId: 'AWS:QARINLOCAL' },
        requestParameters: { sourceIPAddress: change.sourceIp },
        responseElements: { 'x-amz-request-id': randomHex(16), 'x-amz-id-2': randomHex(32) },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'qarin-ingest',
          bucket: {
            name: change.bucket,
            ownerIdentity: { principalId: 'QARINLOCAL' },
            arn: `arn:aws:s3:::${change.bucket}`,
          },
          object,
        },
      },
    ],
  };
}

/** A message as the local queue holds it between receives. */
export interface QueuedMessage {
  messageId: string;
  body: string;
  sentTimestamp: number;
  receiveCount: number;
  firstReceiveTimestamp: number | null;
}

export function newMessage(body: string, now: number = Date.now()): QueuedMessage {
  return { messageId: randomUUID(), body, sentTimestamp: now, receiveCount: 0, firstReceiveTimestamp: null };
}

/** The SQS record Lambda's event source mapping would hand over for this receive of `message`. */
export function sqsRecordFor(message: QueuedMessage, settings: EnvelopeSettings): SQSRecord {
  return {
    messageId: message.messageId,
    receiptHandle: `${message.messageId}#${message.receiveCount}#${randomHex(16)}`,
    body: message.body,
    attributes: {
      ApproximateReceiveCount: String(message.receiveCount),
      SentTimestamp: String(message.sentTimestamp),
      SenderId: 'AIDAQARINLOCALS3NOTIFY',
      ApproximateFirstReceiveTimestamp: String(message.firstReceiveTimestamp ?? message.sentTimestamp),
    },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(message.body, 'utf8').digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: settings.queueArn,
    awsRegion: settings.region,
  };
}

function randomHex(length: number): string {
  return randomUUID().replace(/-/g, '').toUpperCase().slice(0, length).padEnd(length, '0');
}
