import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import openapi from '../../../docs/openapi.json';
import { createApiHandler } from '../../../functions/api';
import { ROUTES } from '../../../infra/resources';
import { DynamoDbStore } from '../../../shared/adapters/dynamodb-store';
import type { Article, Claim, Finding, FindingKind } from '../../../shared/model';
import { articleIdFor } from '../../../shared/object-events';
import { type LocalDynamoDb, startDynamoDb } from '../../helpers/emulators';

const CURSOR_SECRET = 'integration-cursor-secret-0123456789';
const TOKEN = 'local-api-token-0123456789abcdef';

// ---------- realistic API Gateway HTTP API (payload v2) events ----------

interface Call {
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** Per-route gateway integration: routeKey + pathParameters set by the gateway instead of `$default`. */
  gatewayRoute?: { routeKey: string; pathParameters: Record<string, string> };
}

function event(method: string, path: string, call: Call = {}): APIGatewayProxyEventV2 {
  const query = call.query ?? {};
  return {
    version: '2.0',
    routeKey: call.gatewayRoute?.routeKey ?? '$default',
    rawPath: path,
    rawQueryString: new URLSearchParams(query).toString(),
    headers: { host: 'qarin.example', 'user-agent': 'jest', 'x-forwarded-proto': 'https', ...call.headers },
    ...(Object.keys(query).length > 0 ? { queryStringParameters: query } : {}),
    ...(call.gatewayRoute ? { pathParameters: call.gatewayRoute.pathParameters } : {}),
    requestContext: {
      accountId: '123456789012',
      apiId: 'api1234',
      domainName: 'qarin.example',
      domainPrefix: 'qarin',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'jest' },
      requestId: `req-${Math.random().toString(16).slice(2)}`,
      routeKey: call.gatewayRoute?.routeKey ?? '$default',
      stage: '$default',
      time: '01/Mar/2025:10:00:00 +0000',
      timeEpoch: 1740823200000,
    },
    isBase64Encoded: false,
  };
}

const context = {
  functionName: 'qarin-api',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:qarin-api',
  memoryLimitInMB: '512',
  awsRequestId: 'aws-req-1',
  logGroupName: '/aws/lambda/qarin-api',
  logStreamName: 'stream',
  callbackWaitsForEmptyEventLoop: false,
  getRemainingTimeInMillis: () => 10_000,
} as unknown as Context;

// ---------- OpenAPI validation of every JSON response ----------

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addVocabulary(['openapi', 'jsonSchemaDialect', 'info', 'servers', 'tags', 'security', 'paths', 'components']);
ajv.addSchema(openapi, 'openapi');

type Json = Record<string, unknown>;
const pointer = (...parts: string[]) => parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

function resolve(node: Json): Json {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  return ref
    .slice(2)
    .split('/')
    .reduce<Json>((at, part) => at[part.replace(/~1/g, '/').replace(/~0/g, '~')] as Json, openapi as unknown as Json);
}

