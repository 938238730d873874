// zod/mini keeps the api bundle within its 300 KB budget (full zod alone is ~440 KB). It ships no
// English messages, so each check names what it expects.
import * as z from 'zod/mini';
import { BadRequestError } from '../../shared/errors';
import { DISCREPANCY_KINDS, type FindingKind } from '../../shared/model';

export const FINDING_KINDS: readonly FindingKind[] = ['agreement', ...DISCREPANCY_KINDS];

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

// A plain GET form submits blank fields as `name=`: blank means "no filter", not an invalid one.
const blankAsMissing = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const blankIsMissing = <T extends z.ZodMiniType>(schema: T) => z.pipe(z.transform(blankAsMissing), schema);

const text = (max: number) =>
  blankIsMissing(
    z.optional(z.string({ error: 'must be text' }).check(z.trim(), z.maxLength(max, `must be at most ${max} characters`))),
  );

const limit = blankIsMissing(
  z._default(
    z.pipe(
      z.string({ error: 'must be an integer' }).check(z.regex(/^\d{1,3}$/, 'must be an integer')),
      z.pipe(
        z.transform(Number),
        z.int().check(z.minimum(1, 'must be at least 1'), z.maximum(MAX_LIMIT, `must be at most ${MAX_LIMIT}`)),
      ),
    ),
    DEFAULT_LIMIT,
  ),
);

const cursor = text(2048);

const kind = blankIsMissing(
  z.optional(z.enum(FINDING_KINDS as [FindingKind, ...FindingKind[]], { error: `must be one of ${FINDING_KINDS.join(', ')}` })),
);

// Outlets are stored lower-case (see outletFor); accept any case from the analyst.
const outlet = blankIsMissing(
  z.optional(z.string({ error: 'must be text' }).check(z.trim(), z.toLowerCase(), z.maxLength(64, 'must be at most 64 characters'))),
);

const unknownParameter = { error: 'unknown parameter' };

/** `GET /articles` */
export const articleQuery = z.strictObject({ outlet, limit, cursor }, unknownParameter);

/** `GET /findings` and the page `GET /` */
export const findingQuery = z.strictObject({ kind, outlet, speaker: text(200), limit, cursor }, unknownParameter);

/** Routes without parameters still reject unknown ones, so a typo is a 400 rather than a silent no-op. */
export const emptyQuery = z.strictObject({}, unknownParameter);

export const articleParams = z.object({ id: z.string({ error: 'must be text' }).check(z.minLength(1, 'must not be empty'), z.maxLength(256, 'must be at most 256 characters')) });

/** Parses at the edge; a failure is a 400 naming each offending parameter (never echoing its value). */
export function parse<T extends z.ZodMiniType>(schema: T, input: unknown, what: string): z.output<T> {
  const result = z.safeParse(schema, input ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.');
      return `${keys.length > 0 ? keys : what}: ${issue.message}`;
    })
    .join('; ');
  throw new BadRequestError(`Invalid ${what}: ${problems}`);
}
