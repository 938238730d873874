import { Readable } from 'node:stream';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { S3ArticleBlobs, decodeMetadataValue, readCapped } from '../../../shared/adapters/s3-article-blobs';
import { ArticleRejectedError } from '../../../shared/errors';
import { type LocalS3, startS3 } from '../../helpers/emulators';

const rfc2047 = (text: string): string => `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;

describe('S3ArticleBlobs on s3rver', () => {
  let s3: LocalS3;
  let blobs: S3ArticleBlobs;

  beforeAll(async () => {
    s3 = await startS3();
    blobs = new S3ArticleBlobs(s3.client);
  });
  afterAll(async () => {
    await s3.stop();
  });

  const put = (key: string, body: Uint8Array | string, extra: { metadata?: Record<string, string>; contentType?: string } = {}) =>
    s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: body, Metadata: extra.metadata, ContentType: extra.contentType }));

  it('reads bytes unchanged under an Arabic key, with Arabic metadata decoded and names lower-cased', async () => {
    // Prepare: windows-1256 bytes (not UTF-8) must come back byte for byte; decoding is the pipeline's job.
    const key = 'al-masdar/2026/03/تصريحات الوزير+ملحق.txt';
    const bytes = Uint8Array.from([0xc7, 0xe1, 0xe3, 0xdd, 0xc7, 0xe6, 0xd6, 0xc7, 0xca, 0x20, 0x33]);
    await put(key, bytes, {
      metadata: { Outlet: rfc2047('المصدر'), 'Published-At': '2026-03-02T08:00:00Z' },
      contentType: 'text/plain; charset=windows-1256',
    });
    // Act
    const object = await blobs.get(s3.bucket, key, 1024);
    // Assess
    expect(Buffer.from(object.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(object.metadata).toEqual({ outlet: 'المصدر', 'published-at': '2026-03-02T08:00:00Z' });
    expect(object.contentType).toBe('text/plain; charset=windows-1256');
  });

  it('accepts an object of exactly maxBytes and an empty object', async () => {
    await put('in/exact.txt', 'x'.repeat(64));
    await put('in/empty.txt', new Uint8Array(0));
    expect((await blobs.get(s3.bucket, 'in/exact.txt', 64)).bytes.byteLength).toBe(64);
    expect((await blobs.get(s3.bucket, 'in/empty.txt', 64)).bytes.byteLength).toBe(0);
  });

  it('rejects an object larger than maxBytes as too-large', async () => {
    await put('in/big.txt', 'ب'.repeat(40_000));
    const error = await blobs.get(s3.bucket, 'in/big.txt', 50_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArticleRejectedError);
    expect((error as ArticleRejectedError).code).toBe('too-large');
  });

  it('stops reading at the cap when the response does not state its length', async () => {
    // Prepare: a client whose responses lose Content-Length, as with chunked transfer encoding.
    await put('in/unsized.txt', 'ن'.repeat(100_000));
    s3.client.middlewareStack.add(
      (next) => async (args) => {
        const result = await next(args);
        delete (result.output as { ContentLength?: number }).ContentLength;
        return result;
      },
      { step: 'initialize', name: 'dropContentLength' },
    );
    try {
      // Act
      const error = await blobs.get(s3.bucket, 'in/unsized.txt', 10_000).catch((e: unknown) => e);
      // Assess
      expect((error as ArticleRejectedError).code).toBe('too-large');
      expect((await blobs.get(s3.bucket, 'in/unsized.txt', 200_000)).bytes.byteLength).toBe(200_000);
    } finally {
      s3.client.middlewareStack.remove('dropContentLength');
    }
  });

  it('reports a missing object as not-found', async () => {
    const error = await blobs.get(s3.bucket, 'in/never-uploaded.txt', 1024).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArticleRejectedError);
    expect((error as ArticleRejectedError).code).toBe('not-found');
  });
});

describe('readCapped', () => {
  it('counts bytes, not characters, and stops consuming the stream past the cap', async () => {
    let pulled = 0;
    const stream = Readable.from(
      (function* () {
        for (let i = 0; i < 1000; i++) {
          pulled++;
          yield Buffer.from('ق'.repeat(512), 'utf8'); // 1 KB per chunk
        }
      })(),
    );
    await expect(readCapped(stream, 4096, 'k')).rejects.toMatchObject({ code: 'too-large' });
    expect(pulled).toBeLessThan(10);
  });
});

describe('decodeMetadataValue', () => {
  it('decodes RFC 2047 B and Q words, joins adjacent words, keeps plain and unknown values', () => {
    expect(decodeMetadataValue(rfc2047('الشرق الأوسط'))).toBe('الشرق الأوسط');
    expect(decodeMetadataValue('=?UTF-8?Q?Le_ministre_a_d=C3=A9clar=C3=A9?=')).toBe('Le ministre a déclaré');
    expect(decodeMetadataValue(`${rfc2047('وزير')} ${rfc2047(' الخارجية')}`)).toBe('وزير الخارجية');
    expect(decodeMetadataValue('=?ISO-8859-1?Q?Qu=E9bec?=')).toBe('Québec');
    expect(decodeMetadataValue('rt-arabic')).toBe('rt-arabic');
    expect(decodeMetadataValue('=?x-unknown?B?AAAA?=')).toBe('=?x-unknown?B?AAAA?=');
  });
});
