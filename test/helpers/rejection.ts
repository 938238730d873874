import { ArticleRejectedError } from '../../shared/errors';

/** The code of the ArticleRejectedError `run` throws; any other outcome fails the test. */
export function rejection(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ArticleRejectedError) return error.code;
    throw error;
  }
  throw new Error('expected a rejection');
}
