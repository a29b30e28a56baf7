import { RELATION_TYPES } from '../../src/entities/vocabulary';
import { shortestPaths } from '../../src/read/cypher/shortest-paths.cypher';

/**
 * The floor: for each canonical question, the best Cypher we can write by hand, run by the raw
 * driver in one round trip and returned as JSON. No GraphQL layer can be cheaper than this, so our
 * throughput divided by the floor's is the share of the database's capacity the service delivers.
 */
const RELATIONS = RELATION_TYPES.join('|');

// An entity by a normalized name key: primary names before aliases, as the service does.
const BY_NAME = `
MATCH (:EntityName {key: $key})-[nm:NAMES]->(e:Entity)
WITH e ORDER BY nm.primary DESC, COUNT { (e)<-[:SAID_BY|ABOUT]-() } DESC, e.id LIMIT 1`;

const STATEMENT_ROW = `s { .id, .text, .stance, date: toString(s.date),
  speakers: [(s)-[:SAID_BY]->(x) | x { .id, .name }],
  about: [(s)-[:ABOUT]->(x) | x { .id, .name, .kind }] }`;

/**
 * The newest $limit statements linked to `e` by `type`, one row each, newest first. For a busy
 * entity, walking the statement_sort index newest first and keeping its statements beats
 * expanding (and sorting) all of them; a quiet one is expanded. The same plan as the service's,
 * written the same way: one expression of COLLECT subqueries.
 */
function newest(type: string, filter: string): string {
  const expand = `COLLECT { MATCH (e)<-[:${type}]-(s:Statement) WHERE true ${filter}
    WITH s ORDER BY s.at DESC, s.id DESC LIMIT $limit RETURN s }`;
  return `UNWIND CASE WHEN COUNT { (e)<-[:${type}]-() } < $budget THEN ${expand}
  ELSE [walked IN [COLLECT { MATCH (s:Statement) WHERE s.at > date('0001-01-01') AND s.id IS NOT NULL
    WITH s ORDER BY s.at DESC, s.id DESC LIMIT $budget
    WHERE EXISTS { (s)-[:${type}]->(e) } ${filter}
    WITH s LIMIT $limit RETURN s }] |
    CASE WHEN size(walked) = $limit THEN walked ELSE ${expand} END][0]
  END AS s`;
}

export const FLOOR_QUERIES = {
  entityByName: `${BY_NAME}
RETURN e { .id, .name, .kind, .aliases, .description,
  relations: [(e)-[r:${RELATIONS}]-(o:Entity) | {
    type: type(r), direction: CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END,
    title: r.title, sourceId: r.sourceId, sentence: r.sentence, other: o { .id, .name, .kind } }]
} AS entity`,

  statementsBySpeaker: `
MATCH (e:Entity {id: $id})
${newest('SAID_BY', '')}
MATCH (s)-[:REPORTED_IN]->(src:Source)
RETURN ${STATEMENT_ROW.replace(/ }$/, '')},
  source: src { .id, .title, publishedAt: toString(src.publishedAt) } } AS statement`,

  statementsAboutByStance: `
MATCH (e:Entity {id: $id})
${newest('ABOUT', 'AND s.stance IN $stances')}
RETURN ${STATEMENT_ROW} AS statement`,

  search: `
CALL () {
  CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $limit}) YIELD node, score
  RETURN 'ENTITY' AS kind, node { .id, .name, .kind } AS entity, null AS statement, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: $limit}) YIELD node, score
  RETURN 'STATEMENT' AS kind, null AS entity,
         node { .id, .text, speaker: head([(node)-[:SAID_BY]->(x) | x { .name }]) } AS statement, score
}
RETURN kind, entity, statement, score ORDER BY score DESC LIMIT $limit`,

  // The service's search by length (src/read/cypher/shortest-paths.cypher.ts), the best we know.
  path: `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
UNWIND ${shortestPaths(4)} AS p
RETURN [n IN p.n | CASE WHEN n:Statement THEN n { .id, .text, .stance } ELSE n { .id, .name } END] AS nodes,
       [r IN p.e | { type: type(r), from: startNode(r).id, to: endNode(r).id }] AS edges`,

  nested: `${BY_NAME}
RETURN e { .name,
  leaders: [(e)<-[:HOLDS_OFFICE]-(l:Leader) | l { .name,
    statementsBy: COLLECT {
      MATCH (l)<-[:SAID_BY]-(s:Statement)
      WITH s ORDER BY s.at DESC, s.id DESC LIMIT 5
      RETURN s { .text, .stance, about: [(s)-[:ABOUT]->(x) | x { .name }] } } }],
  allies: [(e)-[:ALLY_OF]-(a:Country) | a { .name }]
} AS entity`,

  // The counts by hand: the statements of the year (a range of the statement_sort index, which
  // Neo4j uses only with every property of it constrained), those of the named speakers, about
  // the named targets; grouped by the month's first day. Reaching them from the speakers instead
  // walks all their years: four times slower at 100k.
  stanceMatrix: `
MATCH (sp:Entity)<-[:SAID_BY]-(s:Statement)
WHERE sp.id IN $speakers AND s.at >= date($from) AND s.at <= date($to) AND s.id IS NOT NULL
MATCH (s)-[r:ABOUT]->(t:Entity) WHERE r.role = 'target' AND t.id IN $targets
RETURN sp.id AS speaker, t.id AS target, s.stance AS stance,
       toString(date.truncate('month', s.at)) AS bucket, count(*) AS count`,

  timeline: `
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)<-[:SAID_BY]-(s:Statement) RETURN 'BY' AS direction, s
  UNION ALL
  MATCH (e)<-[r:ABOUT]-(s:Statement) WHERE r.role = 'target' RETURN 'ABOUT' AS direction, s
}
RETURN direction, s.stance AS stance, toString(date.truncate('month', s.at)) AS bucket,
       count(*) AS count`,
} as const;

export type FloorQuery = keyof typeof FLOOR_QUERIES;
