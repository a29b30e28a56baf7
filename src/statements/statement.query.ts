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
function fastPath(anchor: Anchor, w: QueryShape['has']): { degree: string; member: string } | null {
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
  if (anchor === 'all' && w.speaker) return of('SAID_BY', 'speakers');
  if (anchor === 'all' && w.about) return of('ABOUT', 'abouts');
  return null;
}

/** What the text of a statement query depends on: which filters are given, not their values. */
interface QueryShape {
  anchor: Anchor;
  has: Record<
    'speaker' | 'about' | 'stance' | 'isQuote' | 'from' | 'to' | 'source' | 'text',
    boolean
  >;
  desc: boolean;
  after: boolean;
  withCount: boolean;
  parts: readonly StatementPart[] | null;
}

// A few dozen shapes occur in practice; each query text is built once. Building it for every page
// (and collapsing its whitespace) was a tenth of the CPU time of a request for a page.
const cyphers = new Map<string, string>();

export function buildStatementQuery(q: StatementQueryInput): {
  cypher: string;
  params: Record<string, unknown>;
} {
  const w = q.where;
  const shape: QueryShape = {
    anchor: q.anchor,
    has: {
      speaker: w.speaker != null,
      about: w.about != null,
      stance: w.stance != null,
      isQuote: w.isQuote != null,
      from: w.from != null,
      to: w.to != null,
      source: w.source != null,
      text: w.text != null,
    },
    desc: q.order === StatementOrder.DATE_DESC,
    after: q.after !== null,
    withCount: q.withCount,
    parts: q.parts ?? null,
  };
  const key = JSON.stringify(shape);
  let cypher = cyphers.get(key);
  if (cypher === undefined) {
    cypher = statementCypher(shape);
    cyphers.set(key, cypher);
  }
  return { cypher, params: statementParams(q, shape) };
}

/** The parameters of a statement query: every value of the filter travels as one. */
function statementParams(q: StatementQueryInput, shape: QueryShape): Record<string, unknown> {
  const w = q.where;
  const params: Record<string, unknown> = { limit: q.limit + 1 };
  if (w.speaker != null) {
    params.speakerRef = w.speaker;
    params.speakerKey = nameKey(w.speaker);
  }
  if (w.about != null) {
    params.aboutRef = w.about;
    params.aboutKey = nameKey(w.about);
  }
  if (w.stance != null) params.stances = w.stance;
  if (w.isQuote != null) params.isQuote = w.isQuote;
  if (w.from != null) params.from = w.from.toISOString().slice(0, 10);
  if (w.to != null) params.to = w.to.toISOString().slice(0, 10);
  if (w.source != null) params.source = w.source;
  if (w.text != null) params.text = w.text.toLowerCase();
  if (q.after) {
    params.afterAt = q.after[0];
    params.afterId = q.after[1];
  }
  if (fastPath(shape.anchor, shape.has)) params.budget = FAST_PATH_BUDGET;
  if (shape.anchor !== 'all') params.ids = q.ids ?? [];
  return params;
}

