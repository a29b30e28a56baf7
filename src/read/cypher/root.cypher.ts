import type { RootPlan } from '../plan/plan';
import { Direction } from '../../entities/vocabulary';
import { stanceMatrix, timeline, topEntities } from './analysis.cypher';
import { map, type CypherBuilder } from './builder';
import { projectRelation, relType } from './entity.cypher';
import { entityByRef } from './lookup.cypher';
import { projectConnection } from './page.cypher';
import { shortestPaths } from './shortest-paths.cypher';
import type { Translators } from './translators';

type Root<R extends RootPlan['root']> = Extract<RootPlan, { root: R }>;

/**
 * The fields of Query (and what mutations answer), each as the body of one query that returns a
 * single row, `answer` the field's value in the shape of the answer (null or no row for none).
 */
export function rootBody(c: CypherBuilder, plan: RootPlan, t: Translators): string {
  switch (plan.root) {
    case 'entity':
      return entity(c, plan, t);
    case 'entities':
      return entities(c, plan, t);
    case 'statements':
      return `RETURN ${t.statementPage(c, plan.page, null)} AS answer`;
    case 'statement': {
      const s = c.variable('s');
      return `MATCH (${s}:Statement {id: ${c.param(plan.id)}})\nRETURN ${t.statement(c, s, plan.statement)} AS answer`;
    }
    case 'source': {
      const src = c.variable('src');
      return `MATCH (${src}:Source {id: ${c.param(plan.id)}})\nRETURN ${t.source(c, src, plan.source)} AS answer`;
    }
    case 'sources':
      return sources(c, plan, t);
    case 'search':
      return search(c, plan, t);
    case 'path':
      return path(c, plan, t);
    case 'disputes':
      return disputes(c, plan, t);
    case 'relation':
      return relation(c, plan, t);
    case 'stanceMatrix':
      return stanceMatrix(c, plan, t);
    case 'timeline':
      return timeline(c, plan);
    case 'topEntities':
      return topEntities(c, plan, t);
  }
}

function entity(c: CypherBuilder, plan: Root<'entity'>, t: Translators): string {
  const e = c.variable('e');
  const find =
    'id' in plan.ref
      ? `MATCH (${e}:Entity {id: ${c.param(plan.ref.id)}})`
      : `${entityByRef(c, plan.ref.name, e)}\nWITH ${e} WHERE ${e} IS NOT NULL`;
  return `${find}\nRETURN ${t.entity(c, e, plan.entity)} AS answer`;
}

function entities(c: CypherBuilder, plan: Root<'entities'>, t: Translators): string {
  const kind = plan.kind === null ? null : c.param(plan.kind);
  const after = plan.after && { name: c.param(plan.after[0]), id: c.param(plan.after[1]) };
  const [dir, before] = plan.descending ? ['DESC', '<'] : ['ASC', '>'];
  const ofKind = (x: string) => (kind ? [`${x}.kind = ${kind}`] : []);
  const page = projectConnection(c, plan.connection, {
    rows: () => {
      const x = c.variable('x');
      const conditions = ofKind(x);
      if (after) {
        conditions.push(
          `(${x}.sortName ${before} ${after.name} OR (${x}.sortName = ${after.name} AND ${x}.id ${before} ${after.id}))`,
        );
      }
      const where = conditions.length ? `WHERE ${conditions.join(' AND ')} ` : '';
      return `COLLECT { MATCH (${x}:Entity) ${where}WITH ${x} ORDER BY ${x}.sortName ${dir}, ${x}.id ${dir} LIMIT ${c.param(plan.first + 1)} RETURN ${x} }`;
    },
    count: () => {
      const x = c.variable('x');
      return `COUNT { MATCH (${x}:Entity) ${kind ? `WHERE ${ofKind(x)[0]} ` : ''}}`;
    },
    first: c.param(plan.first),
    hasPrevious: plan.after !== null,
    cursor: (x) => `[${x}.sortName, ${x}.id]`,
    node: (x, node) => t.entity(c, x, node),
  });
  return `RETURN ${page} AS answer`;
}

