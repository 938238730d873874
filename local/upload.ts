/**
 * Uploads one article to the running local stack through the S3 API (no AWS CLI needed):
 *   npx tsx local/upload.ts <file> <outlet> [key] [--published-at=ISO] [--title=...] [--language=ar|en|fr]
 * The key defaults to `<outlet>/<file name>`. Honours QARIN_S3_PORT and QARIN_BUCKET like `npm start`.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { BUCKET, ENV, LOCAL } from '../infra/resources';
import { s3ClientFor } from './emulators';
import { encodeMetadata } from './samples';

const CONTENT_TYPES: Record<string, string> = {
  '.txt': 'text/plain; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
};

const USAGE = 'usage: npx tsx local/upload.ts <file> <outlet> [key] [--published-at=ISO] [--title=...] [--language=ar|en|fr]';

async function main(argv: string[]): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (const arg of argv) {
    const flag = /^--(published-at|title|language)=(.*)$/s.exec(arg);
    if (flag?.[1] !== undefined && flag[2] !== undefined) flags.set(flag[1], flag[2]);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else positional.push(arg);
  }
  const [file, outlet, keyArg] = positional;
  if (!file || !outlet || positional.length > 3) throw new Error(USAGE);

  const key = keyArg ?? `${outlet}/${basename(file)}`;
  const bucket = process.env[ENV.bucketName] || BUCKET.localName;
  const s3 = s3ClientFor(`http://127.0.0.1:${process.env.QARIN_S3_PORT || LOCAL.s3Port}`);
  try {
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: await readFile(file),
        ContentType: CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        Metadata: encodeMetadata({ outlet, ...Object.fromEntries(flags) }),
      }),
    );
  } finally {
    s3.destroy();
  }
  process.stdout.write(`uploaded s3://${bucket}/${key}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
