import fc from 'fast-check';
import { parseS3Notification } from '../../../functions/s3-event';
import { decodeS3Key } from '../../../shared/object-events';
import {
  SequencerClock,
  type ObjectChange,
  changesFromS3rver,
  encodeKeyLikeS3,
  newMessage,
  s3NotificationFor,
  sqsRecordFor,
} from '../../../local/notifications';

const settings = { region: 'us-east-1', queueArn: 'arn:aws:sqs:us-east-1:000000000000:qarin-ingest-local' };

function change(overrides: Partial<ObjectChange> = {}): ObjectChange {
  return {
    kind: 'created',
    operation: 'Put',
    bucket: 'qarin-articles',
    key: 'levant-news/a.txt',
    size: 120,
    eTag: 'd41d8cd98f00b204e9800998ecf8427e',
    eventTime: '2026-11-12T18:30:00.000Z',
    sourceIp: '127.0.0.1',
    ...overrides,
  };
}

describe('S3 key encoding in the local notifications', () => {
  it('encodes keys as S3 does: space as +, a literal + as %2B, slash kept, Arabic as UTF-8 percent escapes', () => {
    // Prepare
    const key = 'الخليج/تقرير يوم 1+2.txt';

    // Act
    const encoded = encodeKeyLikeS3(key);

    // Assess
    expect(encoded).toBe('%D8%A7%D9%84%D8%AE%D9%84%D9%8A%D8%AC/%D8%AA%D9%82%D8%B1%D9%8A%D8%B1+%D9%8A%D9%88%D9%85+1%2B2.txt');
  });

  it('follows the form-encoding examples reported from real S3 notifications', () => {
    expect(encodeKeyLikeS3('red flower.jpg')).toBe('red+flower.jpg');
    expect(encodeKeyLikeS3('this im + age blah.txt')).toBe('this+im+%2B+age+blah.txt');
    expect(encodeKeyLikeS3('test/10:47:07.log')).toBe('test/10%3A47%3A07.log');
    expect(encodeKeyLikeS3('something/dt=2018-05-04/_SUCCESS')).toBe('something/dt%3D2018-05-04/_SUCCESS');
  });

  it('round-trips any key through the production decoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), (key) => {
        expect(decodeS3Key(encodeKeyLikeS3(key))).toBe(key);
      }),
      { seed: 20261112, numRuns: 500 },
    );
  });
});

describe('SequencerClock', () => {
  it('mints strictly increasing, fixed-width hex values within one millisecond', () => {
    // Prepare
    const clock = new SequencerClock(() => 1_700_000_000_000);

    // Act
    const values = Array.from({ length: 300 }, () => clock.next());

    // Assess
    for (let i = 1; i < values.length; i++) expect(values[i]! > values[i - 1]!).toBe(true);
    expect(new Set(values.map((value) => value.length))).toEqual(new Set([18]));
    expect(values.every((value) => /^[0-9A-F]+$/.test(value))).toBe(true);
  });

  it('keeps increasing when the wall clock steps backwards', () => {
    // Prepare
    const times = [5_000, 6_000, 4_000, 4_000, 7_000];
    const clock = new SequencerClock(() => times.shift() ?? 8_000);

    // Act
    const values = [clock.next(), clock.next(), clock.next(), clock.next(), clock.next()];

    // Assess
    expect([...values].sort()).toEqual(values);
    expect(new Set(values).size).toBe(values.length);
  });
});

describe('the production envelope built from s3rver events', () => {
  it('is parsed by the ingest function parser back to the uploaded key, size and our sequencer', () => {
    // Prepare
    const key = 'gulf-daily/2026/11/اتفاق العاصي+ملحق.txt';
    const body = JSON.stringify(s3NotificationFor(change({ key }), '0190F0E1A2B3000001', settings));

    // Act
    const [event] = parseS3Notification(body);

    // Assess
    expect(event).toMatchObject({ type: 'put', bucket: 'qarin-articles', key, size: 120 });
    expect(event?.sequencer.startsWith('0190F0E1A2B3000001')).toBe(true);
  });

  it('looks like S3 rather than s3rver: eventVersion 2.1, ARN without spaces, encoded key', () => {
    // Prepare / Act
    const notification = s3NotificationFor(change({ key: 'a b' }), '01', settings);
    const record = notification.Records[0]!;

    // Assess
    expect(record.eventVersion).toBe('2.1');
    expect(record.eventName).toBe('ObjectCreated:Put');
    expect(record.s3.bucket.arn).toBe('arn:aws:s3:::qarin-articles');
    expect(record.s3.object.key).toBe('a+b');
  });

  it('sends only key and sequencer for a removal, and ingest reads it as a delete', () => {
    // Prepare
    const removal = change({ kind: 'removed', operation: 'Delete' });

    // Act
    const notification = s3NotificationFor(removal, '02', settings);

    // Assess
    expect(notification.Records[0]!.eventName).toBe('ObjectRemoved:Delete');
    expect(Object.keys(notification.Records[0]!.s3.object).sort()).toEqual(['key', 'sequencer']);
    expect(parseS3Notification(JSON.stringify(notification))[0]?.type).toBe('delete');
  });

  it('keeps only the changes of our bucket from an s3rver event', () => {
    // Prepare
    const s3rverEvent = {
      Records: [
        { eventName: 'ObjectCreated:Copy', s3: { bucket: { name: 'qarin-articles' }, object: { key: 'x/y.txt', size: 9 } } },
        { eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'other' }, object: { key: 'z.txt', size: 1 } } },
      ],
    };

    // Act
    const changes = changesFromS3rver(s3rverEvent, 'qarin-articles');

    // Assess
    expect(changes).toEqual([expect.objectContaining({ kind: 'created', operation: 'Copy', key: 'x/y.txt', size: 9 })]);
  });

  it('wraps the body in an SQS record with the receive count Lambda reports', () => {
    // Prepare
    const message = newMessage('{"Records":[]}', 1_000);
    message.receiveCount = 3;

    // Act
    const record = sqsRecordFor(message, settings);

    // Assess
    expect(record).toMatchObject({
      messageId: message.messageId,
      eventSource: 'aws:sqs',
      eventSourceARN: settings.queueArn,
      attributes: { ApproximateReceiveCount: '3', SentTimestamp: '1000' },
    });
    expect(record.md5OfBody).toMatch(/^[0-9a-f]{32}$/);
  });
});
