import { nameKey } from '../../text/normalize';
import type { CypherBuilder } from './builder';

/**
 * A CALL clause binding `e` to the entity `ref` names, null when none: an exact id wins; then the
 * entities whose name it is; then those it is an alias of; among several, the most talked-about,
 * so "Karabakh" finds the region rather than a body named after it. Names are matched by their
 * key (text/normalize.ts), which ignores case and accents.
 */
export function entityByRef(c: CypherBuilder, ref: string, e: string): string {
  const [byId, n, x, byName] = c.variables('byId', 'nm', 'x', 'byName');
  return `CALL () {
  OPTIONAL MATCH (${byId}:Entity {id: ${c.param(ref)}})
  OPTIONAL MATCH (:EntityName {key: ${c.param(nameKey(ref))}})-[${n}:NAMES]->(${x}:Entity)
  WITH ${byId}, ${x}, ${n} ORDER BY ${n}.primary DESC, COUNT { (${x})<-[:SAID_BY|ABOUT]-() } DESC, ${x}.id
  WITH ${byId}, collect(${x})[0] AS ${byName}
  RETURN coalesce(${byId}, ${byName}) AS ${e}
}`;
}

/**
 * A prelude binding a list of the entities a filter (`where: { speaker: "Baku" }`) names, and
 * returning its variable: the entity with that id if there is one, else all those whose name it is,
 * else all those it is an alias of, so a filter by a shared alias keeps the statements of each.
 */
export function entitiesByRef(c: CypherBuilder, ref: string): string {
  const [i, n, x, primary, found, list] = c.variables('i', 'nm', 'x', 'primary', 'found', 'refs');
  // Grouped by whether the names are primary, primary first; with no name at all the one group
  // is empty (its key is null, which a descending order puts first).
  c.prelude(`CALL () {
  OPTIONAL MATCH (${i}:Entity {id: ${c.param(ref)}})
  OPTIONAL MATCH (:EntityName {key: ${c.param(nameKey(ref))}})-[${n}:NAMES]->(${x}:Entity)
  WITH ${i}, ${n}.primary AS ${primary}, collect(${x}) AS ${found} ORDER BY ${primary} DESC LIMIT 1
  RETURN CASE WHEN ${i} IS NULL THEN ${found} ELSE [${i}] END AS ${list}
}`);
  return list;
}

/**
 * A prelude binding the list of the entities `refs` name, each as `entitiesByRef` finds them, each
 * entity once; returns its variable. `stanceMatrix(speakers: [...])` names its rows so.
 */
export function entitiesByRefs(c: CypherBuilder, refs: readonly string[]): string {
  const [r, i, k, n, x, primary, found, hits, e, list] = c.variables(
    ...(['ref', 'i', 'k', 'nm', 'x', 'primary', 'found', 'hits', 'e', 'refs'] as const),
  );
  const keyed = refs.map((ref) => ({ id: ref, key: nameKey(ref) }));
  // The hint keeps the name a seek: with the key read from an unwound map, Neo4j's planner scans
  // every name for each ref on a small graph (14,077 db hits for the seed's 20 × 10 matrix, against
  // 704 with this hint and the tallies' one; bench/README.md).
  c.prelude(`CALL () {
  UNWIND ${c.param(keyed)} AS ${r}
  CALL (${r}) {
    OPTIONAL MATCH (${i}:Entity {id: ${r}.id})
    OPTIONAL MATCH (${k}:EntityName {key: ${r}.key})-[${n}:NAMES]->(${x}:Entity) USING INDEX SEEK ${k}:EntityName(key)
    WITH ${i}, ${n}.primary AS ${primary}, collect(${x}) AS ${found} ORDER BY ${primary} DESC LIMIT 1
    RETURN CASE WHEN ${i} IS NULL THEN ${found} ELSE [${i}] END AS ${hits}
  }
  UNWIND ${hits} AS ${e}
  RETURN collect(DISTINCT ${e}) AS ${list}
}`);
  return list;
}
