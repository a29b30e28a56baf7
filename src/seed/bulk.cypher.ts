/**
 * The Cypher that creates sources the graph does not hold yet, with their statements and edges.
 * Only CREATE: the loader's checks proved every source new (its id is in no Source node), and a
 * statement's id is its source's id and a local id, so its statements are new too. Should another
 * writer have created one of them since, the unique constraints refuse the transaction and the
 * loader writes the batch again through the merging path (write.cypher.ts).
 *
 * Nothing here looks anything up but entities, by their unique id: no MERGE has to search for what
 * it might match, and the full-text and range indexes are updated per created node, not rebuilt.
 */
export const CREATE_SOURCES = `
UNWIND $sources AS row
CREATE (src:Source {id: row.source.id})
SET src.title = row.source.title, src.url = row.source.url, src.outlet = row.source.outlet,
    src.publishedAt = date(row.source.publishedAt), src.text = row.source.text,
    src.sentenceStarts = row.source.sentenceStarts, src.sentenceEnds = row.source.sentenceEnds
WITH src, row
UNWIND row.statements AS st
CREATE (s:Statement {id: st.id})
SET s += st.props, s.date = date(st.date), s.at = date(st.at)
CREATE (s)-[:REPORTED_IN {sentence: st.props.sentence, start: st.props.start, end: st.props.end}]->(src)
WITH s, st
CALL (s, st) {
  UNWIND st.speakers AS sp
  MATCH (e:Entity {id: sp.entity})
  CREATE (s)-[:SAID_BY {order: sp.order}]->(e)
}
CALL (s, st) {
  UNWIND st.about AS a
  MATCH (e:Entity {id: a.entity})
  CREATE (s)-[:ABOUT {role: a.role, order: a.order}]->(e)
}
CALL (s, st) {
  WITH st WHERE st.onBehalfOf IS NOT NULL
  MATCH (e:Entity {id: st.onBehalfOf})
  CREATE (s)-[:ON_BEHALF_OF]->(e)
}
CALL (s, st) {
  WITH st WHERE st.medium IS NOT NULL
  MATCH (e:Entity {id: st.medium})
  CREATE (s)-[:TOLD_TO]->(e)
}`;

/** After CREATE_SOURCES, in the same transaction: a dispute may point at a later statement. */
export const CREATE_DISPUTES = `
UNWIND $disputes AS row
MATCH (s:Statement {id: row.statement})
MATCH (t:Statement {id: row.disputes})
CREATE (s)-[:DISPUTES {kind: row.kind}]->(t)`;