function templateOf(path: string): string {
  const route = ROUTES.find((candidate) => new RegExp(`^${candidate.path.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path));
  if (!route) throw new Error(`No route for ${path}`);
  return route.path;
}

/** Validates a JSON body against the schema the document declares for this path and status. */
function assertDocumented(path: string, status: number, body: unknown): void {
  const template = templateOf(path);
  const operation = (openapi.paths as unknown as Record<string, { get: { responses: Record<string, Json> } }>)[template]?.get;
  const declared = operation?.responses[String(status)];
  if (!declared) throw new Error(`${template} does not document status ${status}`);
  const response = resolve(declared);
  const content = response.content as Record<string, { schema: Json }>;
  const schema = content['application/json']?.schema;
  if (!schema) throw new Error(`${template} ${status} has no JSON schema`);
  const location =
    typeof schema.$ref === 'string'
      ? schema.$ref
      : `#/${pointer('paths', template, 'get', 'responses', String(status), 'content', 'application/json', 'schema')}`;
  const validate = ajv.getSchema(`openapi${location}`);
  if (!validate) throw new Error(`Schema not found: ${location}`);
  if (!validate(body)) throw new Error(`${template} ${status}: ${ajv.errorsText(validate.errors)}`);
}

// ---------- invoking the real handler ----------

type Handler = ReturnType<typeof createApiHandler>;

const EXPECTED_HEADERS: Record<string, string | RegExp> = {
  'Content-Security-Policy': /default-src 'none'.*frame-ancestors 'none'/,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Strict-Transport-Security': /^max-age=\d{7,}; includeSubDomains$/,
};

function assertSecured(response: APIGatewayProxyStructuredResultV2): void {
  for (const [name, value] of Object.entries(EXPECTED_HEADERS)) {
    expect(response.headers?.[name]).toMatch(value);
  }
}

async function call(handler: Handler, method: string, path: string, options: Call = {}) {
  const response = (await handler(event(method, path, options), context)) as APIGatewayProxyStructuredResultV2;
  assertSecured(response);
  const contentType = String(response.headers?.['Content-Type']);
  const body = contentType.startsWith('application/json') ? (JSON.parse(response.body ?? 'null') as Json) : response.body;
  if (contentType.startsWith('application/json') && method === 'GET' && response.statusCode !== 405) {
    try {
      assertDocumented(path, response.statusCode ?? 0, body);
    } catch (error) {
      if (!(error instanceof Error && error.message.startsWith('No route'))) throw error;
    }
  }
  return { status: response.statusCode, headers: response.headers ?? {}, body: body as Json, raw: response.body ?? '' };
}

// ---------- fixtures: three outlets, one story, written through the IngestStore ----------

const OUTLETS = ['sahil-news', 'wadi-post', 'atlas-hebdo'] as const;
const ids = OUTLETS.map((outlet) => articleIdFor('qarin-articles', `${outlet}/2025/port-bridge.txt`));
const [A, B, C] = ids as [string, string, string];
const KINDS: FindingKind[] = ['quote-wording', 'number', 'agreement', 'date', 'attribution'];
const FINDING_COUNT = 23;

function article(index: number): Article {
  const outlet = OUTLETS[index] as string;
  return {
    id: ids[index] as string,
    bucket: 'qarin-articles',
    key: `${outlet}/2025/port-bridge.txt`,
    outlet,
    title: ['وزير النقل: سنعيد بناء جسر الميناء خلال عامين', 'Minister pledges port bridge rebuild', 'Le ministre promet un pont'][index] ?? null,
    url: `https://${outlet}.example/port-bridge`,
    language: (['ar', 'en', 'fr'] as const)[index] ?? 'und',
    publishedAt: `2025-03-0${index + 1}`,
    status: 'done',
    error: null,
    errorCode: null,
    claimCount: 30,
    ingestedAt: `2025-03-0${index + 1}T08:00:00.000Z`,
    sequencer: `0000000000000000000000000000000${index}`,
  };
}

function claim(articleIndex: number, ordinal: number): Claim {
  const articleId = ids[articleIndex] as string;
  const quote = articleIndex === 0 ? `سنعيد بناء الجسر رقم ${ordinal} خلال عامين` : `we will rebuild bridge ${ordinal} within two years`;
  return {
    id: `${articleId}#${String(ordinal).padStart(4, '0')}`,
    articleId,
    outlet: OUTLETS[articleIndex] as string,
    kind: 'quote',
    text: articleIndex === 0 ? `قال وزير النقل سالم العبدلي: "${quote}".` : `Transport minister Salem Al-Abdali said: "${quote}".`,
    quote,
    speaker: articleIndex === 0 ? 'وزير النقل سالم العبدلي' : 'Salem Al-Abdali',
    speakerKey: 'العبدلي',
    start: 0,
    end: 40,
    numbers: [{ value: 2, text: articleIndex === 0 ? 'عامين' : 'two years', start: 30, end: 35 }],
    dates: [{ year: 2025, month: 3, day: null, text: 'مارس 2025', start: 1, end: 5 }],
    negated: false,
  };
}

function finding(index: number): Finding {
  const other = index % 4 === 3 ? 2 : 1;
  const left = claim(0, index);
  const right = claim(other, index);
  return {
    id: `fnd-${String(index).padStart(3, '0')}`,
    kind: KINDS[index % KINDS.length] as FindingKind,
    severity: index % 2 === 0 ? 'major' : 'minor',
    similarity: 0.5 + index / 200,
    explanation: 'الصيغتان تختلفان في كلمة واحدة',
    claim: { claimId: left.id, articleId: A, outlet: left.outlet, text: left.text, quote: left.quote, speaker: left.speaker },
    counterpart: { claimId: right.id, articleId: ids[other] as string, outlet: right.outlet, text: right.text, quote: right.quote, speaker: right.speaker },
    diff: [
      { op: 'equal', text: 'الجسر ' },
      { op: 'delete', text: 'سنعيد بناء' },
      { op: 'insert', text: 'rebuild' },
    ],
    createdAt: `2025-03-01T10:${String(index).padStart(2, '0')}:00.000Z`,
  };
}

// A quote that tries to reorder the page (U+202E) and to smuggle invisible characters into a speaker.
const BIDI_FINDING: Finding = {
  ...finding(99),
  id: 'fnd-bidi',
  kind: 'negation',
  claim: { ...finding(99).claim, quote: 'لن\u202E نوقع الاتفاق', speaker: 'الناطق\u200B باسم\u2066 الحكومة' },
  createdAt: '2025-03-02T00:00:00.000Z',
};

let dynamo: LocalDynamoDb;
let store: DynamoDbStore;
let api: Handler;
let guarded: Handler;
const logger = new Logger({ serviceName: 'qarin-api-test', logLevel: 'SILENT' });

beforeAll(async () => {
  dynamo = await startDynamoDb();
  store = new DynamoDbStore(dynamo.client, dynamo.tableName, { cursorSecret: CURSOR_SECRET });
  for (const index of [0, 1, 2]) await store.putArticle(article(index));
  const claims = [0, 1, 2].flatMap((articleIndex) => Array.from({ length: 30 }, (_, ordinal) => claim(articleIndex, ordinal)));
  await store.putClaims(claims.map((item) => ({ claim: item, signature: [1, 2, 3, 4], indexKeys: [] })));
  await store.putFindings([...Array.from({ length: FINDING_COUNT }, (_, index) => finding(index)), BIDI_FINDING]);
  api = createApiHandler({ reports: store, logger });
  guarded = createApiHandler({ reports: store, logger, apiToken: TOKEN });
});

afterAll(async () => {
  await dynamo?.stop();
});

async function walk(handler: Handler, path: string, query: Record<string, string>): Promise<Json[]> {
  const seen: Json[] = [];
  let cursor: string | null = null;
  for (let pageCount = 0; pageCount < 50; pageCount++) {
    const page = await call(handler, 'GET', path, { query: { ...query, ...(cursor ? { cursor } : {}) } });
    expect(page.status).toBe(200);
    seen.push(...(page.body.items as Json[]));
    cursor = page.body.nextCursor as string | null;
    if (cursor === null) return seen;
  }
  throw new Error('cursor walk did not end');
}

describe('GET /health', () => {
  it('answers ok without a token even when the API requires one', async () => {
    // Act
    const response = await call(guarded, 'GET', '/health');

    // Assess
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });
});

describe('GET /articles', () => {
  it('walks every article exactly once with a small page size', async () => {
    // Act
    const items = await walk(api, '/articles', { limit: '2' });

    // Assess
    expect(items.map((item) => item.id).sort()).toEqual([...ids].sort());
  });

  it('filters by outlet, whatever its case', async () => {
    // Act
    const response = await call(api, 'GET', '/articles', { query: { outlet: 'WADI-POST' } });

    // Assess
    expect((response.body.items as Json[]).map((item) => item.id)).toEqual([B]);
  });
});

describe('GET /articles/{id}', () => {
  it('returns the article with its claims', async () => {
    // Act
    const response = await call(api, 'GET', `/articles/${A}`);

    // Assess
    expect(response.status).toBe(200);
    expect(response.body.title).toBe('وزير النقل: سنعيد بناء جسر الميناء خلال عامين');
    const claims = response.body.claims as Json[];
    expect(claims).toHaveLength(30);
    expect(claims[0]).toMatchObject({ id: `${A}#0000`, kind: 'quote', speaker: 'وزير النقل سالم العبدلي', quote: 'سنعيد بناء الجسر رقم 0 خلال عامين' });
  });

  it('reads the id from pathParameters when the gateway routes per path', async () => {
    // Act
    const response = await call(api, 'GET', `/articles/${B}`, { gatewayRoute: { routeKey: 'GET /articles/{id}', pathParameters: { id: B } } });

    // Assess
    expect(response.status).toBe(200);
    expect(response.body.id).toBe(B);
  });

  it('is a JSON 404 for an unknown article', async () => {
    // Act
    const response = await call(api, 'GET', '/articles/0123456789abcdef01234567');

    // Assess
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: 'Article not found' });
  });
});

