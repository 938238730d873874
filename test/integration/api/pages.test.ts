import { createHash } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { createApiHandler } from '../../../functions/api';
import { DynamoDbStore } from '../../../shared/adapters/dynamodb-store';
import type { Article, Claim, Finding } from '../../../shared/model';
import { articleIdFor } from '../../../shared/object-events';
import { type LocalDynamoDb, startDynamoDb } from '../../helpers/emulators';
import { assertInert } from '../../helpers/inert-html';

const A = articleIdFor('qarin-articles', 'sahil-news/2025/dam.html');
const B = articleIdFor('qarin-articles', 'wadi-post/2025/dam.html');
const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

function event(path: string, query: Record<string, string> = {}, headers: Record<string, string> = BROWSER): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: new URLSearchParams(query).toString(),
    headers: { host: 'qarin.example', 'x-forwarded-proto': 'https', ...headers },
    ...(Object.keys(query).length > 0 ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: '123456789012',
      apiId: 'api1234',
      domainName: 'qarin.example',
      domainPrefix: 'qarin',
      http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'Mozilla/5.0' },
      requestId: 'req-page',
      routeKey: '$default',
      stage: '$default',
      time: '01/Mar/2025:10:00:00 +0000',
      timeEpoch: 1740823200000,
    },
    isBase64Encoded: false,
  };
}

const context = { functionName: 'qarin-api', awsRequestId: 'aws-req-page', getRemainingTimeInMillis: () => 10_000 } as unknown as Context;

// The hostile article: what an outlet's HTML could carry into a quote once its text is extracted.
const HOSTILE_QUOTE =
  'لن نسمح\u202E بانهيار السد <script>alert(1)</script> <img src=x onerror=alert(1)> <a href="javascript:alert(1)">هنا</a>';

function article(id: string, outlet: string, overrides: Partial<Article> = {}): Article {
  return {
    id, bucket: 'qarin-articles', key: `${outlet}/2025/dam.html`, outlet, title: `سد الوادي <script>alert("${outlet}")</script>`,
    url: 'javascript:alert(document.cookie)', language: 'ar', publishedAt: '2025-04-10', status: 'done', error: null,
    errorCode: null, claimCount: 1, ingestedAt: '2025-04-10T09:00:00.000Z', sequencer: '00000000000000000000000000000001', ...overrides,
  };
}

function claim(articleId: string, outlet: string, quote: string, speaker: string): Claim {
  return {
    id: `${articleId}#0001`, articleId, outlet, kind: 'quote', text: `صرح ${speaker}: "${quote}"`, quote, speaker,
    speakerKey: 'ناصر', start: 0, end: 20, numbers: [], dates: [], negated: quote.startsWith('لن'),
  };
}

const claimA = claim(A, 'sahil-news', HOSTILE_QUOTE, 'مدير السدود ناصر\u2067 الحربي');
const claimB = claim(B, 'wadi-post', 'We will allow the dam to fail', 'Dams director Nasser Al-Harbi');

const HOSTILE_FINDING: Finding = {
  id: 'fnd-dam-negation',
  kind: 'negation',
  severity: 'major',
  similarity: 0.42,
  explanation: 'One outlet reports a refusal, the other an acceptance <b>(negation lost)</b>.',
  claim: { claimId: claimA.id, articleId: A, outlet: 'sahil-news', text: claimA.text, quote: claimA.quote, speaker: claimA.speaker },
  counterpart: { claimId: claimB.id, articleId: B, outlet: 'wadi-post', text: claimB.text, quote: claimB.quote, speaker: claimB.speaker },
  diff: [
    { op: 'delete', text: 'لن نسمح\u202E <script>alert(1)</script>' },
    { op: 'insert', text: 'We will allow javascript:alert(1)' },
    { op: 'equal', text: ' السد' },
  ],
  createdAt: '2025-04-10T10:00:00.000Z',
};

const QUIET_FINDINGS: Finding[] = Array.from({ length: 3 }, (_, index) => ({
  ...HOSTILE_FINDING,
  id: `fnd-dam-${index}`,
  kind: 'agreement',
  severity: 'info',
  similarity: 0.97,
  explanation: 'Same wording.',
  diff: [{ op: 'equal', text: 'السد' }],
  createdAt: `2025-04-10T09:0${index}:00.000Z`,
}));


