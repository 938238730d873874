import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { ReportStore } from '../shared/ports';
import { loadConfig } from './config';
import { httpStack } from './http/middleware';
import { createRouter, isPublicPath } from './http/router';
import { routeHandlers } from './http/routes';
import { createApiDeps, logger as sharedLogger } from './wiring';

export interface ApiDeps {
  reports: ReportStore;
  /** Local runtime only; in AWS the gateway's IAM authorizer protects the routes. */
  apiToken?: string | undefined;
  logger?: Logger;
}

/** The analysts' API and page over a ReportStore. Tests call it with real stores. */
export function createApiHandler(deps: ApiDeps) {
  return httpStack(createRouter(routeHandlers(deps.reports)), {
    logger: deps.logger ?? new Logger({ serviceName: 'qarin-api' }),
    apiToken: deps.apiToken,
    isPublic: isPublicPath,
  });
}

let built: ReturnType<typeof createApiHandler> | undefined;

/** Lambda entry: configuration and clients are built on the first invocation, then reused. */
export const handler = (event: APIGatewayProxyEventV2, context: Context): Promise<APIGatewayProxyStructuredResultV2> => {
  built ??= createApiHandler({ ...createApiDeps(loadConfig()), logger: sharedLogger });
  return built(event, context);
};
