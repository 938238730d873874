import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import openapi from '../../docs/openapi.json';
import { NotFoundError } from '../../shared/errors';
import { orientFinding } from '../../shared/matching/compare';
import type { Article, Finding } from '../../shared/model';
import type { ReportStore } from '../../shared/ports';
import { htmlResponse, jsonResponse } from './headers';
import { presentArticle, presentClaim, presentFinding } from './present';
import { articleParams, articleQuery, emptyQuery, findingQuery, parse } from './query';
import { articlePage, feedPage } from './views';

/** What a route sees of the request: path parameters and the query string, still unparsed. */
export interface RouteRequest {
  params: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
}

export type RouteHandler = (request: RouteRequest) => Promise<APIGatewayProxyStructuredResultV2>;

function articleId(request: RouteRequest): string {
  parse(emptyQuery, request.query, 'query');
  return parse(articleParams, request.params, 'path').id;
}

function found(article: Article | null): Article {
  if (article === null) throw new NotFoundError('Article not found');
  return article;
}

function oriented(findings: Finding[], articleId: string): Finding[] {
  return findings.map((finding) => presentFinding(orientFinding(finding, articleId)));
}

/**
 * Handlers keyed by the paths of ROUTES (infra/resources.ts). Each one parses its input with zod,
 * calls the ReportStore and shapes the answer; nothing else.
 */
export function routeHandlers(reports: ReportStore): Record<string, RouteHandler> {
  return {
    '/health': async (request) => {
      parse(emptyQuery, request.query, 'query');
      return jsonResponse(200, { status: 'ok' });
    },

    '/openapi.json': async (request) => {
      parse(emptyQuery, request.query, 'query');
      return jsonResponse(200, openapi);
    },

    '/articles': async (request) => {
      const query = parse(articleQuery, request.query, 'query');
      const page = await reports.listArticles(query);
      return jsonResponse(200, { items: page.items.map(presentArticle), nextCursor: page.nextCursor });
    },

    '/articles/{id}': async (request) => {
      const id = articleId(request);
      const [article, claims] = await Promise.all([reports.getArticle(id), reports.getClaims(id)]);
      return jsonResponse(200, { ...presentArticle(found(article)), claims: claims.map(presentClaim) });
    },

    '/articles/{id}/report': async (request) => {
      const id = articleId(request);
      const [article, findings] = await Promise.all([reports.getArticle(id), reports.findingsForArticle(id)]);
      return jsonResponse(200, { article: presentArticle(found(article)), findings: oriented(findings, id) });
    },

    '/findings': async (request) => {
      const query = parse(findingQuery, request.query, 'query');
      const page = await reports.listFindings(query);
      return jsonResponse(200, { items: page.items.map(presentFinding), nextCursor: page.nextCursor });
    },

    '/': async (request) => {
      const query = parse(findingQuery, request.query, 'query');
      const page = await reports.listFindings(query);
      return htmlResponse(200, feedPage(page.items.map(presentFinding), page.nextCursor, query));
    },

    '/articles/{id}/view': async (request) => {
      const id = articleId(request);
      const [article, claims, findings] = await Promise.all([
        reports.getArticle(id),
        reports.getClaims(id),
        reports.findingsForArticle(id),
      ]);
      return htmlResponse(200, articlePage(presentArticle(found(article)), claims, oriented(findings, id)));
    },
  };
}
