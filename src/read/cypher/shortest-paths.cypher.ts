import { RELATION_TYPES } from '../../entities/vocabulary';

/** The edges from a statement to the entities it names: who said it, about whom, for whom, to whom. */
const STATEMENT_EDGES = ['SAID_BY', 'ABOUT', 'ON_BEHALF_OF', 'TOLD_TO'].join('|');
const RELATIONS = RELATION_TYPES.join('|');

/** Relationships a path may follow: entity relations and the edges of statements (not names or sources). */
export const TRAVERSABLE = [RELATIONS, STATEMENT_EDGES, 'DISPUTES'].join('|');

const asPath = '{n: nodes(p), e: relationships(p)}';

/**
 * An expression for up to $limit shortest paths between the entities `a` and `b` (bound, not null,
 * not the same node), of at most `hops` relationships over TRAVERSABLE, each as `{n: nodes, e:
 * relationships}`. The bound is written in because a variable-length bound cannot be a parameter.
 *
 * Searched by length, since two entities in a news graph are most often a relation or one
 * statement apart, and those need no graph search:
 * - one hop: a relation between the two (a statement's edges end at entities, never between two);
 * - two hops: an entity related to both, then a statement naming both, found by walking the
 *   statements of the end named by fewer and looking at each one's few edges. `allShortestPaths`
 *   here expanded both ends' statements, the busy end's too: for a weapons system and a country
 *   at a million statements (16,800 and 35,300 relationships) it took 52,000 db hits and 30 ms,
 *   this 2,800 hits and 4 ms;
 * - longer: `allShortestPaths`, which then finds nothing shorter than three hops.
 * Relation paths come before statement paths when both exist at two hops; which of many equally
 * short paths are returned is otherwise the store's order, as it was with `allShortestPaths`.
 */
export function shortestPaths(hops: number): string {
  const direct = `COLLECT { MATCH p = (a)-[:${RELATIONS}]-(b) RETURN ${asPath} LIMIT $limit }`;
  if (hops < 2) return direct;
  const viaStatement = (from: string, to: string) =>
    `COLLECT { MATCH (${from})<-[r:${STATEMENT_EDGES}]-(s)
      UNWIND [(s)-[t:${STATEMENT_EDGES}]->(x) WHERE x = ${to} | t] AS t
      RETURN {n: [a, s, b], e: ${from === 'a' ? '[r, t]' : '[t, r]'}} LIMIT $limit }`;
  const viaEntity = `COLLECT { MATCH p = (a)-[:${RELATIONS}]-()-[:${RELATIONS}]-(b) RETURN ${asPath} LIMIT $limit }`;
  const twoHops = `[rel IN [${viaEntity}] | CASE WHEN size(rel) = $limit THEN rel ELSE (rel +
    CASE WHEN COUNT { (a)<-[:${STATEMENT_EDGES}]-() } <= COUNT { (b)<-[:${STATEMENT_EDGES}]-() }
    THEN ${viaStatement('a', 'b')} ELSE ${viaStatement('b', 'a')} END)[..$limit] END][0]`;
  const longer =
    hops < 3
      ? '[]'
      : `COLLECT { MATCH p = allShortestPaths((a)-[:${TRAVERSABLE}*..${hops}]-(b)) RETURN ${asPath} LIMIT $limit }`;
  return `[one IN [${direct}] | CASE WHEN size(one) > 0 THEN one ELSE
  [two IN [${twoHops}] | CASE WHEN size(two) > 0 THEN two ELSE ${longer} END][0] END][0]`;
}
