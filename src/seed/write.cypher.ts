/**
 * The Cypher that writes one seed document. Every query takes a whole batch through UNWIND, so a
 * file costs a fixed number of round trips whatever its size. Labels and relationship types are
 * dynamic (`$(…)`, Neo4j 5.26) but always values of our closed vocabularies, checked before use.
 */

const UPSERT_SOURCE = `
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

// Not MERGE: on a graph whose counts say it has no relationships (any load after a reset), the
// planner matched MERGE's pattern with a scan of every relationship in the store, once per row,
// so 3,000 relations took 5 to 40 s depending on the store's size. A one-hop variable-length
// pattern between the two bound nodes can only be expanded. Setting `a.id` to itself takes the
// node's write lock first, as MERGE would, so two writers of one relation cannot both find it
// missing. Rows must be unique per source (rows.ts keeps the last of duplicates), as all reads of the batch
// happen before its writes.
export const UPSERT_RELATIONS = `
UNWIND $relations AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
SET a.id = a.id
WITH a, b, row,
     [r IN [(a)-[rs*1..1]->(b) | rs[0]] WHERE type(r) = row.type AND r.sourceId = row.sourceId] AS found
CALL (a, b, row, found) {
  WITH * WHERE size(found) = 0
  CREATE (a)-[r:$(row.type) {sourceId: row.sourceId}]->(b)
  RETURN r
  UNION ALL
  WITH * WHERE size(found) > 0
  RETURN found[0] AS r
}
SET r.sentence = row.sentence, r.title = row.title`;

const DELETE_STALE_STATEMENTS = `
MATCH (s:Statement {sourceId: $sourceId})
WHERE NOT s.id IN $ids
DETACH DELETE s`;

const UPSERT_STATEMENTS = `
MATCH (src:Source {id: $sourceId})
UNWIND $statements AS row
MERGE (s:Statement {id: row.id})
SET s += row.props, s.date = date(row.date), s.at = date(row.at)
MERGE (s)-[rep:REPORTED_IN]->(src)
SET rep.sentence = row.props.sentence, rep.start = row.props.start, rep.end = row.props.end`;

const CLEAR_STATEMENT_EDGES = `
UNWIND $ids AS id
MATCH (s:Statement {id: id})-[r:SAID_BY|ON_BEHALF_OF|ABOUT|TOLD_TO|DISPUTES]->()
DELETE r`;

const LINK_SPEAKERS = `
UNWIND $speakers AS row
MATCH (s:Statement {id: row.statement})
MATCH (e:Entity {id: row.entity})
CREATE (s)-[:SAID_BY {order: row.order}]->(e)`;

const LINK_ON_BEHALF_OF = `
UNWIND $onBehalfOf AS row
MATCH (s:Statement {id: row.statement})
MATCH (e:Entity {id: row.entity})
CREATE (s)-[:ON_BEHALF_OF]->(e)`;

const LINK_ABOUT = `
UNWIND $about AS row
MATCH (s:Statement {id: row.statement})
MATCH (e:Entity {id: row.entity})
CREATE (s)-[:ABOUT {role: row.role, order: row.order}]->(e)`;

const LINK_MEDIUM = `
UNWIND $medium AS row
MATCH (s:Statement {id: row.statement})
MATCH (e:Entity {id: row.entity})
CREATE (s)-[:TOLD_TO]->(e)`;

const LINK_DISPUTES = `
UNWIND $disputes AS row
MATCH (s:Statement {id: row.statement})
MATCH (t:Statement {id: row.disputes})
CREATE (s)-[:DISPUTES {kind: row.kind}]->(t)`;

// The statements of one file and their edges as one query of unit subqueries, run in this order for
// the one row the query starts with. Each part takes its own batch, and an empty batch does nothing.
// One query rather than one per part: one exchange with the server instead of nine per file. (Before
// the driver's sockets had Nagle's algorithm turned off, see db/driver.ts, each of those exchanges
// also waited for the server's delayed ACK, and the waits made up most of a file's load time.)
const STATEMENT_PARTS = [
  UPSERT_STATEMENTS,
  CLEAR_STATEMENT_EDGES,
  LINK_SPEAKERS,
  LINK_ON_BEHALF_OF,
  LINK_ABOUT,
  LINK_MEDIUM,
  LINK_DISPUTES,
];
const units = (parts: string[]): string => parts.map((p) => `CALL () {${p}\n}`).join('\n');

/** A whole source: its node, the removal of statements it no longer holds, then its statements. */
export const WRITE_SOURCE = units([UPSERT_SOURCE, DELETE_STALE_STATEMENTS, ...STATEMENT_PARTS]);

/** Statements added to a source that exists, leaving its other statements alone. */
export const ADD_STATEMENTS = units(STATEMENT_PARTS);

export const EXISTING_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN collect(e.id) AS found`;

export const EXISTING_SOURCES = `
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN collect(s.id) AS found`;

export const EXISTING_STATEMENTS = `
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN collect(s.id) AS found`;

/**
 * Delete the graph in bounded batches, so a reset of a large graph never needs one huge transaction:
 * relationships first, then the nodes, which have none left. Deleting nodes with DETACH instead
 * would take every relationship of a batch's nodes along, and one entity can have hundreds of
 * thousands (everything said about it), more than a transaction may hold in memory.
 */
export const RESET_RELATIONSHIPS_BATCH = `
MATCH ()-[r]->()
WITH r LIMIT 20000
DELETE r
RETURN count(*) AS deleted`;

export const RESET_NODES_BATCH = `
MATCH (n)
WITH n LIMIT 20000
DETACH DELETE n
RETURN count(*) AS deleted`;

export const COUNTS = `
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (s:Statement) RETURN count(s) AS statements }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (n) RETURN count(n) AS nodes }
RETURN entities, statements, sources, relationships, nodes`;
