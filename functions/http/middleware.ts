import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy, { type MiddlewareObj, type MiddyfiedHandler } from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context, Handler } from 'aws-lambda';
import { HttpError, UnauthorizedError } from '../../shared/errors';
import { bearerAuth } from './auth';
import { htmlResponse, jsonResponse, withSecurityHeaders } from './headers';
import { MethodNotAllowedError } from './router';
import { errorPage } from './views';

type Event = APIGatewayProxyEventV2;
type Result = APIGatewayProxyStructuredResultV2;

/** Errors that may be shown: our HttpError family, or middy's own `createError` 4xx (`expose` rule). */
function exposed(error: unknown): { status: number; message: string } | null {
  if (error instanceof HttpError) return { status: error.status, message: error.message };
  if (error instanceof Error && 'expose' in error && error.expose === true && 'statusCode' in error) {
    const status = Number(error.statusCode);
    if (Number.isInteger(status) && status >= 400 && status < 500) return { status, message: error.message };
  }
  return null;
}

// Browsers asking for a page get an error page; API clients (no Accept, or JSON) get `{ message }`.
// Case-insensitive lookup: an error may be thrown before the header normaliser has run.
function wantsHtml(event: Event): boolean {
  const accept = Object.entries(event.headers ?? {}).find(([name]) => name.toLowerCase() === 'accept')?.[1] ?? '';
  return accept.includes('text/html');
}

function errorHeaders(error: unknown, html: boolean): Record<string, string> {
  if (error instanceof UnauthorizedError) {
    return { 'WWW-Authenticate': html ? 'Basic realm="Qarin", charset="UTF-8"' : 'Bearer realm="Qarin"' };
  }
  if (error instanceof MethodNotAllowedError) return { Allow: error.allow.join(', ') };
  return {};
}

/** The one mapping from any thrown value to a response. Unknown errors: generic 500 + structured log line. */
export function errorResponse(error: unknown, event: Event, logger: Logger): Result {
  let shown = exposed(error);
  if (shown === null) {
    logger.error(
      { message: 'Unhandled error in API', method: event.requestContext?.http?.method, path: event.requestContext?.http?.path },
      error instanceof Error ? error : new Error(String(error)),
    );
    shown = { status: 500, message: 'Internal server error' };
  }
  const html = wantsHtml(event);
  const response = html ? htmlResponse(shown.status, errorPage(shown.status, shown.message)) : jsonResponse(shown.status, { message: shown.message });
  return { ...response, headers: { ...response.headers, ...errorHeaders(error, html) } };
}

/**
 * Outermost middleware (so its hooks run last): security headers on every success, and on every error
 * after mapping it, so 401/404/405/500 carry the same headers as a 200.
 */
function secureResponses(logger: Logger): MiddlewareObj<Event, Result> {
  return {
    after: (request) => {
      if (!request.response) throw new Error('Route handler returned no response');
      request.response = withSecurityHeaders(request.response);
    },
    onError: (request) => {
      request.response = withSecurityHeaders(errorResponse(request.error, request.event, logger));
    },
  };
}

export interface HttpStackOptions {
  logger: Logger;
  /** When set (local runtime), non-public routes need the token (Bearer, or Basic password for browsers). */
  apiToken?: string | undefined;
  isPublic: (path: string) => boolean;
}

/** The shared middy stack every HTTP function uses: logging context, header names, auth, errors and headers. */
export function httpStack(handler: Handler<Event, Result>, options: HttpStackOptions): MiddyfiedHandler<Event, Result, Error, Context> {
  return middy<Event, Result, Error, Context>()
    .use(secureResponses(options.logger))
    .use(injectLambdaContext(options.logger, { resetKeys: true }))
    .use(httpHeaderNormalizer())
    .use(bearerAuth(options.apiToken, options.isPublic))
    .handler(handler as never);
}