function assertPageHeaders(response: APIGatewayProxyStructuredResultV2): void {
  const headers = response.headers ?? {};
  expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
  const css = /<style>([\s\S]*?)<\/style>/.exec(response.body ?? '')?.[1] ?? '';
  const hash = createHash('sha256').update(css, 'utf8').digest('base64');
  expect(headers['Content-Security-Policy']).toBe(
    `default-src 'none'; style-src 'sha256-${hash}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
  );
  expect(headers['X-Content-Type-Options']).toBe('nosniff');
  expect(headers['X-Frame-Options']).toBe('DENY');
  expect(headers['Referrer-Policy']).toBe('no-referrer');
  expect(headers['Cache-Control']).toBe('no-store');
  expect(headers['Strict-Transport-Security']).toMatch(/^max-age=\d+/);
}

let dynamo: LocalDynamoDb;
let page: ReturnType<typeof createApiHandler>;

async function get(path: string, query: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const response = (await page(event(path, query), context)) as APIGatewayProxyStructuredResultV2;
  assertPageHeaders(response);
  assertInert(response.body ?? '');
  return { status: response.statusCode ?? 0, body: response.body ?? '' };
}

function unescapeAttribute(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&#61;/g, '=').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

beforeAll(async () => {
  dynamo = await startDynamoDb();
  const store = new DynamoDbStore(dynamo.client, dynamo.tableName, { cursorSecret: 'pages-cursor-secret-0123456789' });
  await store.putArticle(article(A, 'sahil-news'));
  await store.putArticle(article(B, 'wadi-post', { url: 'https://wadi.example/dam?id=7', title: 'Dam director speaks', language: 'en' }));
  await store.putClaims([claimA, claimB].map((item) => ({ claim: item, signature: [7], indexKeys: [] })));
  await store.putFindings([HOSTILE_FINDING, ...QUIET_FINDINGS]);
  page = createApiHandler({ reports: store, logger: new Logger({ serviceName: 'qarin-pages-test', logLevel: 'SILENT' }) });
});

afterAll(async () => {
  await dynamo?.stop();
});

describe('GET / (findings feed page)', () => {
  it('renders a hostile quote as inert text with both sides, severity and the word diff', async () => {
    // Act
    const response = await get('/');

    // Assess
    expect(response.status).toBe(200);
    expect(response.body).toContain('<html lang="ar" dir="rtl">');
    expect(response.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(response.body).toContain('&lt;img src&#61;x onerror&#61;alert(1)&gt;');
    expect(response.body).toContain('&lt;a href&#61;&quot;javascript:alert(1)&quot;&gt;');
    expect(response.body).toContain('<bdi dir="auto">مدير السدود ناصر الحربي</bdi>');
    expect(response.body).toContain('<bdi dir="auto">Dams director Nasser Al-Harbi</bdi>');
    expect(response.body).toContain('<del>لن نسمح &lt;script&gt;alert(1)&lt;/script&gt;</del>');
    expect(response.body).toContain('<ins>We will allow javascript:alert(1)</ins>');
    expect(response.body).toContain('class="card sev-major kind-negation"');
    expect(response.body.match(/<article class="card/g)).toHaveLength(4);
  });

  it('filters with the GET form parameters and keeps the chosen kind selected', async () => {
    // Act
    const response = await get('/', { kind: 'negation', outlet: '', speaker: 'ناصر' });

    // Assess
    expect(response.body.match(/<article class="card/g)).toHaveLength(1);
    expect(response.body).toContain('<option value="negation" selected>');
    expect(response.body).toContain('name="speaker" dir="auto" value="ناصر"');
  });

  it('pages with cursor links that, followed, show every finding exactly once', async () => {
    // Prepare
    const seen: string[] = [];
    let query: Record<string, string> = { limit: '1' };

    // Act
    for (let hops = 0; hops < 10; hops++) {
      const response = await get('/', query);
      seen.push(...[...response.body.matchAll(/id="finding-([^"]+)"/g)].map((match) => match[1] as string));
      const next = /<a rel="next" href="([^"]+)"/.exec(response.body)?.[1];
      if (!next) break;
      query = Object.fromEntries(new URLSearchParams(unescapeAttribute(next).split('?')[1]));
    }

    // Assess
    expect(seen.sort()).toEqual([HOSTILE_FINDING, ...QUIET_FINDINGS].map((item) => item.id).sort());
  });

  it('answers an invalid filter with an HTML 400 page', async () => {
    // Act
    const response = await get('/', { kind: 'rumour' });

    // Assess
    expect(response.status).toBe(400);
    expect(response.body).toContain('خطأ <bdi dir="ltr">400</bdi>');
  });
});

describe('GET /articles/{id}/view', () => {
  it("shows the article's claims and its findings from its own side, never linking a javascript: URL", async () => {
    // Act
    const response = await get(`/articles/${B}/view`);

    // Assess
    expect(response.status).toBe(200);
    expect(response.body).toContain('<h1 dir="auto">Dam director speaks</h1>');
    expect(response.body).toContain('href="https://wadi.example/dam?id&#61;7"');
    expect(response.body).toContain('<td dir="auto">صرح Dams director Nasser Al-Harbi: &quot;We will allow the dam to fail&quot;</td>');
    const card = /<article class="card sev-major[\s\S]*?<\/article>/.exec(response.body)?.[0] ?? '';
    expect(card.indexOf('wadi-post')).toBeLessThan(card.indexOf('sahil-news'));
    expect(card).toContain('<ins>لن نسمح &lt;script&gt;alert(1)&lt;/script&gt;</ins>');
  });

  it('escapes a hostile title and shows a javascript: source URL as text only', async () => {
    // Act
    const response = await get(`/articles/${A}/view`);

    // Assess
    expect(response.body).toContain('سد الوادي &lt;script&gt;alert(&quot;sahil-news&quot;)&lt;/script&gt;');
    expect(response.body).toContain('<bdi dir="ltr">javascript:alert(document.cookie)</bdi>');
    expect(response.body).not.toContain('href="javascript');
  });

  it('is an HTML 404 page for an unknown article', async () => {
    // Act
    const response = await get('/articles/ffffffffffffffffffffffff/view');

    // Assess
    expect(response.status).toBe(404);
    expect(response.body).toContain('Article not found');
  });
});