function sources(c: CypherBuilder, plan: Root<'sources'>, t: Translators): string {
  const after = plan.after && { at: c.param(plan.after[0]), id: c.param(plan.after[1]) };
  const page = projectConnection(c, plan.connection, {
    rows: () => {
      const x = c.variable('x');
      const where = after
        ? `WHERE ${x}.publishedAt < date(${after.at}) OR (${x}.publishedAt = date(${after.at}) AND ${x}.id < ${after.id}) `
        : '';
      return `COLLECT { MATCH (${x}:Source) ${where}WITH ${x} ORDER BY ${x}.publishedAt DESC, ${x}.id DESC LIMIT ${c.param(plan.first + 1)} RETURN ${x} }`;
    },
    count: () => `COUNT { (:Source) }`,
    first: c.param(plan.first),
    hasPrevious: plan.after !== null,
    cursor: (x) => `[toString(${x}.publishedAt), ${x}.id]`,
    node: (x, node) => t.source(c, x, node),
  });
  return `RETURN ${page} AS answer`;
}

/** Both full-text indexes, best score first; only the hits kept are projected. */
function search(c: CypherBuilder, plan: Root<'search'>, t: Translators): string {
  const [query, limit, kinds] = [c.param(plan.query), c.param(plan.first), c.param(plan.kinds)];
  const [e, s, node, score, kind] = c.variables('e', 's', 'node', 'score', 'kind');
  const hit = plan.hit.map(({ key: name, field }) => {
    switch (field.of) {
      case 'kind':
        return [name, kind] as const;
      case 'score':
        return [name, score] as const;
      case 'entity':
        return [
          name,
          `CASE WHEN ${kind} = 'ENTITY' THEN ${t.entity(c, node, field.entity)} END`,
        ] as const;
      case 'statement':
        return [
          name,
          `CASE WHEN ${kind} = 'STATEMENT' THEN ${t.statement(c, node, field.statement)} END`,
        ] as const;
    }
  });
  return `CALL () {
  CALL db.index.fulltext.queryNodes('entity_text', ${query}, {limit: ${limit}}) YIELD node AS ${e}, score AS ${score}
  WHERE ${kinds} IS NULL OR ${e}.kind IN ${kinds}
  RETURN 'ENTITY' AS ${kind}, ${e} AS ${node}, ${score}
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_text', ${query}, {limit: ${limit}}) YIELD node AS ${s}, score AS ${score}
  WHERE ${kinds} IS NULL
  RETURN 'STATEMENT' AS ${kind}, ${s} AS ${node}, ${score}
}
WITH ${kind}, ${node}, ${score} ORDER BY ${score} DESC, ${kind} LIMIT ${limit}
RETURN collect(${map(hit)}) AS answer`;
}

/**
 * The shortest paths between the entities two references name (shortest-paths.cypher.ts), each
 * as its plan asks. The ends are compared first because allShortestPaths refuses a path from a
 * node to itself: an entity is its own path of length 0. `from` and `to` tell whether each
 * reference named an entity, so that the answer can say which did not.
 */
function path(c: CypherBuilder, plan: Root<'path'>, t: Translators): string {
  c.params.limit = plan.first;
  const [p, n, r, i, text] = c.variables('p', 'n', 'r', 'i', 'text');
  const label = (x: string) =>
    `CASE WHEN ${x}:Statement THEN '[' + ${x}.stance + ' statement]' ELSE ${x}.name END`;
  const entries = plan.path.map(({ key: name, field }) => {
    switch (field.of) {
      case 'length':
        return [name, `size(${p}.e)`] as const;
      case 'summary':
        // "S-300 <-ABOUT- [ACCUSE statement] -SAID_BY-> Azerbaijan"
        return [
          name,
          `reduce(${text} = ${label(`${p}.n[0]`)}, ${i} IN range(0, size(${p}.e) - 1) | ${text} + CASE WHEN startNode(${p}.e[${i}]) = ${p}.n[${i}] THEN ' -' + type(${p}.e[${i}]) + '-> ' ELSE ' <-' + type(${p}.e[${i}]) + '- ' END + ${label(`${p}.n[${i} + 1]`)})`,
        ] as const;
      case 'edges': {
        const edge = field.fields.map(({ key: k, field: f }) => {
          const value =
            f === 'type' ? `type(${r})` : `${f === 'from' ? 'startNode' : 'endNode'}(${r}).id`;
          return [k, value] as const;
        });
        return [name, `[${r} IN ${p}.e | ${map(edge)}]`] as const;
      }
      case 'nodes': {
        const statement = t.statement(c, n, field.statement, { typed: true });
        return [
          name,
          `[${n} IN ${p}.n | CASE WHEN ${n}:Statement THEN ${statement} ELSE ${t.entity(c, n, field.entity)} END]`,
        ] as const;
      }
    }
  });
  return `${entityByRef(c, plan.from, 'a')}
${entityByRef(c, plan.to, 'b')}
WITH a, b, CASE WHEN a IS NULL OR b IS NULL THEN [] WHEN a = b THEN [{n: [a], e: []}] ELSE ${shortestPaths(plan.maxHops)} END AS paths
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, [${p} IN paths | ${map(entries)}] AS answer`;
}

