import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { UnauthorizedError } from '../../shared/errors';

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * True when `authorization` is `Bearer <expected>`. Both sides are hashed first so the comparison is
 * constant-time and does not leak the token's length.
 */
export function bearerMatches(authorization: string | undefined, expected: string): boolean {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? '');
  const presented = match?.[1] ?? '';
  const same = timingSafeEqual(digest(presented), digest(expected));
  return same && presented.length > 0;
}

/**
 * Local-runtime protection: when `apiToken` is set, every request whose path is not public needs the
 * bearer token, else 401. In AWS the token is unset and the gateway's IAM authorizer decides instead.
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
      if (!bearerMatches(request.event.headers?.authorization, apiToken)) throw new UnauthorizedError();
    },
  };
}
