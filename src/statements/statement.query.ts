import { nameKey } from '../text/normalize';
import { statementProjection } from './statement.row';
import type { StatementPart } from './statement.parts';
import { StatementOrder, type StatementWhere } from './statement-where.input';

/**
 * Translates a statement filter into one Cypher query. The text is assembled only from the
 * constant fragments below, chosen by which filters are present; every value travels as a
 * parameter. Translation is kept apart from execution so it can be tested without a database.
 */

export type Anchor = 'all' | 'bySpeaker' | 'byAbout' | 'bySource';

export interface StatementQueryInput {
  where: StatementWhere;
  order: StatementOrder;
  limit: number;
  after: [string, string] | null;
  withCount: boolean;
  /** bySpeaker/byAbout: one page per entity id in `$ids`, for per-request batching. */
  anchor: Anchor;
  ids?: readonly string[];
  /** The parts of each row to fetch (statement.parts.ts); absent or null: the whole row. */
  parts?: readonly StatementPart[] | null;
}

// Resolves `$<name>Ref` (an id, a name or an alias) to a list of entities in `<name>s`: the entity
// with that id if there is one, else those whose name it is, else those it is an alias of. Names
// are grouped by whether they are primary, primary first; with no name at all the one group is
// empty (its key is null, which a descending order puts first).
function resolveRef(name: 'speaker' | 'about'): string {
  return `
CALL () {
  OPTIONAL MATCH (i:Entity {id: $${name}Ref})
  OPTIONAL MATCH (:EntityName {key: $${name}Key})-[n:NAMES]->(e:Entity)
  WITH i, n.primary AS p, collect(e) AS es ORDER BY p DESC LIMIT 1
  RETURN CASE WHEN i IS NULL THEN es ELSE [i] END AS ${name}s
}`;
}

const ANCHOR_MATCH = {
  bySpeaker: 'MATCH (e)<-[:SAID_BY]-(s:Statement)',
  byAbout: 'MATCH (e)<-[:ABOUT]-(s:Statement)',
  bySource: 'MATCH (e)<-[:REPORTED_IN]-(s:Statement)',
} as const;

/** How many statements, at most, the fast path walks through before giving up (see below). */
export const FAST_PATH_BUDGET = 3000;

/**
 * For pages of one busy speaker or target: how to count its statements (cheap: Neo4j keeps the
 * degree of a node per relationship type) and how to tell whether a statement is one of them.
 */
function fastPath(anchor: Anchor, w: StatementWhere): { degree: string; member: string } | null {
  const of = (type: string, list: string) => ({
    degree: `reduce(d = 0, x IN ${list} | d + COUNT { (x)<-[:${type}]-() })`,
    member: `EXISTS { (s)-[:${type}]->(x) WHERE x IN ${list} }`,
  });
  if (anchor === 'bySpeaker') {
    return { degree: 'COUNT { (e)<-[:SAID_BY]-() }', member: 'EXISTS { (s)-[:SAID_BY]->(e) }' };
  }
  if (anchor === 'byAbout') {
    return { degree: 'COUNT { (e)<-[:ABOUT]-() }', member: 'EXISTS { (s)-[:ABOUT]->(e) }' };
  }
  if (anchor === 'all' && w.speaker != null) return of('SAID_BY', 'speakers');
  if (anchor === 'all' && w.about != null) return of('ABOUT', 'abouts');
  return null;
}

