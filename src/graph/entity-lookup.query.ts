import { BRIEF_ENTITY_PROJECTION, ENTITY_PROJECTION, entityProjection } from './entity.row';
import type { LookupPlan } from './lookahead';
import type { RelationStep } from './related-fields';
import { RELATION_TYPES } from './vocabulary';

/**
 * A subquery body that finds the entity a reference names, as `e` (null when none): an exact id
 * wins; then entities whose name this is; then those it is an alias of, most talked-about first,
 * so "Karabakh" finds the region rather than a body named after it. `ref` and `key` are Cypher
 * expressions for the reference and its name key (text/normalize.ts), usually parameters.
 */
export function entityByRef(ref: string, key: string): string {
  return `
  OPTIONAL MATCH (byId:Entity {id: ${ref}})
  OPTIONAL MATCH (:EntityName {key: ${key}})-[nm:NAMES]->(e:Entity)
  WITH byId, e, nm
  ORDER BY nm.primary DESC, COUNT { (e)<-[:SAID_BY|ABOUT]-() } DESC, e.id
  WITH byId, collect(e)[0] AS byName
  RETURN coalesce(byId, byName) AS e`;
}

/** Whether relation `r` of `e`, leading to `o`, is one the steps in `list` follow. */
const follows = (list: string) =>
  `any(step IN ${list} WHERE type(r) = step.type AND step.direction IN ['BOTH', direction]
    AND (step.kinds IS NULL OR o.kind IN step.kinds))`;

/** The step parameters of a plan: kinds as null where a step keeps every kind. */
export const stepParams = (steps: readonly RelationStep[]) =>
  steps.map((s) => ({ type: s.type, direction: s.direction, kinds: s.kinds ?? null }));

// By page query text (the very strings statement.query.ts keeps, whose hash V8 keeps too), then by
// the rest of the plan.
const queries = new Map<string, Map<string, { cypher: string; filtered: boolean }>>();

/**
 * Entities by reference, one row per reference found (`$refs`: `{ref, key}` maps), with what the
 * plan (lookahead.ts) says their fields will read: the relations of the types in `$steps`
 * (all, when the plan's steps are null; none, when empty), their other ends in full or as id,
 * kind and name, and `page`, a statement page query (statement.query.ts) for the entities
 * `$pageSteps` lead to. Relationship types are written into the text from the closed vocabulary,
 * which lets Neo4j expand just those; each distinct text is built once. `filtered` tells whether
 * it tests relations against `$steps` (not when they keep every relation of their types).
 */
export function lookupQuery(
  plan: LookupPlan,
  page: string | null,
): { cypher: string; filtered: boolean } {
  const types = plan.steps === null ? RELATION_TYPES : [...new Set(plan.steps.map((s) => s.type))];
  // Steps that keep every relation of their types need no test of each relation.
  const everyOne =
    plan.steps === null ||
    types.every((t) => plan.steps!.some((s) => s.type === t && s.direction === 'BOTH' && !s.kinds));
  let byPlan = queries.get(page ?? '');
  if (byPlan === undefined) queries.set(page ?? '', (byPlan = new Map()));
  const planKey = `${types.join('|')} ${everyOne} ${plan.brief} ${plan.detail}`;
  let query = byPlan.get(planKey);
  if (query !== undefined) return query;

  const other = plan.brief ? BRIEF_ENTITY_PROJECTION : entityProjection('o');
  // Titles, sources and sentences only for the fields that read them: the rest of a relation row
  // is what `leaders`, `allies` and the other typed fields need.
  const detail = plan.detail
    ? 'title: r.title, sentence: r.sentence, sourceId: r.sourceId, '
    : 'title: null, sentence: null, sourceId: null, ';
  const parts = [
    `UNWIND $refs AS ref
CALL (ref) {${entityByRef('ref.ref', 'ref.key')}
}
WITH ref, e WHERE e IS NOT NULL`,
  ];
  const returned = [`ref.ref AS ref`, `e ${ENTITY_PROJECTION} AS entity`];
  if (types.length > 0 || page !== null) {
    parts.push(`CALL (e) {
  MATCH (e)-[r:${types.join('|')}]-(o:Entity)
  WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS direction
  ${everyOne ? '' : `WHERE ${follows('$steps')}`}
  RETURN collect({type: type(r), direction: direction, ${detail}other: o ${other}}) AS relations,
    collect(DISTINCT CASE WHEN ${page === null ? 'false' : follows('$pageSteps')} THEN o.id END) AS ids
}`);
    returned.push('relations');
  }
  if (page !== null) {
    // The page query names its entity `e` too: projecting the lookup's first leaves Neo4j no
    // shadowed variable to warn of, a notification that every answer would otherwise carry.
    parts.push(`WITH ${returned.join(', ')}, ids
CALL (ids) {
  CALL (ids) {
    ${page.replace('UNWIND $ids AS eid', 'UNWIND ids AS eid')}
  }
  RETURN collect({id: eid, rows: rows, total: total}) AS pages
}
RETURN ref, entity, relations, pages`);
  } else {
    parts.push(`RETURN ${returned.join(', ')}`);
  }
  query = { cypher: parts.join('\n'), filtered: !everyOne };
  byPlan.set(planKey, query);
  return query;
}
