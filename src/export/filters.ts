import { z } from 'zod';
import { BadUserInputError } from '../errors/errors';
import { MAX_REFS } from '../read/plan/analysis.plan';
import { planStatementFilter } from '../read/plan/page.plan';
import type { StatementFilter, TimeBucket } from '../read/plan/plan';
import { checkRef } from '../read/plan/root.plan';
import { Stance, STANCES } from '../statements/stance';

/** What an export is asked for: the filters of `StatementWhere`, and for dyads their grouping. */
export interface ExportRequest {
  where: StatementFilter;
  /** Dyads only: how statements are grouped in time; ALL when not given. */
  bucket: TimeBucket;
  /** Dyads only: the rows and columns, as `stanceMatrix(speakers:, targets:)` takes them. */
  speakers: readonly string[] | null;
  targets: readonly string[] | null;
}

/** Query parameters (or the CLI's options) by name, each with every value it was given. */
export type RawParams = Readonly<Record<string, readonly string[]>>;

const BUCKETS = ['DAY', 'WEEK', 'MONTH', 'YEAR', 'ALL'] as const satisfies readonly TimeBucket[];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day that exists in the calendar, not only one shaped like it (2020-02-30 is refused). */
const isDay = (v: string) =>
  DAY.test(v) && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString().startsWith(v);

const got = (input: unknown) => `; got ${JSON.stringify(input)}`;

/** A parameter that takes one value: given twice, it is refused rather than one being dropped. */
const once = <T extends z.ZodType<unknown, string>>(value: T) =>
  z
    .array(z.string())
    .max(1, { error: 'may be given only once' })
    .transform((values) => values[0]!)
    .pipe(value)
    .optional();

/** A parameter that takes a list: comma-separated, repeated, or both. */
const list = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .array(z.string())
    .transform((values) =>
      values
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter((v) => v !== ''),
    )
    .pipe(z.array(item))
    .optional();

const day = z.string().refine(isDay, { error: (i) => `must be a date YYYY-MM-DD${got(i.input)}` });

const filterParams = {
  speaker: once(z.string()),
  about: once(z.string()),
  target: once(z.string()),
  stance: list(
    z.enum(Stance, { error: (i) => `must be one or more of ${STANCES.join(', ')}${got(i.input)}` }),
  ),
  isQuote: once(
    z.enum(['true', 'false'], { error: (i) => `must be true or false${got(i.input)}` }),
  ),
  from: once(day),
  to: once(day),
  source: once(z.string()),
  text: once(z.string()),
};

const dyadParams = {
  ...filterParams,
  bucket: once(
    z
      .string()
      .transform((v) => v.toUpperCase())
      .pipe(
        z.enum(BUCKETS, { error: (i) => `must be one of ${BUCKETS.join(', ')}${got(i.input)}` }),
      ),
  ),
  speakers: list(z.string()),
  targets: list(z.string()),
};

const SCHEMAS = {
  filters: z.strictObject(filterParams),
  dyads: z.strictObject(dyadParams),
};

/** The names of the parameters an export takes, for its documentation and its error messages. */
export const PARAMETERS = {
  filters: Object.keys(filterParams),
  dyads: Object.keys(dyadParams),
} as const;

/**
 * The parameters of an export, checked, as the request the writers take. Every problem is a
 * BAD_USER_INPUT error whose `argument` names the parameter, as the GraphQL arguments' are; the
 * filters go through the same `planStatementFilter` as `StatementWhere`, so they mean the same
 * and are bounded the same. An empty value counts as not given, as an HTML form sends it.
 */
export function parseExportRequest(raw: RawParams, kind: 'filters' | 'dyads'): ExportRequest {
  const given = Object.fromEntries(
    Object.entries(raw)
      .map(([name, values]) => [name, values.filter((v) => v !== '')] as const)
      .filter(([, values]) => values.length > 0),
  );
  const parsed = SCHEMAS[kind].safeParse(given);
  if (!parsed.success) throw inputError(parsed.error.issues[0]!, PARAMETERS[kind]);
  const p: Partial<z.infer<typeof SCHEMAS.dyads>> = parsed.data;
  const where = renamed(() =>
    planStatementFilter({
      speaker: p.speaker,
      about: p.about,
      target: p.target,
      stance: p.stance?.length ? p.stance : undefined,
      isQuote: p.isQuote === undefined ? undefined : p.isQuote === 'true',
      from: p.from === undefined ? undefined : new Date(p.from),
      to: p.to === undefined ? undefined : new Date(p.to),
      source: p.source,
      text: p.text,
    }),
  );
  return {
    where,
    bucket: p.bucket ?? 'ALL',
    speakers: refs(p.speakers, 'speakers'),
    targets: refs(p.targets, 'targets'),
  };
}

function inputError(issue: z.core.$ZodIssue, names: readonly string[]): BadUserInputError {
  if (issue.code === 'unrecognized_keys') {
    const name = issue.keys[0]!;
    return new BadUserInputError(
      `unknown parameter ${JSON.stringify(name)}; this export takes ${names.join(', ')}`,
      { argument: name },
    );
  }
  const name = String(issue.path[0]);
  return new BadUserInputError(`"${name}" ${issue.message}`, { argument: name });
}

/** The read layer names a filter `where.x`; here it is the parameter `x`. */
function renamed<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof BadUserInputError)) throw error;
    const { argument } = error.extensions;
    if (typeof argument !== 'string') throw error;
    const name = argument.replace(/^where\./, '').replace(/\[\d+\]$/, '');
    throw new BadUserInputError(error.message.replace(`"${argument}"`, `"${name}"`), {
      argument: name,
    });
  }
}

/** `speakers` and `targets`, checked as `stanceMatrix` checks them, each entity once. */
function refs(values: readonly string[] | undefined, name: 'speakers' | 'targets') {
  if (values === undefined || values.length === 0) return null;
  if (values.length > MAX_REFS) {
    throw new BadUserInputError(
      `"${name}" may name at most ${MAX_REFS} entities; got ${values.length}`,
      { argument: name },
    );
  }
  renamed(() => values.forEach((ref, i) => checkRef(ref, `${name}[${i}]`)));
  return [...new Set(values)];
}