describe('GET /articles/{id}/report', () => {
  it("orients every finding so that `claim` is this article's side, with the diff inverted", async () => {
    // Act
    const report = await call(api, 'GET', `/articles/${B}/report`);

    // Assess
    expect(report.status).toBe(200);
    const findings = report.body.findings as Finding[];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((item) => item.claim.articleId === B && item.counterpart.articleId === A)).toBe(true);
    // Seen from B, the words only B has are deletions and A's wording is the insertion.
    const diff = findings[0]?.diff ?? [];
    expect(diff).toHaveLength(3);
    expect(diff).toEqual(
      expect.arrayContaining([
        { op: 'equal', text: 'الجسر ' },
        { op: 'insert', text: 'سنعيد بناء' },
        { op: 'delete', text: 'rebuild' },
      ]),
    );
  });

  it('keeps stored orientation for the article on the claim side', async () => {
    // Act
    const report = await call(api, 'GET', `/articles/${A}/report`);

    // Assess
    const findings = report.body.findings as Finding[];
    expect(findings).toHaveLength(FINDING_COUNT + 1);
    expect(findings.every((item) => item.claim.articleId === A)).toBe(true);
  });
});

describe('GET /findings', () => {
  it('returns 20 by default and walks every finding exactly once', async () => {
    // Act
    const first = await call(api, 'GET', '/findings');
    const all = await walk(api, '/findings', { limit: '7' });

    // Assess
    expect(first.body.items as Json[]).toHaveLength(20);
    const seen = all.map((item) => item.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(FINDING_COUNT + 1);
  });

  it.each(KINDS)('filters by kind %s', async (kind) => {
    // Act
    const items = await walk(api, '/findings', { kind, limit: '3' });

    // Assess
    const expected = Array.from({ length: FINDING_COUNT }, (_, index) => finding(index)).filter((item) => item.kind === kind);
    expect(items.map((item) => item.id).sort()).toEqual(expected.map((item) => item.id).sort());
  });

  it('filters by outlet on either side and by speaker', async () => {
    // Act
    const atlas = await walk(api, '/findings', { outlet: 'atlas-hebdo' });
    const speaker = await walk(api, '/findings', { speaker: 'العبدلي', kind: 'number' });
    const nobody = await walk(api, '/findings', { speaker: 'شخص آخر' });

    // Assess
    const stored = [...Array.from({ length: FINDING_COUNT }, (_, index) => finding(index)), BIDI_FINDING];
    const idsWhere = (keep: (item: Finding) => boolean) => stored.filter(keep).map((item) => item.id).sort();
    expect(atlas.map((item) => item.id).sort()).toEqual(idsWhere((item) => item.counterpart.outlet === 'atlas-hebdo'));
    expect(atlas.length).toBeGreaterThan(1);
    expect(speaker.map((item) => item.id).sort()).toEqual(
      idsWhere((item) => item.kind === 'number' && `${item.claim.speaker} ${item.counterpart.speaker}`.includes('العبدلي')),
    );
    expect(speaker.length).toBeGreaterThan(1);
    expect(nobody).toEqual([]);
  });

  it('removes bidi and invisible controls from every string it returns', async () => {
    // Act
    const response = await call(api, 'GET', '/findings', { query: { kind: 'negation' } });

    // Assess
    expect(response.raw).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF]|\\u202[a-eA-E]|\\u206[6-9]|\\u200[b-fB-F]/u);
    const [item] = response.body.items as Finding[];
    expect(item?.claim.quote).toBe('لن نوقع الاتفاق');
    expect(item?.claim.speaker).toBe('الناطق باسم الحكومة');
  });

  it.each([
    ['an unknown kind', { kind: 'rumour' }],
    ['limit 0', { limit: '0' }],
    ['limit 101', { limit: '101' }],
    ['limit that is not a number', { limit: 'ten' }],
    ['an unknown parameter', { sort: 'asc' }],
  ])('is a 400 for %s', async (_name, query) => {
    // Act
    const response = await call(api, 'GET', '/findings', { query });

    // Assess
    expect(response.status).toBe(400);
    expect(typeof response.body.message).toBe('string');
  });

  it('is a 400 for a tampered cursor and for a cursor minted for another filter', async () => {
    // Prepare
    const page = await call(api, 'GET', '/findings', { query: { limit: '5' } });
    const cursor = page.body.nextCursor as string;
    const [position, mac] = cursor.split('.') as [string, string];
    const edited = Buffer.from(position, 'base64url').toString('utf8').replace('fnd-', 'fnd-9');

    // Act
    const tampered = await call(api, 'GET', '/findings', { query: { cursor: `${Buffer.from(edited).toString('base64url')}.${mac}` } });
    const replayed = await call(api, 'GET', '/findings', { query: { cursor, kind: 'number' } });
    const garbage = await call(api, 'GET', '/articles', { query: { cursor: 'not-a-cursor' } });

    // Assess
    expect([tampered.status, replayed.status, garbage.status]).toEqual([400, 400, 400]);
    expect(tampered.body).toEqual({ message: 'Invalid cursor' });
  });
});

