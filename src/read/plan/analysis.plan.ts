import { BadUserInputError } from '../../errors/errors';
import type { Selection } from '../selection';
import { keyed, named } from './keyed';
import { planStatementFilter, type StatementWhereArgs } from './page.plan';
import type {
  EntityCountField,
  ReadLimits,
  RootPlan,
  StanceCountField,
  TimeBucket,
  TimelinePointField,
} from './plan';
import { planners } from './planners';
import { checkRef } from './root.plan';

/**
 * The aggregations of Query: `stanceMatrix`, `timeline`, `topSpeakers` and `topTargets`. Each
 * checks its arguments (BAD_USER_INPUT names the argument) and plans what the selection asks of
 * each row; Neo4j does the counting (cypher/analysis.cypher.ts).
 */

/** The most cells one matrix answers (20 × 20 entities monthly over a year in every stance is 72,000), and its default. */
export const MAX_CELLS = 100_000;
const DEFAULT_CELLS = 1_000;
/** The most entities one `stanceMatrix(speakers:)` or `targets:` list may name. */
export const MAX_REFS = 100;

export function planStanceMatrixRoot(
  args: {
    where?: StatementWhereArgs | null;
    speakers?: readonly string[] | null;
    targets?: readonly string[] | null;
    bucket?: TimeBucket | null;
    maxCells?: number | null;
  },
  selection: Selection,
  limits: ReadLimits,
): RootPlan {
  const p = planners(limits);
  return {
    root: 'stanceMatrix',
    where: planStatementFilter(args.where ?? {}),
    speakers: refList(args.speakers, 'speakers'),
    targets: refList(args.targets, 'targets'),
    bucket: args.bucket ?? 'ALL',
    first: count(args.maxCells, DEFAULT_CELLS, MAX_CELLS, 'maxCells'),
    cell: keyed(selection, 'StanceCount', (field): StanceCountField => {
      if (field.name === 'speaker' || field.name === 'target') {
        return { of: field.name, entity: p.entity(field, null) };
      }
      return { of: named('StanceCount', ['stance', 'bucket', 'count'] as const)(field) };
    }),
  };
}

export function planTimelineRoot(
  args: {
    entity: string;
    where?: StatementWhereArgs | null;
    bucket?: TimeBucket | null;
    direction?: 'BY' | 'ABOUT' | 'BOTH' | null;
  },
  selection: Selection,
): RootPlan {
  checkRef(args.entity, 'entity');
  const direction = args.direction ?? 'BOTH';
  return {
    root: 'timeline',
    entity: args.entity,
    where: planStatementFilter(args.where ?? {}),
    bucket: args.bucket ?? 'MONTH',
    directions: direction === 'BOTH' ? ['BY', 'ABOUT'] : [direction],
    point: keyed(
      selection,
      'TimelinePoint',
      named<TimelinePointField>('TimelinePoint', ['bucket', 'direction', 'stance', 'count']),
    ),
  };
}

/** `topSpeakers` (link SAID_BY) and `topTargets` (link ABOUT). */
export function planTopEntitiesRoot(
  link: 'SAID_BY' | 'ABOUT',
  args: { where?: StatementWhereArgs | null; first?: number | null },
  selection: Selection,
  limits: ReadLimits,
): RootPlan {
  const p = planners(limits);
  return {
    root: 'topEntities',
    link,
    where: planStatementFilter(args.where ?? {}),
    first: count(args.first, 10, limits.maxPageSize),
    row: keyed(selection, 'EntityCount', (field): EntityCountField => {
      if (field.name === 'entity') return { of: 'entity', entity: p.entity(field, null) };
      return { of: named('EntityCount', ['count'] as const)(field) };
    }),
  };
}

function count(
  first: number | null | undefined,
  fallback: number,
  max: number,
  argument = 'first',
): number {
  if (first == null) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new BadUserInputError(`"${argument}" must be from 1 to ${max}; got ${first}`, {
      argument,
    });
  }
  return first;
}

function refList(refs: readonly string[] | null | undefined, argument: string) {
  if (refs == null) return null;
  if (refs.length > MAX_REFS) {
    throw new BadUserInputError(
      `"${argument}" may name at most ${MAX_REFS} entities; got ${refs.length}`,
      { argument },
    );
  }
  refs.forEach((ref, i) => checkRef(ref, `${argument}[${i}]`));
  return [...new Set(refs)];
}
