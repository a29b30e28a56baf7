import type { Executor } from '../db/executor';
import { entityProjection, type EntityRow } from '../graph/entity.row';
import { RELATION_TYPES } from '../graph/vocabulary';

/** Relationships a path may follow: entity relations and the edges of statements (not names or sources). */
const TRAVERSABLE = [
  ...RELATION_TYPES,
  'SAID_BY',
  'ABOUT',
  'ON_BEHALF_OF',
  'TOLD_TO',
  'DISPUTES',
].join('|');

export const MAX_HOPS = 6;

// A variable-length bound cannot be a parameter, so there is one constant query per bound.
const PATH_QUERIES: readonly string[] = Array.from(
  { length: MAX_HOPS + 1 },
  (_, hops) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:${TRAVERSABLE}*..${Math.max(hops, 1)}]-(b))
WITH p LIMIT $limit
RETURN [n IN nodes(p) | CASE WHEN n:Statement THEN {statementId: n.id} ELSE {entity: n ${entityProjection('n')}} END] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS edges`,
);

export interface PathRow {
  nodes: ({ statementId: string } | { entity: EntityRow })[];
  edges: { type: string; from: string; to: string }[];
}

export class PathRepository {
  constructor(private readonly executor: Executor) {}

  async shortestPaths(
    from: string,
    to: string,
    maxHops: number,
    limit: number,
  ): Promise<PathRow[]> {
    const result = await this.executor.read<PathRow>(PATH_QUERIES[maxHops]!, { from, to, limit });
    return result.records.map((r) => ({ nodes: r.get('nodes'), edges: r.get('edges') }));
  }
}
