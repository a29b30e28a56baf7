/**
 * The Cypher that writes one seed document. Every query takes a whole batch through UNWIND, so a
 * file costs a fixed number of round trips whatever its size. Labels and relationship types are
 * dynamic (`$(…)`, Neo4j 5.26) but always values of our closed vocabularies, checked before use.
 */

export const UPSERT_SOURCE = `
MERGE (src:Source {id: $source.id})
SET src.title = $source.title, src.url = $source.url, src.outlet = $source.outlet,
    src.publishedAt = date($source.publishedAt), src.text = $source.text,
    src.sentenceStarts = $source.sentenceStarts, src.sentenceEnds = $source.sentenceEnds`;

export const UPSERT_ENTITIES = `
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
REMOVE e:Country:Leader:Person:City:Region:Organization:WeaponSystem:Event
SET e:$(row.kind), e.kind = row.kind, e.name = row.name, e.sortName = row.sortName,
    e.description = coalesce(row.description, e.description)
WITH e, row
CALL (e, row) {
  UNWIND coalesce(e.aliases, []) + row.aliases AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
SET e.aliases = aliases, e.aliasText = reduce(t = '', a IN aliases | t + a + ' | ')`;

export const UPSERT_NAMES = `
UNWIND $names AS row
MATCH (e:Entity {id: row.id})
MERGE (n:EntityName {key: row.key})
MERGE (n)-[r:NAMES]->(e)
SET r.primary = row.primary`;

export const UPSERT_RELATIONS = `
UNWIND $relations AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {sourceId: $sourceId}]->(b)
SET r.sentence = row.sentence, r.title = row.title`;

export const DELETE_STALE_STATEMENTS = `
MATCH (s:Statement {sourceId: $sourceId})
WHERE NOT s.id IN $ids
DETACH DELETE s`;

export const UPSERT_STATEMENTS = `
MATCH (src:Source {id: $sourceId})
UNWIND $statements AS row
MERGE (s:Statement {id: row.id})
SET s += row.props,
    s.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    s.at = coalesce(date(row.date), src.publishedAt)
MERGE (s)-[rep:REPORTED_IN]->(src)
SET rep.sentence = row.props.sentence, rep.start = row.props.start, rep.end = row.props.end`;

export const CLEAR_STATEMENT_EDGES = `
UNWIND $ids AS id
MATCH (s:Statement {id: id})-[r:SAID_BY|ON_BEHALF_OF|ABOUT|TOLD_TO|DISPUTES]->()
DELETE r`;

export const LINK_SPEAKERS = `
UNWIND $rows AS row
MATCH (s:Statement {id: row.statement})
MATCH (e:Entity {id: row.entity})
CREATE (s)-[:SAID_BY {order: row.order}]->(e)`;

export const LINK_ON_BEHALF_OF = `
UNWIND $rows AS row
MATCH (s:Statement {id: row.statement})
MATCH (e:Entity {id: row.entity})
CREATE (s)-[:ON_BEHALF_OF]->(e)`;

export const LINK_ABOUT = `
UNWIND $rows AS row
MATCH (s:Statement {id: row.statement})
MATCH (e:Entity {id: row.entity})
CREATE (s)-[:ABOUT {role: row.role, order: row.order}]->(e)`;

export const LINK_MEDIUM = `
UNWIND $rows AS row
MATCH (s:Statement {id: row.statement})
MATCH (e:Entity {id: row.entity})
CREATE (s)-[:TOLD_TO]->(e)`;

export const LINK_DISPUTES = `
UNWIND $rows AS row
MATCH (s:Statement {id: row.statement})
MATCH (t:Statement {id: row.disputes})
CREATE (s)-[:DISPUTES {kind: row.kind}]->(t)`;

export const EXISTING_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN collect(e.id) AS found`;

export const EXISTING_STATEMENTS = `
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN collect(s.id) AS found`;

/** Deletes a bounded batch, so a reset of a large graph never needs one huge transaction. */
export const RESET_GRAPH_BATCH = `
MATCH (n)
WITH n LIMIT 10000
DETACH DELETE n
RETURN count(*) AS deleted`;

export const COUNTS = `
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (s:Statement) RETURN count(s) AS statements }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (n) RETURN count(n) AS nodes }
RETURN entities, statements, sources, relationships, nodes`;
