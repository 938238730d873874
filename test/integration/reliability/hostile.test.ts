import type { S3Client } from '@aws-sdk/client-s3';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import * as iconv from 'iconv-lite';
import { createApiHandler } from '../../../functions/api';
import { S3ArticleBlobs } from '../../../shared/adapters/s3-article-blobs';
import { articleIdFor } from '../../../shared/object-events';
import { Lab, captureOutcomes, deliver, notification, sequencerFor } from './harness';
import { KEYS, uploadPair } from './scenarios';
import { GULF_ARTICLE, LEVANT_ARTICLE, SIBLING_ARTICLE } from './texts';

const INVISIBLES = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const encode = (text: string) => new TextEncoder().encode(text);

/** Counts GetObject calls per key on an S3 client (proof that an object was never read). */
function countGets(client: S3Client): Map<string, number> {
  const gets = new Map<string, number>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'GetObjectCommand') {
        const key = (args.input as { Key: string }).Key;
        gets.set(key, (gets.get(key) ?? 0) + 1);
      }
      return next(args);
    },
    { step: 'initialize', name: 'countGets' },
  );
  return gets;
}

function apiEvent(path: string): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: { host: 'qarin.example', accept: path.endsWith('/view') || path === '/' ? 'text/html' : 'application/json' },
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'qarin.example',
      domainPrefix: 'qarin',
      http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'jest' },
      requestId: 'r',
      routeKey: '$default',
      stage: '$default',
      time: '20/Nov/2026:10:00:00 +0000',
      timeEpoch: 0,
    },
    isBase64Encoded: false,
  };
}

const apiContext = { functionName: 'qarin-api', awsRequestId: 'r', getRemainingTimeInMillis: () => 10_000 } as unknown as Context;

