/**
 * Typed errors. Per-article problems end as `status: failed` on that article; HTTP-facing errors
 * carry their status code and are the only ones whose message reaches a client (middy's `expose` rule).
 */

export type RejectionCode =
  | 'empty'
  | 'binary'
  | 'undecodable'
  | 'too-large'
  | 'too-deep'
  | 'unsafe-xml'
  | 'malformed'
  | 'not-found'
  /** More claims than one ingest can index within its timeout (a transcript, or a hostile quote flood). */
  | 'too-many-claims'
  /** The analysis itself threw on this input (a defect, e.g. a stack overflow): deterministic, so not retried. */
  | 'unprocessable';

/** The article itself is unusable. The pipeline records it as failed and moves on; retrying cannot help. */
export class ArticleRejectedError extends Error {
  override name = 'ArticleRejectedError';
  constructor(
    readonly code: RejectionCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** An error an API client caused or may see; `status` is the HTTP status to answer with. */
export class HttpError extends Error {
  override name = 'HttpError';
  readonly expose = true;
  constructor(
    readonly status: number,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export class NotFoundError extends HttpError {
  override name = 'NotFoundError';
  constructor(message: string) {
    super(404, message);
  }
}

export class BadRequestError extends HttpError {
  override name = 'BadRequestError';
  constructor(message: string, options?: ErrorOptions) {
    super(400, message, options);
  }
}

export class UnauthorizedError extends HttpError {
  override name = 'UnauthorizedError';
  constructor() {
    super(401, 'Missing or invalid bearer token');
  }
}

/** Configuration is missing or invalid: fail fast at cold start, naming the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
