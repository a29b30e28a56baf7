import { nameKey } from '../text/normalize';
import { STATEMENT_PROJECTION } from './statement.row';
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
}

// Resolves `$<name>Ref` (an id, a name or an alias) to a list of entities in `<name>s`: the entity
// with that id if there is one, else those whose name it is, else those it is an alias of.
function resolveRef(name: 'speaker' | 'about'): string {
  return `
CALL () {
  OPTIONAL MATCH (byId:Entity {id: $${name}Ref})
  OPTIONAL MATCH (:EntityName {key: $${name}Key})-[nm:NAMES]->(byName:Entity)
  WITH byId, collect(CASE WHEN byName IS NULL THEN null ELSE {e: byName, primary: nm.primary} END) AS named
  RETURN CASE WHEN byId IS NOT NULL THEN [byId]
              WHEN any(x IN named WHERE x.primary) THEN [x IN named WHERE x.primary | x.e]
              ELSE [x IN named | x.e] END AS ${name}s
}`;
}

const ANCHOR_MATCH = {
  bySpeaker: 'MATCH (e)<-[:SAID_BY]-(s:Statement)',
  byAbout: 'MATCH (e)<-[:ABOUT]-(s:Statement)',
  bySource: 'MATCH (e)<-[:REPORTED_IN]-(s:Statement)',
} as const;

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
  const page = `${match}
  ${where(pageConditions)}
  WITH ${distinct}s ORDER BY s.at ${dir}, s.id ${dir} LIMIT $limit
  RETURN collect(${STATEMENT_PROJECTION}) AS rows`;
  const count = `${match}
  ${where(conditions)}
  RETURN count(${distinct}s) AS total`;

  const parts = [...prelude];
  if (q.anchor === 'all') {
    if (q.withCount) parts.push(`CALL (${rootScope}) {\n  ${count}\n}`);
    parts.push(`CALL (${rootScope}) {\n  ${page}\n}`);
    parts.push(`RETURN rows${q.withCount ? ', total' : ', null AS total'}`);
  } else {
    params.ids = q.ids ?? [];
    parts.push(
      `UNWIND $ids AS eid\nMATCH (e:${q.anchor === 'bySource' ? 'Source' : 'Entity'} {id: eid})`,
    );
    if (q.withCount) parts.push(`CALL (${scope}) {\n  ${count}\n}`);
    parts.push(`CALL (${scope}) {\n  ${page}\n}`);
    parts.push(`RETURN eid, rows${q.withCount ? ', total' : ', null AS total'}`);
  }
  return { cypher: parts.join('\n'), params };
}
