import type { ConnectionPlan, StatementPage } from '../plan/plan';
import { bind, map, type CypherBuilder } from './builder';
import { statementFilter } from './filter.cypher';
import type { Anchor, Translators } from './translators';

/** How many statements, at most, the fast path walks through before giving up (see below). */
export const FAST_PATH_BUDGET = 3000;

/**
 * A page of statements as its connection asks: those of `anchor` (an entity's `statementsBy`, a
 * source's `statements`) or of the whole graph, filtered by `where`, ordered by date then id,
 * from the cursor on. The rows are fetched once, one more than the page to tell whether another
 * follows; the total is counted only when asked.
 */
export function statementPage(
  c: CypherBuilder,
  page: StatementPage,
  anchor: Anchor | null,
  t: Translators,
): string {
  const { speakers, abouts, targets, values, member } = statementFilter(c, page.where);

  // How statements are reached, and what else must hold of each.
  let reach: (s: string) => string;
  const linked: ((s: string) => string)[] = [];
  // Set when statements are reached from a filter's entities, which may be several.
  let several: string | null = null;
  if (anchor) {
    reach = (s) => `MATCH (${anchor.node})<-[:${anchor.link}]-(${s}:Statement)`;
    if (speakers) linked.push((s) => member(s, 'SAID_BY', speakers));
    if (abouts) linked.push((s) => member(s, 'ABOUT', abouts));
  } else if (speakers) {
    several = speakers;
    const sp = c.variable('sp');
    reach = (s) => `UNWIND ${speakers} AS ${sp} MATCH (${sp})<-[:SAID_BY]-(${s}:Statement)`;
    if (abouts) linked.push((s) => member(s, 'ABOUT', abouts));
  } else if (abouts ?? targets) {
    // A target filter alone reaches its statements as `about` does; its condition (among the
    // values) then keeps those about it as target.
    const list = (abouts ?? targets)!;
    several = list;
    const ab = c.variable('ab');
    reach = (s) => `UNWIND ${list} AS ${ab} MATCH (${ab})<-[:ABOUT]-(${s}:Statement)`;
  } else {
    reach = (s) => `MATCH (${s}:Statement)`;
  }

  const dir = page.descending ? 'DESC' : 'ASC';
  const after = page.after && { at: c.param(page.after[0]), id: c.param(page.after[1]) };
  const conditions = (s: string) => [...linked.map((f) => f(s)), ...values.map((f) => f(s))];
  const pageConditions = (s: string) => {
    if (!after) return conditions(s);
    const before = page.descending ? '<' : '>';
    return [
      ...conditions(s),
      `(${s}.at ${before} date(${after.at}) OR (${s}.at = date(${after.at}) AND ${s}.id ${before} ${after.id}))`,
    ];
  };
  const first = c.param(page.first);
  // Only several entities can reach a statement twice (a joint statement of two of them), and
  // DISTINCT over every statement of a busy speaker cost Neo4j a quarter of the page's time
  // (bench/README.md), so it is paid only when the filter named several.
  const distinctly = (query: (distinct: string) => string) =>
    several === null
      ? query('')
      : `CASE WHEN size(${several}) < 2 THEN ${query('')} ELSE ${query('DISTINCT ')} END`;

  const rows = () => {
    const limit = c.param(page.first + 1);
    const s = c.variable('s');
    const expand = distinctly(
      (distinct) =>
        `COLLECT { ${reach(s)} ${where(pageConditions(s))} WITH ${distinct}${s} ORDER BY ${s}.at ${dir}, ${s}.id ${dir} LIMIT ${limit} RETURN ${s} }`,
    );
    const fast = fastPath(c, anchor, speakers, abouts);
    if (!fast) return expand;
    // Walk all statements newest first (the statement_sort index), keeping those that match,
    // for at most the budget of them; when that finds a full page, it is the page. Only tried
    // when the anchor has more statements than that, where expanding them all costs more. One
    // expression of COLLECT subqueries, not CALLs joined by a UNION: a UNION branch that ends in
    // an aggregation answers a row even when nothing reached it, which gave a busy anchor a
    // second, empty page.
    const [v, walked, budget] = [c.variable('s'), c.variable('walked'), c.param(FAST_PATH_BUDGET)];
    const bound = after ? ` AND ${v}.at ${page.descending ? '<=' : '>='} date(${after.at})` : '';
    const walk = `COLLECT { MATCH (${v}:Statement) WHERE ${v}.at > date('0001-01-01')${bound} AND ${v}.id IS NOT NULL WITH ${v} ORDER BY ${v}.at ${dir}, ${v}.id ${dir} LIMIT ${budget} WHERE ${[fast.member(v), ...pageConditions(v)].join(' AND ')} WITH ${v} LIMIT ${limit} RETURN ${v} }`;
    return `CASE WHEN ${fast.degree} < ${budget} THEN ${expand} ELSE ${bind(walked, walk, `CASE WHEN size(${walked}) = ${limit} THEN ${walked} ELSE ${expand} END`)} END`;
  };
  const count = () => {
    const s = c.variable('s');
    return distinctly(
      (distinct) => `COUNT { ${reach(s)} ${where(conditions(s))} RETURN ${distinct}${s} }`,
    );
  };
  return projectConnection(c, page.connection, {
    rows,
    count,
    first,
    hasPrevious: page.after !== null,
    cursor: (s) => `[toString(${s}.at), ${s}.id]`,
    node: (s, plan) => t.statement(c, s, plan),
  });
}