describe('scenario 7: hostile, broken and legacy-encoded input end to end', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await Lab.start();
  });
  afterAll(async () => {
    await lab?.stop();
  });

  it('ends every hostile object as failed with its reason while the sibling in the batch completes, and never reads one over the cap', async () => {
    // Prepare: one batch; the 64 KB cap of the lab's deps stands in for production's 5 MB
    const objects: Array<[string, Uint8Array, string]> = [
      ['hostile/empty.txt', new Uint8Array(0), 'empty'],
      ['hostile/picture.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary'],
      ['hostile/garbage.txt', Uint8Array.from({ length: 2000 }, (_, i) => 0x80 + ((i * 37) % 0x7f)), 'undecodable'],
      ['hostile/deep.json', encode(`{"body":${'['.repeat(100_000).slice(0, 30_000)}${']'.repeat(30_000)}}`), 'too-deep'],
      ['hostile/laughs.xml', encode('<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><nitf><body><body.content><p>&b;</p></body.content></body></nitf>'), 'unsafe-xml'],
      ['hostile/xxe.xml', encode('<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY x SYSTEM "file:///etc/passwd">]><nitf><body><body.content><p>&x;</p></body.content></body></nitf>'), 'unsafe-xml'],
      ['hostile/flood.txt', encode('قال "نعم" و'.repeat(2_500)), 'too-many-claims'],
      ['hostile/grown.txt', encode('كلمة '.repeat(20_000)), 'too-large'],
    ];
    const bodies: string[] = [];
    for (const [i, [key, bytes]] of objects.entries()) {
      await lab.upload(key, bytes);
      // grown.txt: the event reports the size at upload time, the object has since grown past the cap
      const size = key.endsWith('grown.txt') ? 120 : bytes.length;
      bodies.push(notification({ bucket: lab.bucket, key, kind: 'put', size, sequencer: sequencerFor(100 + i) }));
    }
    bodies.push(notification({ bucket: lab.bucket, key: 'hostile/sixty-megabytes.txt', kind: 'put', size: 60 * 1024 * 1024, sequencer: sequencerFor(99) }));
    const siblingSize = await lab.upload('maghreb-daily/sibling.txt', SIBLING_ARTICLE, { outlet: 'maghreb-daily' });
    bodies.push(notification({ bucket: lab.bucket, key: 'maghreb-daily/sibling.txt', kind: 'put', size: siblingSize, sequencer: sequencerFor(98) }));
    const table = await lab.newTable();
    const s3 = lab.emulators.s3.client;
    const gets = countGets(s3);
    const deps = lab.deps(table, { blobs: new S3ArticleBlobs(s3) });
    const log = captureOutcomes();

    // Act
    const started = performance.now();
    const report = await deliver(lab.handler(deps), bodies, { batchSize: bodies.length }).finally(() => log.restore());
    const elapsedMs = performance.now() - started;

    // Assess
    const expected = [...objects.map(([key, , code]) => [key, code]), ['hostile/sixty-megabytes.txt', 'too-large']];
    const stored = await Promise.all(expected.map(async ([key]) => deps.store.getArticle(articleIdFor(lab.bucket, key as string))));
    const sibling = await deps.store.getArticle(articleIdFor(lab.bucket, 'maghreb-daily/sibling.txt'));
    const codes = stored.map((article, i) => [expected[i]?.[0], article?.status === 'failed' && article.error ? article.errorCode : article?.status]);
    console.log(
      `figure: hostile input — ${expected.length} hostile objects in a batch of ${bodies.length}: ${codes.map(([k, c]) => `${String(k).slice(8)}=${c}`).join(', ')}; ` +
        `sibling ${sibling?.status}; GetObject calls for the 60 MB object ${gets.get('hostile/sixty-megabytes.txt') ?? 0}; failed receives ${report.failedReceives}; batch ${elapsedMs.toFixed(0)} ms`,
    );
    expect(codes).toEqual(expected);
    expect(sibling).toMatchObject({ status: 'done', claimCount: expect.any(Number) });
    expect(sibling!.claimCount).toBeGreaterThan(0);
    expect(gets.get('hostile/sixty-megabytes.txt') ?? 0).toBe(0);
    expect(report.failedReceives).toBe(0);
    expect(elapsedMs).toBeLessThan(10_000);
  });

  it('rejects an object over the cap from the event alone in well under 200 ms', async () => {
    // Prepare
    const table = await lab.newTable();
    const handler = lab.handler(lab.deps(table));
    const body = notification({ bucket: lab.bucket, key: 'hostile/too-big.txt', kind: 'put', size: 60 * 1024 * 1024, sequencer: sequencerFor(1) });
    const log = captureOutcomes();
    await deliver(handler, [notification({ bucket: lab.bucket, key: 'hostile/warm-up.txt', kind: 'put', size: 60 * 1024 * 1024, sequencer: sequencerFor(1) })]);
    log.clear();

    // Act
    const report = await deliver(handler, [body]).finally(() => log.restore());

    // Assess
    console.log(`figure: over the cap — 60 MB object rejected from its event in ${report.elapsedMs.toFixed(0)} ms (${log.outcomes[0]?.code})`);
    expect(log.outcomes.map((o) => o.code)).toEqual(['too-large']);
    expect(report.elapsedMs).toBeLessThan(200);
  });

  it('stores the same claims for one article uploaded as UTF-8, UTF-8 with BOM, UTF-16LE/BE with BOM, Windows-1256 and ISO-8859-6', async () => {
    // Prepare: the article in a form each code page holds (ASCII quotation marks, Latin digits)
    const text = LEVANT_ARTICLE.replace('«', '"').replace('»', '"');
    const forms: Array<[string, Uint8Array]> = [
      ['utf-8', encode(text)],
      ['utf-8-bom', Uint8Array.from([0xef, 0xbb, 0xbf, ...encode(text)])],
      ['utf-16le-bom', Uint8Array.from([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')])],
      ['utf-16be-bom', Uint8Array.from([0xfe, 0xff, ...iconv.encode(text, 'utf-16be')])],
      ['windows-1256', iconv.encode(text, 'windows-1256')],
      ['iso-8859-6', iconv.encode(text, 'iso-8859-6')],
    ];
    const bodies: string[] = [];
    for (const [i, [name, bytes]] of forms.entries()) bodies.push(notification({ bucket: lab.bucket, key: `encodings/${name}.txt`, kind: 'put', size: await lab.upload(`encodings/${name}.txt`, bytes), sequencer: sequencerFor(i + 1) }));
    const table = await lab.newTable();
    const deps = lab.deps(table);
    const log = captureOutcomes();

    // Act
    await deliver(lab.handler(deps), bodies).finally(() => log.restore());

    // Assess: claims without their article-specific ids
    const claimsOf = async (name: string) =>
      (await (deps.store as unknown as { getClaims(id: string): Promise<Array<Record<string, unknown>>> }).getClaims(articleIdFor(lab.bucket, `encodings/${name}.txt`))).map(
        ({ id, articleId, ...rest }) => ({ ordinal: String(id).slice(String(articleId).length), ...rest }),
      );
    const reference = await claimsOf('utf-8');
    const same: string[] = [];
    for (const [name] of forms) if (JSON.stringify(await claimsOf(name)) === JSON.stringify(reference)) same.push(name);
    console.log(`figure: encodings end to end — ${same.length}/${forms.length} uploads store UTF-8's ${reference.length} claims`);
    expect(reference.length).toBeGreaterThan(0);
    expect(same).toEqual(forms.map(([name]) => name));
  });

  it('finds the one-word change through injected bidi and zero-width characters, and no API response carries one', async () => {
    // Prepare: invisibles in the quotation, before the verb, and in the S3 key itself (which no extractor cleans)
    const pair = await uploadPair(lab);
    const dirtyKey = 'gulf-courier/\u202Eخبر\u200B \u2066مقلوب\u2069.txt';
    const dirtyText = GULF_ARTICLE.replace('قال', '\u202Aقال').replace('الثقة', 'الث\u200Dقة\u202E').replace('تدميرها', 'تد\u200Bمير\uFEFFها\u2067').replace('الحوار', '\u200Fالحوار\u061C');
    const dirtySize = await lab.upload(dirtyKey, dirtyText, { outlet: 'gulf-courier', title: `=?UTF-8?B?${Buffer.from('عنوان \u202Eمقلوب', 'utf8').toString('base64')}?=` });
    const table = await lab.newTable();
    const deps = lab.deps(table);
    const log = captureOutcomes();
    await deliver(lab.handler(deps), [pair.levant, notification({ bucket: lab.bucket, key: dirtyKey, kind: 'put', size: dirtySize, sequencer: sequencerFor(5) })]).finally(() => log.restore());
    const dirtyId = articleIdFor(lab.bucket, dirtyKey);
    const api = createApiHandler({ reports: deps.store as never });

    // Act
    const findings = await (deps.store as unknown as { findingsForArticle(id: string): Promise<Array<{ kind: string; diff: Array<{ op: string; text: string }> }>> }).findingsForArticle(dirtyId);
    const paths = ['/findings', '/articles', `/articles/${dirtyId}`, `/articles/${dirtyId}/report`, `/articles/${dirtyId}/view`, '/', `/articles/${articleIdFor(lab.bucket, KEYS.levant)}/report`];
    const responses = await Promise.all(paths.map(async (path) => [path, (await api(apiEvent(path), apiContext)) as APIGatewayProxyStructuredResultV2] as const));

    // Assess
    const wording = findings.filter((f) => f.kind === 'quote-wording');
    const changed = wording[0]?.diff.filter((part) => part.op !== 'equal').map((part) => part.text.trim()).sort();
    const carrying = responses.filter(([, r]) => INVISIBLES.test(r.body ?? '') || /\\u(202[a-e]|206[6-9]|200[b-f]|feff)/i.test(r.body ?? ''));
    const keyShown = responses.some(([, r]) => (r.body ?? '').includes('خبر مقلوب'));
    console.log(
      `figure: bidi/zero-width — quote-wording findings ${wording.length}, changed words ${JSON.stringify(changed)}; ` +
        `${responses.length} API responses (${responses.map(([, r]) => r.statusCode).join('/')}) carrying an invisible character: ${carrying.length}`,
    );
    expect(changed).toEqual(['تدميرها', 'تقويضها']);
    expect(findings.filter((f) => f.kind !== 'quote-wording' && f.kind !== 'agreement')).toEqual([]);
    expect(responses.map(([, r]) => r.statusCode)).toEqual(paths.map(() => 200));
    expect(carrying.map(([path]) => path)).toEqual([]);
    expect(keyShown).toBe(true);
    expect((await deps.store.getArticle(dirtyId))?.key).toBe(dirtyKey); // stored as uploaded: the API must do the neutralising
  });
});
