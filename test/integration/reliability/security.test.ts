import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENV } from '../../../infra/resources';
import { type LocalStack, startLocalStack } from '../../../local/stack';

// What test/integration/local/stack.test.ts and test/integration/api/*.test.ts do not show: that the local
// servers really refuse other interfaces (not only that the printed URL says 127.0.0.1), that the token comes
// from the QARIN_API_TOKEN variable itself, and that security headers survive the HTTP gateway on every status.

/** Resolves true if a TCP connection to host:port opens. */
function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 1_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Addresses that reach this machine but are not 127.0.0.1: another loopback address, and every external IPv4. */
const otherAddresses = (): string[] => [
  '127.0.0.2', // still loopback, but a server bound to 127.0.0.1 (not 0.0.0.0) refuses it on Linux
  ...Object.values(networkInterfaces())
    .flat()
    .filter((info) => info !== undefined && !info.internal && info.family === 'IPv4')
    .map((info) => info!.address),
];

const TOKEN = 'env-token-0123456789abcdef';

describe('local runtime security', () => {
  let dataDir: string;
  let stack: LocalStack;
  const previous = process.env[ENV.apiToken];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'qarin-security-'));
    process.env[ENV.apiToken] = TOKEN;
    stack = await startLocalStack({ apiPort: 0, s3Port: 0, dynamoDbPort: 0, dataDir, samples: false, quiet: true });
  });

  afterAll(async () => {
    await stack?.close();
    if (previous === undefined) delete process.env[ENV.apiToken];
    else process.env[ENV.apiToken] = previous;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only: the API, S3 and DynamoDB ports refuse every other address', async () => {
    // Prepare
    const ports = Object.fromEntries(Object.entries(stack.urls).map(([name, url]) => [name, Number(new URL(url).port)]));

    // Act
    const reachable: string[] = [];
    const refused: string[] = [];
    for (const [name, port] of Object.entries(ports)) {
      if (!(await canConnect('127.0.0.1', port))) refused.push(`${name}@127.0.0.1`);
      for (const host of otherAddresses()) if (await canConnect(host, port)) reachable.push(`${name}@${host}`);
    }

    // Assess
    console.log(`figure: loopback — ports ${JSON.stringify(ports)} reachable from ${otherAddresses().join(', ')}: ${reachable.length}`);
    expect(refused).toEqual([]);
    expect(reachable).toEqual([]);
  });

  it('requires the bearer token from QARIN_API_TOKEN on every route but /health', async () => {
    // Act
    const open = await fetch(`${stack.urls.api}/articles`);
    const wrong = await fetch(`${stack.urls.api}/articles`, { headers: { authorization: 'Bearer not-the-token-0123456789' } });
    const right = await fetch(`${stack.urls.api}/articles`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const health = await fetch(`${stack.urls.api}/health`);

    // Assess
    expect([open.status, wrong.status, right.status, health.status]).toEqual([401, 401, 200, 200]);
  });

  it('sends CSP, nosniff and no-store over HTTP on every status the API answers', async () => {
    // Prepare: 200 JSON, 200 HTML, 401, 404, 400 (forged cursor), 405
    const auth = { authorization: `Bearer ${TOKEN}` };
    const requests: Array<[string, RequestInit]> = [
      ['/findings', { headers: auth }],
      ['/', { headers: { ...auth, accept: 'text/html' } }],
      ['/articles', {}],
      ['/articles/0123456789abcdef01234567', { headers: auth }],
      ['/no-such-route', { headers: auth }],
      ['/findings?cursor=eyJwayI6IkFSVCNvdGhlciJ9.forged', { headers: auth }],
      ['/findings', { headers: auth, method: 'POST', body: '{}' }],
    ];

    // Act
    const responses = await Promise.all(requests.map(async ([path, init]) => [path, await fetch(`${stack.urls.api}${path}`, init)] as const));

    // Assess
    const missing = responses.flatMap(([path, r]) =>
      [
        ['content-security-policy', /default-src 'none'/],
        ['x-content-type-options', /^nosniff$/],
        ['cache-control', /no-store/],
      ]
        .filter(([name, value]) => !(value as RegExp).test(r.headers.get(name as string) ?? ''))
        .map(([name]) => `${r.status} ${path}: ${String(name)}`),
    );
    console.log(`figure: security headers — ${responses.length} responses (${responses.map(([, r]) => r.status).join('/')}), missing a header: ${missing.length}`);
    expect(responses.map(([, r]) => r.status)).toEqual([200, 200, 401, 404, 404, 400, 405]);
    expect(missing).toEqual([]);
  });
});