describe('routing and errors', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('is a 405 with Allow: GET for %s on a known path', async (method) => {
    // Act
    const response = await call(api, method, '/findings');

    // Assess
    expect(response.status).toBe(405);
    expect(response.headers.Allow).toBe('GET');
    expect(response.body).toEqual({ message: 'Method not allowed' });
  });

  it('is a JSON 404 for an unknown route', async () => {
    // Act
    const response = await call(api, 'GET', '/admin');

    // Assess
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: 'Route not found' });
  });

  it('is a generic 500 with a structured log line when the store fails', async () => {
    // Prepare: a store over a table that does not exist fails every read
    const broken = new DynamoDbStore(dynamo.client, 'qarin-missing-table', { cursorSecret: CURSOR_SECRET });
    const brokenLogger = new Logger({ serviceName: 'qarin-api-test', logLevel: 'SILENT' });
    const logged = jest.spyOn(brokenLogger, 'error');
    const handler = createApiHandler({ reports: broken, logger: brokenLogger });

    // Act
    const response = await call(handler, 'GET', '/findings');

    // Assess
    expect(response.status).toBe(500);
    expect(response.body).toEqual({ message: 'Internal server error' });
    expect(logged).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'Unhandled error in API', method: 'GET', path: '/findings' }),
      expect.objectContaining({ name: 'ResourceNotFoundException' }),
    );
  });

  it('serves the OpenAPI document it is validated against', async () => {
    // Act
    const response = await call(api, 'GET', '/openapi.json');

    // Assess
    expect(response.status).toBe(200);
    expect(response.body).toEqual(openapi);
  });
});

