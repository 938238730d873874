/**
 * Uploads the team's sample articles (local/samples/, described in its README) through the real S3 API,
 * so they travel the production path: PutObject -> notification -> queue -> ingest handler.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ListObjectsCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { z } from 'zod';

export const SAMPLES_DIR = join(__dirname, 'samples');

const manifestSchema = z.object({
  articles: z.array(
    z.object({
      file: z.string().min(1),
      key: z.string().min(1),
      contentType: z.string().min(1),
      metadata: z.record(z.string(), z.string()),
    }),
  ),
});

export type SampleArticle = z.infer<typeof manifestSchema>['articles'][number];

export async function readSampleManifest(dir: string = SAMPLES_DIR): Promise<SampleArticle[]> {
  return manifestSchema.parse(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'))).articles;
}

/**
 * S3 user metadata travels in HTTP headers, which are ASCII: like S3 itself, non-ASCII values (Arabic
 * titles) are sent as RFC 2047 encoded words, which the ingest side decodes.
 * @example encodeMetadataValue('قارن') === '=?UTF-8?B?2YLYp9ix2YY=?='
 */
export function encodeMetadataValue(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`;
}

export function encodeMetadata(metadata: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(metadata).map(([name, value]) => [name, encodeMetadataValue(value)]));
}

/**
 * ListObjects (v1) on purpose: s3rver 3.7.1 signs v2 continuation tokens with DES, which OpenSSL 3
 * (Node >= 17) no longer provides, so any truncated ListObjectsV2 answers InternalError
 * ("digital envelope routines::unsupported"). A v1 listing of one key is never asked for a token.
 */
export async function bucketIsEmpty(s3: S3Client, bucket: string): Promise<boolean> {
  const listing = await s3.send(new ListObjectsCommand({ Bucket: bucket, MaxKeys: 1 }));
  return (listing.Contents ?? []).length === 0;
}

/** Uploads every sample, one after the other (so the queue batches them as S3 events would trickle in). */
export async function uploadSamples(s3: S3Client, bucket: string, dir: string = SAMPLES_DIR): Promise<SampleArticle[]> {
  const samples = await readSampleManifest(dir);
  for (const sample of samples) {
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: sample.key,
        Body: await readFile(join(dir, sample.file)),
        ContentType: sample.contentType,
        Metadata: encodeMetadata(sample.metadata),
      }),
    );
  }
  return samples;
}
