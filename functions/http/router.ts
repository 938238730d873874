import httpRouterHandler from '@middy/http-router';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { ROUTES } from '../../infra/resources';
import { HttpError, NotFoundError } from '../../shared/errors';
import type { RouteHandler } from './routes';

/** A known path asked with a method it does not serve; `allow` feeds the Allow header. */
export class MethodNotAllowedError extends HttpError {
  override name = 'MethodNotAllowedError';
  constructor(readonly allow: readonly string[]) {
    super(405, 'Method not allowed');
  }
}

function pattern(template: string): RegExp {
  const escaped = template.replace(/[.+?^$()|[\]\\]/g, '\\$&').replace(/\{[^/{}]+\}/g, '[^/]+');
  return new RegExp(`^${escaped === '/' ? '/' : `${escaped}/?`}$`);
}

const COMPILED = ROUTES.map((route) => ({ ...route, pattern: pattern(route.path) }));

/** Methods ROUTES declares for a concrete request path (empty when the path is unknown). */
export function allowedMethods(path: string): string[] {
  return [...new Set(COMPILED.filter((route) => route.pattern.test(path)).map((route) => route.method))];
}

/** True for the routes ROUTES marks public (health probes): they answer without a token. */
export function isPublicPath(path: string): boolean {
  return COMPILED.some((route) => route.public === true && route.pattern.test(path));
}

function adapt(handle: RouteHandler) {
  return (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> =>
    handle({ params: event.pathParameters ?? {}, query: event.queryStringParameters ?? {} });
}

/**
 * @middy/http-router over ROUTES: every declared route must have a handler and every handler a declared
 * route, so the gateway (which reads ROUTES too) and the Lambda cannot drift apart.
 * Unknown paths are 404; known paths with another method are 405.
 */
export function createRouter(handlers: Record<string, RouteHandler>) {
  const declared = new Set(ROUTES.map((route) => route.path));
  const undeclared = Object.keys(handlers).filter((path) => !declared.has(path));
  const missing = [...declared].filter((path) => !Object.hasOwn(handlers, path));
  if (undeclared.length > 0 || missing.length > 0) {
    throw new Error(`Routes and handlers differ: missing ${missing.join(', ') || '-'}; undeclared ${undeclared.join(', ') || '-'}`);
  }
  return httpRouterHandler<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>({
    routes: ROUTES.map((route) => ({ method: route.method, path: route.path, handler: adapt(handlers[route.path] as RouteHandler) })),
    notFoundResponse: ({ path }) => {
      const allow = allowedMethods(path);
      throw allow.length > 0 ? new MethodNotAllowedError(allow) : new NotFoundError('Route not found');
    },
  });
}
