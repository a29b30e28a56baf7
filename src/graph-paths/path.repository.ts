import type { Executor } from '../db/executor';
import { BRIEF_ENTITY_PROJECTION, entityProjection, type EntityRow } from '../graph/entity.row';
import { entityByRef } from '../graph/entity-lookup.query';
import {
  normalizeStatement,
  statementProjection,
  type StatementRow,
} from '../statements/statement.row';
import type { StatementPart } from '../statements/statement.parts';
import { nameKey } from '../text/normalize';
import { shortestPaths } from './shortest-paths.cypher';

export const MAX_HOPS = 6;

/**
 * The whole question in one round trip: both references resolved, the shortest paths found
 * (shortest-paths.cypher.ts), and the statements on them projected once each. Each step answers
 * one row, so an unknown reference shows as a null end rather than as no answer. The ends are
 * compared before the search because allShortestPaths refuses a path from a node to itself. The
 * hop bound is written into the query, as are the projections of the statements
 * (statementProjection) and of the entities on the paths (id, kind and name unless their aliases
 * or description are asked for); each distinct query is built once.
 */
const queries = new Map<string, string>();
function pathQuery(
  hops: number,
  parts: readonly StatementPart[] | null,
  entityDetail: boolean,
): string {
  const key = `${hops}:${parts?.join(',') ?? '*'}:${entityDetail}`;
  let query = queries.get(key);
  if (query === undefined) {
    const entity = entityDetail ? entityProjection('n') : BRIEF_ENTITY_PROJECTION;
    query = buildPathQuery(hops, statementProjection(parts), entity);
    queries.set(key, query);
  }
  return query;
}

const buildPathQuery = (hops: number, statement: string, entity: string) => `
CALL () {${entityByRef('$from', '$fromKey')}
}
WITH e AS a
CALL () {${entityByRef('$to', '$toKey')}
}
WITH a, e AS b
WITH a, b, CASE WHEN a IS NULL OR b IS NULL OR a = b THEN [] ELSE ${shortestPaths(Math.max(hops, 1))} END AS ps
WITH a, b, [p IN ps | {
    nodes: [n IN p.n | CASE WHEN n:Statement THEN {statementId: n.id} ELSE {entity: n ${entity}} END],
    edges: [r IN p.e | {type: type(r), from: startNode(r).id, to: endNode(r).id}]
  }] AS paths,
  COLLECT { UNWIND ps AS p UNWIND p.n AS s WITH DISTINCT s WHERE s:Statement RETURN ${statement} } AS statements
RETURN a ${entityProjection('a')} AS a, b ${entityProjection('b')} AS b, paths, statements`;

export interface PathRow {
  nodes: ({ statementId: string } | { entity: EntityRow })[];
  edges: { type: string; from: string; to: string }[];
}

export interface PathsFound {
  /** The entities the references name; null when a reference names none. */
  from: EntityRow | null;
  to: EntityRow | null;
  paths: PathRow[];
  /** The statements on the paths, by id. */
  statements: Map<string, StatementRow>;
}

export class PathRepository {
  constructor(private readonly executor: Executor) {}

  async shortestPaths(
    from: string,
    to: string,
    maxHops: number,
    limit: number,
    parts: readonly StatementPart[] | null = null,
    entityDetail = true,
  ): Promise<PathsFound> {
    const result = await this.executor.read<{
      a: EntityRow | null;
      b: EntityRow | null;
      paths: PathRow[];
      statements: StatementRow[];
    }>(pathQuery(maxHops, parts, entityDetail), {
      from,
      fromKey: nameKey(from),
      to,
      toKey: nameKey(to),
      limit,
    });
    const row = result.records[0]!;
    return {
      from: row.get('a'),
      to: row.get('b'),
      paths: row.get('paths'),
      statements: new Map(row.get('statements').map((s) => [s.id, normalizeStatement(s)])),
    };
  }
}
