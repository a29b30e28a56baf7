import type { CypherBuilder } from '../read/cypher/builder';
import { AboutRole } from '../statements/vocabulary';

/** An entity as the exports name it. */
export interface Named {
  id: string;
  name: string;
}

/**
 * The entities linked to statement `s` by `rel` (ABOUT: with `role`), in their stored order, as
 * `{id, name}` maps: the speakers, the targets, the entities only mentioned.
 */
export function linkedEntities(
  c: CypherBuilder,
  s: string,
  rel: 'SAID_BY' | 'ABOUT',
  role?: AboutRole,
): string {
  const [r, e] = c.variables('r', 'e');
  const only = role ? ` WHERE ${r}.role = ${c.param(role)}` : '';
  return `COLLECT { MATCH (${s})-[${r}:${rel}]->(${e}:Entity)${only} WITH ${r}, ${e} ORDER BY ${r}.order RETURN {id: ${e}.id, name: ${e}.name} }`;
}

/** Each entity once, in the order first given: a seed may name one speaker or target twice. */
export function distinct(entities: readonly Named[]): Named[] {
  const seen = new Set<string>();
  return entities.filter((e) => !seen.has(e.id) && seen.add(e.id));
}
