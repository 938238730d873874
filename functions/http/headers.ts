import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { neutralizeForDisplay } from '../../shared/text/normalize';
import type { SafeHtml } from './html';
import { STYLESHEET_HASH } from './styles';

/** JSON and every non-HTML answer: nothing may load, nothing may frame it. */
export const JSON_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * The analyst page: no script at all, the one inline stylesheet by hash, the filter form may only
 * submit to this origin, and no <base> can re-point the page's relative links.
 */
export const HTML_CSP = `default-src 'none'; style-src ${STYLESHEET_HASH}; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;

/** Headers every response carries, errors and 404s included (OWASP Secure Headers Project). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
});

const JSON_TYPE = 'application/json; charset=utf-8';
const HTML_TYPE = 'text/html; charset=utf-8';

function header(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (key.toLowerCase() === wanted) return String(value);
  }
  return undefined;
}

/**
 * Adds the security headers, replacing any same-named header whatever its case, and picks the CSP from
 * the content type. A response without a content type is treated as JSON.
 */
export function withSecurityHeaders(response: APIGatewayProxyStructuredResultV2): APIGatewayProxyStructuredResultV2 {
  const contentType = header(response.headers, 'content-type') ?? JSON_TYPE;
  const csp = contentType.startsWith('text/html') ? HTML_CSP : JSON_CSP;
  const fixed: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Security-Policy': csp, 'Content-Type': contentType };
  const wanted = new Set(Object.keys(fixed).map((name) => name.toLowerCase()));
  const kept = Object.entries(response.headers ?? {}).filter(([name]) => !wanted.has(name.toLowerCase()));
  return { ...response, headers: { ...Object.fromEntries(kept), ...fixed } };
}

// The single place where JSON output is neutralised: every string value, however deep, loses its
// bidi/invisible controls. Object keys are the API's own field names and are left alone.
function neutralizeStrings(_key: string, value: unknown): unknown {
  return typeof value === 'string' ? neutralizeForDisplay(value) : value;
}

/** A JSON response; every string in `body` is passed through neutralizeForDisplay. */
export function jsonResponse(
  statusCode: number,
  body: unknown,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: { ...headers, 'Content-Type': JSON_TYPE }, body: JSON.stringify(body, neutralizeStrings) };
}

/** An HTML response from an escaping template (html.ts neutralises and escapes every interpolated string). */
export function htmlResponse(statusCode: number, page: SafeHtml): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: { 'Content-Type': HTML_TYPE }, body: page.value };
}