export function buildStatementQuery(q: StatementQueryInput): {
  cypher: string;
  params: Record<string, unknown>;
} {
  const w = q.where;
  const params: Record<string, unknown> = { limit: q.limit + 1 };
  const prelude: string[] = [];
  const carried: string[] = [];
  if (w.speaker != null) {
    prelude.push(resolveRef('speaker'));
    carried.push('speakers');
    params.speakerRef = w.speaker;
    params.speakerKey = nameKey(w.speaker);
  }
  if (w.about != null) {
    prelude.push(resolveRef('about'));
    carried.push('abouts');
    params.aboutRef = w.about;
    params.aboutKey = nameKey(w.about);
  }

  // How statements are reached: from the anchor entity, from a resolved filter entity, or all.
  let match: string;
  const conditions: string[] = [];
  if (q.anchor !== 'all') {
    match = ANCHOR_MATCH[q.anchor];
    if (w.speaker != null) conditions.push('EXISTS { (s)-[:SAID_BY]->(x) WHERE x IN speakers }');
    if (w.about != null) conditions.push('EXISTS { (s)-[:ABOUT]->(x) WHERE x IN abouts }');
  } else if (w.speaker != null) {
    match = 'UNWIND speakers AS sp MATCH (sp)<-[:SAID_BY]-(s:Statement)';
    if (w.about != null) conditions.push('EXISTS { (s)-[:ABOUT]->(x) WHERE x IN abouts }');
  } else if (w.about != null) {
    match = 'UNWIND abouts AS ab MATCH (ab)<-[:ABOUT]-(s:Statement)';
  } else {
    match = 'MATCH (s:Statement)';
  }

  if (w.stance != null) {
    conditions.push('s.stance IN $stances');
    params.stances = w.stance;
  }
  if (w.isQuote != null) {
    conditions.push('s.isQuote = $isQuote');
    params.isQuote = w.isQuote;
  }
  if (w.from != null) {
    conditions.push('s.at >= date($from)');
    params.from = w.from.toISOString().slice(0, 10);
  }
  if (w.to != null) {
    conditions.push('s.at <= date($to)');
    params.to = w.to.toISOString().slice(0, 10);
  }
  if (w.source != null) {
    conditions.push('s.sourceId = $source');
    params.source = w.source;
  }
  if (w.text != null) {
    conditions.push('toLower(s.text) CONTAINS $text');
    params.text = w.text.toLowerCase();
  }

  const desc = q.order === StatementOrder.DATE_DESC;
  const pageConditions = [...conditions];
  if (q.after) {
    pageConditions.push(
      desc
        ? '(s.at < date($afterAt) OR (s.at = date($afterAt) AND s.id < $afterId))'
        : '(s.at > date($afterAt) OR (s.at = date($afterAt) AND s.id > $afterId))',
    );
    params.afterAt = q.after[0];
    params.afterId = q.after[1];
  }
  const where = (c: string[]) => (c.length ? `WHERE ${c.join(' AND ')}` : '');
  const dir = desc ? 'DESC' : 'ASC';
  const scope = ['e', ...carried].join(', ');
  const rootScope = carried.join(', ');

  // Only an UNWIND over several resolved entities can reach a statement twice.
  const distinct = match.startsWith('UNWIND') ? 'DISTINCT ' : '';
  const expand = `${match} ${where(pageConditions)}
  WITH ${distinct}s ORDER BY s.at ${dir}, s.id ${dir} LIMIT $limit RETURN collect(s) AS page`;
  const sc = q.anchor === 'all' ? rootScope : scope;
  let page = `${expand.replace(' AS page', ` AS page }`)}`;
  const fast = fastPath(q.anchor, w);
  if (fast) {
    // Walk all statements newest first (the statement_sort index), keeping those that match,
    // for at most $budget of them; when that finds a full page, it is the page. Only tried when
    // the anchor has more statements than that, where expanding them all would cost more.
    params.budget = FAST_PATH_BUDGET;
    // The walk is an index seek whose lower bound is null (an empty range) unless the anchor is
    // busy enough, so a quiet anchor costs nothing here and is expanded below.
    const after = q.after ? ` AND s.at ${desc ? '<=' : '>='} date($afterAt)` : '';
    page = `MATCH (s:Statement)
  WHERE s.at > CASE WHEN ${fast.degree} >= $budget THEN date('0001-01-01') END${after} AND s.id IS NOT NULL
  WITH s ORDER BY s.at ${dir}, s.id ${dir} LIMIT $budget
  WHERE ${[fast.member, ...pageConditions].join(' AND ')}
  WITH s LIMIT $limit RETURN collect(s) AS fast }
CALL (${[sc, 'fast'].filter(Boolean).join(', ')}) {
  WITH * WHERE size(fast) = $limit RETURN fast AS page
  UNION
  WITH * WHERE size(fast) < $limit ${expand} }`;
  }
  page += `
  RETURN [s IN page | ${statementProjection(q.parts ?? null)}] AS rows`;
  const count = `${match}
  ${where(conditions)}
  RETURN count(${distinct}s) AS total`;

  const parts = [...prelude];
  if (q.anchor === 'all') {
    if (q.withCount) parts.push(`CALL (${rootScope}) {\n  ${count}\n}`);
    parts.push(`CALL (${rootScope}) {\n  CALL (${rootScope}) {\n  ${page}\n}`);
    parts.push(`RETURN rows${q.withCount ? ', total' : ', null AS total'}`);
  } else {
    params.ids = q.ids ?? [];
    parts.push(
      `UNWIND $ids AS eid\nMATCH (e:${q.anchor === 'bySource' ? 'Source' : 'Entity'} {id: eid})`,
    );
    if (q.withCount) parts.push(`CALL (${scope}) {\n  ${count}\n}`);
    parts.push(`CALL (${scope}) {\n  CALL (${scope}) {\n  ${page}\n}`);
    parts.push(`RETURN eid, rows${q.withCount ? ', total' : ', null AS total'}`);
  }
  // Whitespace is collapsed: a shorter query to send and to look up in Neo4j's query cache.
  return { cypher: parts.join('\n').replace(/\s+/g, ' ').trim(), params };
}