describe('bearer token (local runtime)', () => {
  it.each([
    ['no Authorization header', {}],
    ['a wrong token', { authorization: 'Bearer wrong-token-0123456789abcdef' }],
    ['another scheme', { authorization: `Basic ${TOKEN}` }],
  ])('is a 401 for %s', async (_name, headers) => {
    // Act
    const response = await call(guarded, 'GET', '/findings', { headers });

    // Assess
    expect(response.status).toBe(401);
    expect(response.headers['WWW-Authenticate']).toBe('Bearer realm="Qarin"');
    expect(response.body).toEqual({ message: 'Missing or invalid bearer token' });
  });

  it('answers with the right token, whatever the header name case', async () => {
    // Act
    const response = await call(guarded, 'GET', `/articles/${C}`, { headers: { Authorization: `Bearer ${TOKEN}` } });

    // Assess
    expect(response.status).toBe(200);
    expect(response.body.id).toBe(C);
  });

  it('challenges a browser with Basic and accepts the token as its password', async () => {
    // Prepare
    const browser = { accept: 'text/html,*/*;q=0.8' };
    const basic = `Basic ${Buffer.from(`analyst:${TOKEN}`, 'utf8').toString('base64')}`;
    const wrong = `Basic ${Buffer.from('analyst:guess-0123456789abcdef', 'utf8').toString('base64')}`;

    // Act
    const challenged = await call(guarded, 'GET', '/', { headers: browser });
    const refused = await call(guarded, 'GET', '/', { headers: { ...browser, authorization: wrong } });
    const admitted = await call(guarded, 'GET', '/', { headers: { ...browser, authorization: basic } });

    // Assess
    expect([challenged.status, refused.status, admitted.status]).toEqual([401, 401, 200]);
    expect(challenged.headers['WWW-Authenticate']).toBe('Basic realm="Qarin", charset="UTF-8"');
    expect(challenged.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(admitted.raw).toContain('<html lang="ar" dir="rtl">');
  });

  it('does not reveal which routes exist to a caller without a token', async () => {
    // Act
    const unknown = await call(guarded, 'GET', '/admin');
    const page = await call(guarded, 'GET', '/');

    // Assess
    expect([unknown.status, page.status]).toEqual([401, 401]);
  });
});

describe('the OpenAPI document', () => {
  it('describes every route in ROUTES with its error responses, and every schema compiles', () => {
    // Prepare
    const paths = openapi.paths as unknown as Record<string, { get?: { responses: Record<string, unknown> } }>;

    // Act + Assess
    expect(Object.keys(paths).sort()).toEqual(ROUTES.map((route) => route.path).sort());
    for (const route of ROUTES) {
      const codes = Object.keys(paths[route.path]?.get?.responses ?? {});
      expect(codes).toEqual(expect.arrayContaining(['200', '405', '500', ...(route.public ? [] : ['401'])]));
    }
    for (const name of Object.keys(openapi.components.schemas)) {
      expect(ajv.getSchema(`openapi#/components/schemas/${name}`)).toBeDefined();
    }
  });
});