/**
 * Pairs of statements that disagree: those a source linked (a denial and what it denies), and
 * casualty figures reported side by side in one source by different claimants, derived here so
 * that no toll is ever merged with another. `about` keeps the pairs said by or about an entity.
 */
function disputes(c: CypherBuilder, plan: Root<'disputes'>, t: Translators): string {
  const [a, b, d, kindOf, derived, x] = c.variables('a', 'b', 'd', 'kind', 'derived', 'about');
  const touches =
    plan.about === null
      ? []
      : [
          `(EXISTS { (${a})-[:SAID_BY|ABOUT]->(${x}) } OR EXISTS { (${b})-[:SAID_BY|ABOUT]->(${x}) })`,
        ];
  const find =
    plan.about === null
      ? ''
      : `${entityByRef(c, plan.about, x)}\nWITH ${x} WHERE ${x} IS NOT NULL\n`;
  const scope = plan.about === null ? '' : x;
  const entries = plan.dispute.map(({ key: name, field }) => {
    switch (field.of) {
      case 'kind':
        return [name, kindOf] as const;
      case 'derived':
        return [name, derived] as const;
      case 'statement':
        return [name, t.statement(c, a, field.statement)] as const;
      case 'disputed':
        return [name, t.statement(c, b, field.statement)] as const;
    }
  });
  // Two MATCH clauses rather than one with a comma for the figures: the same plan (a hash join
  // on sourceId), but Neo4j warns of a cartesian product for disconnected patterns in one MATCH.
  return `${find}CALL (${scope}) {
  MATCH (${a}:Statement)-[${d}:DISPUTES]->(${b}:Statement)
  ${touches.length ? `WHERE ${touches[0]}` : ''}
  RETURN ${a}, ${b}, ${d}.kind AS ${kindOf}, false AS ${derived}
  UNION
  MATCH (${a}:Statement {hasFigures: true})
  MATCH (${b}:Statement {hasFigures: true}) WHERE ${a}.sourceId = ${b}.sourceId AND ${a}.id > ${b}.id
    AND NOT EXISTS { (${a})-[:DISPUTES]-(${b}) }
    AND NOT EXISTS { (${a})-[:SAID_BY]->()<-[:SAID_BY]-(${b}) }
    ${touches.map((w) => `AND ${w}`).join('')}
  RETURN ${a}, ${b}, 'COMPETING_FIGURES' AS ${kindOf}, true AS ${derived}
}
WITH ${a}, ${b}, ${kindOf}, ${derived} ORDER BY ${a}.at DESC, ${a}.id LIMIT ${c.param(plan.first)}
RETURN collect(${map(entries)}) AS answer`;
}

function relation(c: CypherBuilder, plan: Root<'relation'>, t: Translators): string {
  const [e, r, o] = c.variables('e', 'r', 'o');
  const projected = projectRelation(c, { e, r, o, direction: Direction.OUT }, plan.relation, t);
  return `MATCH (${e}:Entity {id: ${c.param(plan.from)}})-[${r}:${relType(plan.type)}]->(${o}:Entity {id: ${c.param(plan.to)}})
WHERE ${r}.sourceId = ${c.param(plan.sourceId)}
RETURN ${projected} AS answer LIMIT 1`;
}
