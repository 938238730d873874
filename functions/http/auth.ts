import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { UnauthorizedError } from '../../shared/errors';

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

function presented(authorization: string | undefined): string {
  const bearer = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? '');
  if (bearer) return bearer[1] ?? '';
  // Browsers cannot send a bearer token from a plain link or form, but they answer a Basic challenge
  // natively (no JavaScript): the analyst types any user name and the token as the password.
  const basic = /^Basic[ ]+([A-Za-z0-9+/]+={0,2})\s*$/i.exec(authorization ?? '');
  if (!basic) return '';
  const decoded = Buffer.from(basic[1] ?? '', 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? '' : decoded.slice(colon + 1);
}

/**
 * True when `authorization` carries the token: `Bearer <token>`, or `Basic` with the token as password
 * (what a browser sends after the page's Basic challenge). Both sides are hashed first so the comparison
 * is constant-time and does not leak the token's length.
 */
export function credentialsMatch(authorization: string | undefined, expected: string): boolean {
  const token = presented(authorization);
  const same = timingSafeEqual(digest(token), digest(expected));
  return same && token.length > 0;
}

/**
 * Local-runtime protection: when `apiToken` is set, every request whose path is not public needs the
 * token (see credentialsMatch), else 401. In AWS the token is unset and the gateway's IAM authorizer decides instead.
 * Runs after header normalisation, so the header name is lower-case.
 */
export function bearerAuth(
  apiToken: string | undefined,
  isPublic: (path: string) => boolean,
): MiddlewareObj<APIGatewayProxyEventV2> {
  return {
    before: (request) => {
      if (apiToken === undefined) return;
      const path = request.event.requestContext?.http?.path ?? request.event.rawPath;
      if (isPublic(path)) return;
      if (!credentialsMatch(request.event.headers?.authorization, apiToken)) throw new UnauthorizedError();
    },
  };
}
