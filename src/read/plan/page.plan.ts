import { BadUserInputError } from '../../errors/errors';
import { decodeCursor } from '../../pagination/cursor';
import { pageSize } from '../../pagination/page';
import type { Stance } from '../../statements/stance';
import type { Selection } from '../selection';
import { keyed, named } from './keyed';
import type {
  ConnectionField,
  ConnectionPlan,
  Planners,
  StatementFilter,
  StatementPage,
} from './plan';

/** The arguments of a page of statements: `statements`, `statementsBy`, `Source.statements`. */
export interface StatementPageArgs {
  where?: StatementWhereArgs | null;
  first?: number | null;
  after?: string | null;
  orderBy?: 'DATE_DESC' | 'DATE_ASC' | null;
}

export interface StatementWhereArgs {
  speaker?: string | null;
  about?: string | null;
  target?: string | null;
  stance?: readonly Stance[] | null;
  isQuote?: boolean | null;
  from?: Date | null;
  to?: Date | null;
  source?: string | null;
  text?: string | null;
}

/** A page of statements asked by a field with the page's arguments. */
export function planStatementPage(selection: Selection, p: Planners): StatementPage {
  const args = selection.args as StatementPageArgs;
  return {
    where: planStatementFilter(args.where ?? {}),
    descending: (args.orderBy ?? 'DATE_DESC') === 'DATE_DESC',
    first: pageSize(args.first, p.limits.maxPageSize),
    after: afterKey(args.after),
    connection: planConnection(selection, 'Statement', (node) => p.statement(node)),
  };
}

/** The sort key a cursor holds (pagination/cursor.ts): two values, or a BAD_USER_INPUT error. */
export function afterKey(after: string | null | undefined): [string, string] | null {
  return after ? (decodeCursor(after, 2) as [string, string]) : null;
}

/** Long filter strings can match nothing; they are refused rather than sent to Neo4j. */
const FILTER_LIMITS = { speaker: 200, about: 200, target: 200, source: 200, text: 500 } as const;

/** `StatementWhere` checked (BAD_USER_INPUT names the argument) and as plain values. */
export function planStatementFilter(where: StatementWhereArgs): StatementFilter {
  for (const [name, max] of Object.entries(FILTER_LIMITS)) {
    const value = where[name as keyof typeof FILTER_LIMITS];
    if (value != null && value.length > max) {
      throw new BadUserInputError(
        `"where.${name}" must have at most ${max} characters; got ${value.length}`,
        { argument: `where.${name}` },
      );
    }
  }
  const filter: StatementFilter = {};
  if (where.speaker != null) filter.speaker = where.speaker;
  if (where.about != null) filter.about = where.about;
  if (where.target != null) filter.target = where.target;
  if (where.stance != null) filter.stance = where.stance;
  if (where.isQuote != null) filter.isQuote = where.isQuote;
  if (where.from != null) filter.from = day(where.from);
  if (where.to != null) filter.to = day(where.to);
  if (where.source != null) filter.source = where.source;
  if (where.text != null) filter.text = where.text;
  return filter;
}

const day = (date: Date): string => date.toISOString().slice(0, 10);

const PAGE_INFO = ['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor'] as const;

/** What a Relay connection of `node`s asks (`StatementConnection`, `EntityConnection`, …). */
export function planConnection<N>(
  selection: Selection,
  node: 'Statement' | 'Entity' | 'Source',
  planNode: (selection: Selection) => N,
): ConnectionPlan<N> {
  return {
    fields: keyed(selection, `${node}Connection`, (field): ConnectionField<N> => {
      switch (field.name) {
        case 'totalCount':
          return { of: 'totalCount' };
        case 'pageInfo':
          return { of: 'pageInfo', fields: keyed(field, 'PageInfo', named('PageInfo', PAGE_INFO)) };
        case 'edges':
          return {
            of: 'edges',
            fields: keyed(field, `${node}Edge`, (edge) =>
              edge.name === 'cursor'
                ? { of: 'cursor' }
                : { of: named(`${node}Edge`, ['node'] as const)(edge), node: planNode(edge) },
            ),
          };
      }
      throw new Error(`the read layer has no plan for ${node}Connection.${field.name}`);
    }),
  };
}