function statementCypher(shape: QueryShape): string {
  const w = shape.has;
  const prelude: string[] = [];
  const carried: string[] = [];
  if (w.speaker) {
    prelude.push(resolveRef('speaker'));
    carried.push('speakers');
  }
  if (w.about) {
    prelude.push(resolveRef('about'));
    carried.push('abouts');
  }

  // How statements are reached: from the anchor entity, from a resolved filter entity, or all.
  let match: string;
  const conditions: string[] = [];
  if (shape.anchor !== 'all') {
    match = ANCHOR_MATCH[shape.anchor];
    if (w.speaker) conditions.push('EXISTS { (s)-[:SAID_BY]->(x) WHERE x IN speakers }');
    if (w.about) conditions.push('EXISTS { (s)-[:ABOUT]->(x) WHERE x IN abouts }');
  } else if (w.speaker) {
    match = 'UNWIND speakers AS sp MATCH (sp)<-[:SAID_BY]-(s:Statement)';
    if (w.about) conditions.push('EXISTS { (s)-[:ABOUT]->(x) WHERE x IN abouts }');
  } else if (w.about) {
    match = 'UNWIND abouts AS ab MATCH (ab)<-[:ABOUT]-(s:Statement)';
  } else {
    match = 'MATCH (s:Statement)';
  }

  if (w.stance) conditions.push('s.stance IN $stances');
  if (w.isQuote) conditions.push('s.isQuote = $isQuote');
  if (w.from) conditions.push('s.at >= date($from)');
  if (w.to) conditions.push('s.at <= date($to)');
  if (w.source) conditions.push('s.sourceId = $source');
  if (w.text) conditions.push('toLower(s.text) CONTAINS $text');

  const desc = shape.desc;
  const pageConditions = [...conditions];
  if (shape.after) {
    pageConditions.push(
      desc
        ? '(s.at < date($afterAt) OR (s.at = date($afterAt) AND s.id < $afterId))'
        : '(s.at > date($afterAt) OR (s.at = date($afterAt) AND s.id > $afterId))',
    );
  }
  const where = (c: string[]) => (c.length ? `WHERE ${c.join(' AND ')}` : '');
  const dir = desc ? 'DESC' : 'ASC';
  const scope = ['e', ...carried].join(', ');
  const rootScope = carried.join(', ');

  // Only an UNWIND over several resolved entities can reach a statement twice.
  const distinct = match.startsWith('UNWIND') ? 'DISTINCT ' : '';
  const expand = `COLLECT { ${match} ${where(pageConditions)}
  WITH ${distinct}s ORDER BY s.at ${dir}, s.id ${dir} LIMIT $limit RETURN s }`;
  let page = expand;
  const fast = fastPath(shape.anchor, w);
  if (fast) {
    // Walk all statements newest first (the statement_sort index), keeping those that match,
    // for at most $budget of them; when that finds a full page, it is the page. Only tried when
    // the anchor has more statements than that, where expanding them all would cost more.
    // The page is one expression of COLLECT subqueries, not CALLs joined by a UNION: a UNION
    // branch that ends in an aggregation answers a row even when its WHERE let nothing through,
    // which gave a busy anchor a second, empty page. The expression costs Neo4j the same as the
    // UNION did, within this machine's noise (bench/README.md).
    const after = shape.after ? ` AND s.at ${desc ? '<=' : '>='} date($afterAt)` : '';
    const walk = `COLLECT { MATCH (s:Statement)
  WHERE s.at > date('0001-01-01')${after} AND s.id IS NOT NULL
  WITH s ORDER BY s.at ${dir}, s.id ${dir} LIMIT $budget
  WHERE ${[fast.member, ...pageConditions].join(' AND ')}
  WITH s LIMIT $limit RETURN s }`;
    page = `CASE WHEN ${fast.degree} < $budget THEN ${expand}
  ELSE [walked IN [${walk}] | CASE WHEN size(walked) = $limit THEN walked ELSE ${expand} END][0] END`;
  }
  const rows = `[s IN ${page} | ${statementProjection(shape.parts)}] AS rows`;
  const count = `${match}
  ${where(conditions)}
  RETURN count(${distinct}s) AS total`;

  const parts = [...prelude];
  const total = shape.withCount ? 'total' : 'null AS total';
  if (shape.anchor === 'all') {
    if (shape.withCount) parts.push(`CALL (${rootScope}) {\n  ${count}\n}`);
    parts.push(`RETURN ${rows}, ${total}`);
  } else {
    parts.push(
      `UNWIND $ids AS eid\nMATCH (e:${shape.anchor === 'bySource' ? 'Source' : 'Entity'} {id: eid})`,
    );
    if (shape.withCount) parts.push(`CALL (${scope}) {\n  ${count}\n}`);
    parts.push(`RETURN eid, ${rows}, ${total}`);
  }
  // Whitespace is collapsed: a shorter query to send and to look up in Neo4j's query cache.
  return parts.join('\n').replace(/\s+/g, ' ').trim();
}
