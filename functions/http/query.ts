import { z } from 'zod';
import { BadRequestError } from '../../shared/errors';
import { DISCREPANCY_KINDS, type FindingKind } from '../../shared/model';

export const FINDING_KINDS: readonly FindingKind[] = ['agreement', ...DISCREPANCY_KINDS];

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

// A plain GET form submits blank fields as `name=`: blank means "no filter", not an invalid one.
const blankAsMissing = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const text = (max: number) => z.preprocess(blankAsMissing, z.string().trim().max(max).optional());

const limit = z.preprocess(
  blankAsMissing,
  z
    .string()
    .regex(/^\d{1,3}$/, 'must be an integer')
    .transform(Number)
    .pipe(z.number().int().min(1).max(MAX_LIMIT))
    .default(DEFAULT_LIMIT),
);

const cursor = text(2048);

const kind = z.preprocess(blankAsMissing, z.enum(FINDING_KINDS as [FindingKind, ...FindingKind[]]).optional());

// Outlets are stored lower-case (see outletFor); accept any case from the analyst.
const outlet = z.preprocess(blankAsMissing, z.string().trim().toLowerCase().max(64).optional());

/** `GET /articles` */
export const articleQuery = z.strictObject({ outlet, limit, cursor });

/** `GET /findings` and the page `GET /` */
export const findingQuery = z.strictObject({ kind, outlet, speaker: text(200), limit, cursor });

/** Routes without parameters still reject unknown ones, so a typo is a 400 rather than a silent no-op. */
export const emptyQuery = z.strictObject({});

export const articleParams = z.object({ id: z.string().min(1).max(256) });

/** Parses at the edge; a failure is a 400 naming each offending parameter (never echoing its value). */
export function parse<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : what}: ${issue.message}`)
    .join('; ');
  throw new BadRequestError(`Invalid ${what}: ${problems}`);
}
