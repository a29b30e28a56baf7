import type { Executor } from '../db/executor';
import { CypherBuilder } from '../read/cypher/builder';
import { matchFiltered, statementFilter } from '../read/cypher/filter.cypher';
import type { StatementFilter } from '../read/plan/plan';

/** Statements per page: a page's rows are held at once, so this bounds the memory of an export. */
export const PAGE_SIZE = 2_000;

/** The sort key of a statement: its day (`at`) and id, the order of the `statement_sort` index. */
type Key = readonly [at: string, id: string];

/** What every row of a page holds besides what its projection asks: the statement's key. */
export interface PageRow {
  exportAt: string;
  exportId: string;
}

/**
 * The statements `where` keeps, in the order of (`at`, `id`), page by page: each page one read
 * of its own (a short transaction, retried as every read is), starting after the last key of
 * the one before, so no page depends on how many came before it. `project` writes the RETURN
 * items of a row for the statement bound to its variable (`s.id AS id, …`); every row also gets
 * its key (`PageRow`), `exportAt` being the day it sorts by. Stopping the iteration stops the
 * reading.
 */
export async function* statementPages<R extends PageRow>(
  executor: Executor,
  where: StatementFilter,
  project: (c: CypherBuilder, s: string) => string,
  pageSize = PAGE_SIZE,
): AsyncGenerator<R[]> {
  let after: Key | null = null;
  for (;;) {
    const { cypher, params } = pageQuery(where, project, after, pageSize);
    const result = await executor.read(cypher, params);
    const rows = result.records.map((r) => r.toObject() as R);
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1]!;
    after = [last.exportAt, last.exportId];
  }
}

/**
 * One page. Without an entity filter, statements are walked in the order of the `statement_sort`
 * index and the walk stops at the page's end: the key's condition is a range on `at` that the
 * index seeks, narrowed by a filter on (`at`, `id`) that drops the statements of the key's own
 * day up to the key. With one, the statements of the named entities are reached from them (few)
 * and sorted.
 */
function pageQuery(
  where: StatementFilter,
  project: (c: CypherBuilder, s: string) => string,
  after: Key | null,
  pageSize: number,
): { cypher: string; params: Record<string, unknown> } {
  const c = new CypherBuilder();
  const s = c.variable('s');
  const parts = statementFilter(c, where);
  let key = `${s}.at IS NOT NULL`;
  if (after) {
    const [at, id] = [c.param(after[0]), c.param(after[1])];
    // Not `at > $at OR (at = $at AND id > $id)`: Neo4j plans that OR as a union with a seek of
    // every id above the key, then sorts. One list comparison stays a filter on the range seek.
    key = `${s}.at >= date(${at}) AND [${s}.at, ${s}.id] > [date(${at}), ${id}]`;
  }
  return c.query(`${matchFiltered(c, parts, s, { more: [key, `${s}.id IS NOT NULL`] })}
WITH ${s} ORDER BY ${s}.at, ${s}.id LIMIT ${c.param(pageSize)}
RETURN ${project(c, s)}, toString(${s}.at) AS exportAt, ${s}.id AS exportId
ORDER BY ${s}.at, ${s}.id`);
}

/** How many statements `where` keeps: the total of a progress bar. */
export async function countStatements(executor: Executor, where: StatementFilter): Promise<number> {
  const c = new CypherBuilder();
  const s = c.variable('s');
  const { cypher, params } = c.query(
    `${matchFiltered(c, statementFilter(c, where), s)}\nRETURN count(${s}) AS n`,
  );
  const result = await executor.read<{ n: number }>(cypher, params);
  return result.records[0]?.get('n') ?? 0;
}

/**
 * Every entity, in the order of its id (the `entity_id` constraint's index), page by page as
 * `statementPages` reads statements; each row holds what `project` returns for the entity bound
 * to its variable, and `exportId`.
 */
export async function* entityPages<R extends { exportId: string }>(
  executor: Executor,
  project: (c: CypherBuilder, e: string) => string,
  pageSize = PAGE_SIZE,
): AsyncGenerator<R[]> {
  let after: string | null = null;
  for (;;) {
    const c = new CypherBuilder();
    const e = c.variable('e');
    const from = after === null ? `${e}.id IS NOT NULL` : `${e}.id > ${c.param(after)}`;
    const { cypher, params } = c.query(`MATCH (${e}:Entity) WHERE ${from}
WITH ${e} ORDER BY ${e}.id LIMIT ${c.param(pageSize)}
RETURN ${project(c, e)}, ${e}.id AS exportId ORDER BY ${e}.id`);
    const rows = (await executor.read(cypher, params)).records.map((r) => r.toObject() as R);
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.exportId;
  }
}
