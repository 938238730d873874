/**
 * A loopback stand-in for API Gateway HTTP API: each Node request becomes a payload-format 2.0 event
 * (the `$default` route, so routing stays in the api function as in production) and the function's
 * structured result is written back. Shapes follow the Lambda developer guide, "Working with HTTP API
 * payload format 2.0": lower-cased headers with repeated values comma-joined, cookies split out of the
 * Cookie header, repeated query parameters comma-joined, and a string result meaning a 200 JSON body.
 */
import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyResultV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';

export type HttpApiHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2 | undefined>;

/** API Gateway's own limit on a request payload (HTTP API quotas). */
export const MAX_REQUEST_BYTES = 10 * 1024 * 1024;

const TEXT_CONTENT = /^(text\/|application\/(json|xml|javascript|x-www-form-urlencoded)|[^;]*\+(json|xml))/i;

/** Translates one request (its body already read) into the event API Gateway would send. */
export function toHttpApiEvent(req: IncomingMessage, body: Buffer, now: Date = new Date()): APIGatewayProxyEventV2 {
  const url = req.url ?? '/';
  const queryStart = url.indexOf('?');
  const rawPath = queryStart < 0 ? url : url.slice(0, queryStart);
  const rawQueryString = queryStart < 0 ? '' : url.slice(queryStart + 1);

  const sourceIp = (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
  const headers: Record<string, string> = {};
  for (const [name, values] of Object.entries(req.headersDistinct)) {
    if (name === 'cookie' || values === undefined) continue;
    headers[name] = values.join(',');
  }
  // Added by API Gateway in front of every integration.
  headers['x-forwarded-for'] = headers['x-forwarded-for'] ? `${headers['x-forwarded-for']}, ${sourceIp}` : sourceIp;
  headers['x-forwarded-proto'] = 'http';
  headers['x-forwarded-port'] = String(req.socket.localPort ?? '');
  const cookies = (req.headersDistinct.cookie ?? [])
    .flatMap((value) => value.split(';'))
    .map((cookie) => cookie.trim())
    .filter((cookie) => cookie.length > 0);

  const query: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(rawQueryString)) {
    query[name] = name in query ? `${query[name]},${value}` : value;
  }

  const method = (req.method ?? 'GET').toUpperCase();
  const textual = TEXT_CONTENT.test(headers['content-type'] ?? 'text/plain');
  const event: APIGatewayProxyEventV2 = {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? '127.0.0.1',
      domainPrefix: (headers.host ?? '127.0.0.1').split('.')[0] ?? 'local',
      http: {
        method,
        path: rawPath,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: formatRequestTime(now),
      timeEpoch: now.getTime(),
    },
    isBase64Encoded: false,
  };
  if (cookies.length > 0) event.cookies = cookies;
  if (Object.keys(query).length > 0) event.queryStringParameters = query;
  if (body.length > 0) {
    event.body = textual ? body.toString('utf8') : body.toString('base64');
    event.isBase64Encoded = !textual;
  }
  return event;
}

/** Writes a function result as API Gateway would: a bare string or object is a 200 JSON body. */
export function writeHttpApiResult(res: ServerResponse, result: APIGatewayProxyResultV2 | undefined): void {
  const structured: APIGatewayProxyStructuredResultV2 =
    typeof result === 'object' && result !== null && 'statusCode' in result
      ? result
      : { statusCode: 200, headers: { 'content-type': 'application/json' }, body: typeof result === 'string' ? result : JSON.stringify(result ?? null) };
  for (const [name, value] of Object.entries(structured.headers ?? {})) res.setHeader(name, String(value));
  if (structured.cookies?.length) res.setHeader('set-cookie', structured.cookies);
  const body = structured.body === undefined ? Buffer.alloc(0) : Buffer.from(structured.body, structured.isBase64Encoded ? 'base64' : 'utf8');
  res.statusCode = structured.statusCode ?? 200;
  res.setHeader('content-length', body.length);
  res.end(body);
}

export interface GatewayOptions {
  handler: HttpApiHandler;
  makeContext: () => Context;
  log: (message: string, details?: Record<string, unknown>) => void;
}

/** An HTTP server (not yet listening) that runs every request through the api function. */
export function createHttpApiServer(options: GatewayOptions): Server {
  return createServer((req, res) => {
    void serve(req, res, options);
  });
}

async function serve(req: IncomingMessage, res: ServerResponse, options: GatewayOptions): Promise<void> {
  let body: Buffer;
  try {
    body = await readBody(req);
  } catch {
    res.setHeader('connection', 'close');
    return sendGatewayError(res, 413, 'Request Entity Too Large');
  }
  try {
    const result = await options.handler(toHttpApiEvent(req, body), options.makeContext());
    writeHttpApiResult(res, result);
  } catch (error) {
    // What API Gateway answers when the integration fails; the details stay in the local log.
    options.log('api handler failed', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    sendGatewayError(res, 500, 'Internal Server Error');
  }
}

function sendGatewayError(res: ServerResponse, statusCode: number, message: string): void {
  if (res.headersSent) return void res.end();
  writeHttpApiResult(res, { statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message }) });
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_REQUEST_BYTES) return void chunks.push(chunk);
      // Stop buffering but keep reading, so the 413 can still be written on this connection.
      req.off('data', onData);
      req.resume();
      reject(new Error('too large'));
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** API Gateway's `requestContext.time` format, e.g. `12/Nov/2026:18:30:00 +0000`. */
function formatRequestTime(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}:${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}
