import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { closeServer } from '../../../local/emulators';
import { createHttpApiServer } from '../../../local/http-gateway';
import { lambdaContextFactory } from '../../../local/lambda-context';

describe('the local HTTP API gateway', () => {
  let server: Server;
  let base: string;
  const events: APIGatewayProxyEventV2[] = [];
  let reply: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyResultV2 | undefined>;

  beforeAll(async () => {
    server = createHttpApiServer({
      handler: async (event) => {
        events.push(event);
        return reply(event);
      },
      makeContext: lambdaContextFactory({ functionName: 'api', timeoutSeconds: 10, memoryMb: 128 }),
      log: () => undefined,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => closeServer(server));

  beforeEach(() => {
    events.length = 0;
    reply = async () => ({ statusCode: 204 });
  });

  it('builds a payload 2.0 event with the raw path, lower-cased headers, joined query values and cookies', async () => {
    // Act
    await fetch(`${base}/findings?kind=quote-wording&outlet=a&outlet=b&speaker=%D8%B9%D8%A8%D9%88%D8%AF`, {
      headers: { 'X-Custom': 'Yes', Cookie: 'a=1; b=2', Authorization: 'Bearer t0ken' },
    });

    // Assess
    const event = events[0]!;
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: '$default',
      rawPath: '/findings',
      rawQueryString: 'kind=quote-wording&outlet=a&outlet=b&speaker=%D8%B9%D8%A8%D9%88%D8%AF',
      queryStringParameters: { kind: 'quote-wording', outlet: 'a,b', speaker: 'عبود' },
      cookies: ['a=1', 'b=2'],
      isBase64Encoded: false,
      requestContext: { http: { method: 'GET', path: '/findings', sourceIp: '127.0.0.1' }, stage: '$default' },
    });
    expect(event.headers).toMatchObject({ 'x-custom': 'Yes', authorization: 'Bearer t0ken' });
    expect(event.headers.cookie).toBeUndefined();
    expect(event.pathParameters).toBeUndefined();
  });

  it('leaves queryStringParameters out when there is no query string', async () => {
    // Act
    await fetch(`${base}/health`);

    // Assess
    expect(events[0]?.queryStringParameters).toBeUndefined();
    expect(events[0]?.rawQueryString).toBe('');
  });

  it('writes back status, headers and a UTF-8 body from a structured result', async () => {
    // Prepare
    reply = async () => ({ statusCode: 404, headers: { 'content-type': 'application/json', 'x-content-type-options': 'nosniff' }, body: '{"message":"غير موجود"}' });

    // Act
    const response = await fetch(`${base}/articles/x`);

    // Assess
    expect(response.status).toBe(404);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.json()).toEqual({ message: 'غير موجود' });
  });

  it('decodes a base64 result body and treats a bare string result as a 200 JSON body', async () => {
    // Prepare
    reply = async (event) =>
      event.rawPath === '/bin'
        ? { statusCode: 200, headers: { 'content-type': 'application/octet-stream' }, body: Buffer.from([0, 1, 254]).toString('base64'), isBase64Encoded: true }
        : '{"ok":true}';

    // Act
    const binary = Buffer.from(await (await fetch(`${base}/bin`)).arrayBuffer());
    const bare = await fetch(`${base}/bare`);

    // Assess
    expect([...binary]).toEqual([0, 1, 254]);
    expect(bare.status).toBe(200);
    expect(bare.headers.get('content-type')).toBe('application/json');
    expect(await bare.json()).toEqual({ ok: true });
  });

  it('passes a binary request body base64-encoded and a JSON one as text', async () => {
    // Act
    await fetch(`${base}/upload`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: new Uint8Array([255, 0]) });
    await fetch(`${base}/upload`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":"ب"}' });

    // Assess
    expect(events[0]).toMatchObject({ body: Buffer.from([255, 0]).toString('base64'), isBase64Encoded: true });
    expect(events[1]).toMatchObject({ body: '{"a":"ب"}', isBase64Encoded: false });
  });

  it('answers 500 with a generic message when the function throws, and keeps serving', async () => {
    // Prepare
    reply = async () => {
      throw new Error('secret stack detail');
    };

    // Act
    const failed = await fetch(`${base}/boom`);
    const text = await failed.text();
    reply = async () => ({ statusCode: 200, body: 'still here' });
    const after = await fetch(`${base}/health`);

    // Assess
    expect(failed.status).toBe(500);
    expect(text).not.toContain('secret');
    expect(await after.text()).toBe('still here');
  });
});