/**
 * For pages of one busy speaker or target: how to count its statements (cheap: Neo4j keeps the
 * degree of a node per relationship type) and how to tell whether a statement is one of them.
 */
function fastPath(
  c: CypherBuilder,
  anchor: Anchor | null,
  speakers: string | null,
  abouts: string | null,
): { degree: string; member: (s: string) => string } | null {
  if (anchor) {
    if (anchor.link === 'REPORTED_IN') return null;
    return {
      degree: `COUNT { (${anchor.node})<-[:${anchor.link}]-() }`,
      member: (s) => `EXISTS { (${s})-[:${anchor.link}]->(${anchor.node}) }`,
    };
  }
  const [type, list] = speakers ? ['SAID_BY', speakers] : abouts ? ['ABOUT', abouts] : [];
  if (!type || !list) return null;
  const [d, x, y] = c.variables('d', 'x', 'x');
  return {
    degree: `reduce(${d} = 0, ${x} IN ${list} | ${d} + COUNT { (${x})<-[:${type}]-() })`,
    member: (s) => `EXISTS { (${s})-[:${type}]->(${y}) WHERE ${y} IN ${list} }`,
  };
}

const where = (conditions: string[]) =>
  conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';

/** How one page's rows are reached, counted and told apart. */
interface PageRows<N> {
  /** The rows from the cursor on, at most one more than the page; made only if asked. */
  rows: () => string;
  count: () => string;
  /** The page size, as an expression. */
  first: string;
  hasPrevious: boolean;
  /** The sort key of a row: what its cursor encodes. */
  cursor: (row: string) => string;
  node: (row: string, plan: N) => string;
}

/**
 * A Relay connection as its plan asks. Cursors are the rows' sort keys as lists; the cursor
 * fields encode them (read/answer.ts), since Cypher has no base64.
 */
export function projectConnection<N>(
  c: CypherBuilder,
  plan: ConnectionPlan<N>,
  page: PageRows<N>,
): string {
  const asksRows = plan.fields.some((f) => f.field.of !== 'totalCount');
  const rows = asksRows ? c.variable('rows') : '';
  const entries = plan.fields.map(({ key: name, field }) => {
    switch (field.of) {
      case 'totalCount':
        return [name, page.count()] as const;
      case 'pageInfo': {
        const x = c.variable('x');
        const info = field.fields.map(({ key: k, field: f }) => {
          if (f === 'hasNextPage') return [k, `size(${rows}) > ${page.first}`] as const;
          if (f === 'hasPreviousPage') return [k, String(page.hasPrevious)] as const;
          const edge = f === 'startCursor' ? `${rows}[..1]` : `${rows}[..${page.first}][-1..]`;
          return [k, `[${x} IN ${edge} | ${page.cursor(x)}][0]`] as const;
        });
        return [name, map(info)] as const;
      }
      case 'edges': {
        const x = c.variable('x');
        const edge = field.fields.map(({ key: k, field: f }) =>
          f.of === 'cursor' ? ([k, page.cursor(x)] as const) : ([k, page.node(x, f.node)] as const),
        );
        return [name, `[${x} IN ${rows}[..${page.first}] | ${map(edge)}]`] as const;
      }
    }
  });
  return asksRows ? bind(rows, page.rows(), map(entries)) : map(entries);
}
