import { ObjectType } from 'type-graphql';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { asksTotalCount, statementParts } from './statement.parts';
import { Connection, toConnection, type ConnectionShape } from '../pagination/connection.type';
import { decodeCursor, encodeCursor } from '../pagination/cursor';
import { pageSize } from '../pagination/page';
import { BadUserInputError } from '../errors/errors';
import type { RequestContext } from '../requests/context';
import { Statement } from './statement.type';
import type { StatementRow } from './statement.row';
import type { StatementQueryInput } from './statement.query';
import { StatementOrder, StatementWhere } from './statement-where.input';
import type { StatementsArgs } from './statements.args';
import type { StatementPageRows } from './statement.repository';

@ObjectType({ simpleResolvers: true })
export class StatementConnection extends Connection<StatementRow>('Statement', () => Statement) {}

export function statementCursor(row: StatementRow): string {
  return encodeCursor([row.at, row.id]);
}

const FILTER_LIMITS = { speaker: 200, about: 200, source: 200, text: 500 } as const;

/** Long filter strings can match nothing; they are refused rather than sent to Neo4j. */
function checkFilterLengths(where: StatementWhere): void {
  for (const [field, max] of Object.entries(FILTER_LIMITS)) {
    const value = where[field as keyof typeof FILTER_LIMITS];
    if (value != null && value.length > max) {
      throw new BadUserInputError(
        `"where.${field}" must have at most ${max} characters; got ${value.length}`,
        {
          argument: `where.${field}`,
        },
      );
    }
  }
}

/**
 * The query a statement connection field makes, from its arguments and its selection (which
 * parts of the rows it reads, whether it wants the total): the field's own resolver and the
 * look-ahead of an entity lookup (graph/lookahead.ts) both come here, so they agree.
 */
export function statementQueryArgs(
  args: StatementsArgs,
  ctx: RequestContext,
  selection: ResolveTree | null,
): Omit<StatementQueryInput, 'anchor' | 'ids'> & { size: number } {
  const size = pageSize(args.first, ctx.config.security.maxPageSize);
  const after = args.after ? (decodeCursor(args.after, 2) as [string, string]) : null;
  const where = args.where ?? new StatementWhere();
  checkFilterLengths(where);
  return {
    where,
    order: args.orderBy ?? StatementOrder.DATE_DESC,
    limit: size,
    after,
    withCount: asksTotalCount(selection),
    parts: statementParts(selection),
    size,
  };
}

export function toStatementConnection(
  page: StatementPageRows,
  size: number,
  hadCursor: boolean,
): ConnectionShape<StatementRow> {
  return toConnection(
    page.rows.slice(0, size),
    page.rows.length > size,
    statementCursor,
    page.total ?? undefined,
    hadCursor,
  );
}
