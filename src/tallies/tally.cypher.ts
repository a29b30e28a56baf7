/**
 * The stance tallies: how many statements each speaker made about each target with each stance in
 * each month, kept as one `StanceTally` node per count, in the same transaction as the statements
 * they count. `stanceMatrix` reads them instead of the statements when it can (monthly or coarser
 * buckets, no filter but stances and whole months): twenty speakers by twenty targets over a year
 * of a million statements is then a few thousand index lookups instead of tens of thousands of
 * statements walked (bench/README.md, Aggregations).
 *
 * A statement counts once for each of its speakers and each of its targets (ABOUT as `target`),
 * as the counts over the statements do (read/cypher/analysis.cypher.ts).
 */

const TARGET = "'target'";

/** Adds `n` to each tally of `$tallies` (rows of tallies.ts), creating those not there yet. */
export const ADD_TALLIES = `
UNWIND $tallies AS x
MERGE (c:StanceTally {key: x.key})
  ON CREATE SET c.speaker = x.speaker, c.target = x.target, c.stance = x.stance,
                c.month = date(x.month), c.count = 0
SET c.count = c.count + x.n`;

/**
 * The tallies of some stored statements, counted from the graph, added ($sign 1) or taken away
 * ($sign -1); a tally that falls to zero is removed. `match` binds `s` to the statements.
 */
function retally(match: string): string {
  return `
${match}
MATCH (s)-[:SAID_BY]->(sp:Entity)
MATCH (s)-[r:ABOUT]->(t:Entity) WHERE r.role = ${TARGET}
WITH sp.id AS speaker, t.id AS target, s.stance AS stance,
     date.truncate('month', s.at) AS month, count(DISTINCT s) AS n
MERGE (c:StanceTally {key: speaker + '|' + target + '|' + stance + '|' + toString(month)})
  ON CREATE SET c.speaker = speaker, c.target = target, c.stance = stance, c.month = month,
                c.count = 0
SET c.count = c.count + $sign * n
WITH c WHERE c.count <= 0
DELETE c`;
}

/** The statements of the sources `$sources` (ids). */
export const RETALLY_SOURCES = retally(`
UNWIND $sources AS sourceId
MATCH (s:Statement {sourceId: sourceId})`);

/** The statements `$ids`. */
export const RETALLY_STATEMENTS = retally(`
UNWIND $ids AS id
MATCH (s:Statement {id: id})`);

/** Tallies removed in batches, before they are rebuilt (tallies.ts). */
export const DROP_TALLIES_BATCH = `
MATCH (c:StanceTally)
WITH c LIMIT 20000
DELETE c
RETURN count(*) AS deleted`;

/** The sources after `$after` in id order, `$first` of them: the rebuild's batches. */
export const SOURCE_IDS_AFTER = `
MATCH (src:Source) WHERE src.id > $after
RETURN src.id AS id ORDER BY id LIMIT $first`;

/** Whether the graph holds statements with targets but no tally: one loaded before tallies. */
export const TALLIES_MISSING = `
RETURN EXISTS { MATCH (:Statement)-[r:ABOUT]->() WHERE r.role = ${TARGET} }
   AND NOT EXISTS { MATCH (:StanceTally) } AS missing`;
