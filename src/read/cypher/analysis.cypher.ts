import { AboutRole } from '../../statements/vocabulary';
import type { RootPlan, TimeBucket } from '../plan/plan';
import { map, type CypherBuilder } from './builder';
import { conditionsOn, filterLists, matchFiltered, statementFilter } from './filter.cypher';
import { entityByRef, entitiesByRefs } from './lookup.cypher';
import { tallyCounts, talliesAnswer } from './tally.cypher';
import type { Translators } from './translators';

type Root<R extends RootPlan['root']> = Extract<RootPlan, { root: R }>;

/**
 * The aggregations, each one query whose one row holds the list the field answers. Neo4j counts
 * rows (`count(*)`): a statement is linked to an entity once as speaker and once in what it is
 * about (seed/rows.ts), and the statements reached from several entities are made DISTINCT first
 * (filter.cypher.ts), so each row is one statement; counting DISTINCT statements cost a quarter
 * more at 1M (bench/README.md). A joint statement counts once for each of its speakers and each
 * of its targets. Targets are the entities a statement is ABOUT as `target`, not those it only
 * mentions.
 */

/** The first day of the bucket of statement `s`, by the day it sorts by (`at`); null for ALL. */
export function bucketStart(bucket: TimeBucket, s: string): string {
  switch (bucket) {
    case 'DAY':
      return `${s}.at`;
    case 'WEEK':
      return `date.truncate('week', ${s}.at)`;
    case 'MONTH':
      return `date.truncate('month', ${s}.at)`;
    case 'YEAR':
      return `date.truncate('year', ${s}.at)`;
    case 'ALL':
      return 'null';
  }
}

const TARGET = `'${AboutRole.TARGET}'`;

/** The variables the rows of stanceCounts are bound to, made fresh for one query. */
export interface StanceCountNames {
  speaker: string;
  target: string;
  stance: string;
  bucket: string;
  count: string;
}

export function stanceCountNames(c: CypherBuilder): StanceCountNames {
  return {
    speaker: c.variable('sp'),
    target: c.variable('t'),
    stance: c.variable('stance'),
    bucket: c.variable('bucket'),
    count: c.variable('n'),
  };
}

/**
 * The counts of one stance matrix: rows of `speaker`, `target` (the entity nodes), `stance`,
 * `bucket` (a date or null) and `count`, the highest counts first, at most `first` of them. The
 * matrix's answer and the dyads export are both written on it.
 */
export function stanceCounts(
  c: CypherBuilder,
  plan: Pick<Root<'stanceMatrix'>, 'where' | 'speakers' | 'targets' | 'bucket'>,
  names: StanceCountNames,
  first: number | null,
): string {
  const speakers = plan.speakers && entitiesByRefs(c, plan.speakers);
  const targets = plan.targets && entitiesByRefs(c, plan.targets);
  const { speaker: sp, target: t, stance, bucket, count } = names;
  const limit = first === null ? '' : `\nLIMIT ${c.param(first)}`;
  const order = `ORDER BY ${count} DESC, ${bucket}, ${sp}.id, ${t}.id, ${stance}${limit}`;
  const tallied = talliesAnswer(plan);
  const window = plan.where.from !== undefined || plan.where.to !== undefined;
  if (tallied && !(speakers && targets && window)) {
    return `${tallyCounts(c, plan, { speakers, targets }, names)}\n${order}`;
  }
  const filter = statementFilter(c, plan.where);
  const groups = (reach: (s: string) => string) => {
    const [s, r] = c.variables('s', 'r');
    return `${reach(s)}
MATCH (${s})-[${r}:ABOUT]->(${t}:Entity) WHERE ${r}.role = ${TARGET}${targets ? ` AND ${t} IN ${targets}` : ''}
WITH ${sp}, ${t}, ${s}.stance AS ${stance}, ${bucketStart(plan.bucket, s)} AS ${bucket}, count(*) AS ${count}`;
  };
  if (!speakers) {
    const all = groups(
      (s) =>
        `${matchFiltered(c, filter, s, { keep: targets ? [targets] : [] })}\nMATCH (${s})-[:SAID_BY]->(${sp}:Entity)`,
    );
    return `${all}\n${order}`;
  }
  // From the named speakers to their statements, or from the statements of the days asked to
  // their speakers, whichever has fewer to walk: Neo4j cannot tell (it does not know how many
  // statements the speakers have), so the query counts both first, each cheaply (the degrees are
  // stored; the days are a range of the statement_sort index), and takes the smaller.
  const fromSpeakers = () =>
    groups(
      (s) =>
        `UNWIND ${speakers} AS ${sp} MATCH (${sp})<-[:SAID_BY]-(${s}:Statement)` +
        where(conditionsOn(filter, s)),
    );
  if (filter.days.length === 0) return `${fromSpeakers()}\n${order}`;
  const fromDays = groups(
    (s) =>
      `MATCH (${s}:Statement)${where([...conditionsOn(filter, s), `${s}.id IS NOT NULL`])}
MATCH (${s})-[:SAID_BY]->(${sp}:Entity) WHERE ${sp} IN ${speakers}`,
  );
  const [x, d, y, byDays] = c.variables('x', 'd', 'x', 'byDays');
  const inWindow = [...filter.days.map((f) => f(y)), `${y}.id IS NOT NULL`].join(' AND ');
  let fewerInDays: string;
  let otherwise: string;
  if (tallied) {
    // The tallies take a seek per pair of speaker and target named, which on a small graph costs
    // more than walking the statements of the days asked (bench/README.md). The days are walked
    // when they hold fewer statements than a quarter of the pairs, which the count finds out
    // reading at most that many entries of the statement_sort index: on a big graph, where the
    // tallies win, the question costs it little.
    const walkable = c.param(Math.ceil((plan.speakers!.length * plan.targets!.length) / 4));
    fewerInDays = `COUNT { MATCH (${y}:Statement) WHERE ${inWindow} RETURN ${y} LIMIT ${walkable} } < ${walkable}`;
    otherwise = tallyCounts(c, plan, { speakers, targets }, names);
  } else {
    const said = `reduce(${d} = 0, ${x} IN ${speakers} | ${d} + COUNT { (${x})<-[:SAID_BY]-() })`;
    fewerInDays = `COUNT { MATCH (${y}:Statement) WHERE ${inWindow} } < ${said}`;
    otherwise = fromSpeakers();
  }
  // Two branches of a UNION, of which the condition lets one through; the other reads nothing.
  // (Not a CASE of two COLLECTs: Cypher allows no aggregation there.)
  const result = `RETURN ${sp}, ${t}, ${stance}, ${bucket}, ${count}`;
  // A subquery expression sees the variables of the query around it only where it names them, so
  // the CALL names what it uses.
  const lists = [speakers, ...(targets ? [targets] : []), ...filterLists(filter)];
  // The walk in a CALL of its own, so that it runs only when chosen: Neo4j would otherwise seek
  // the days first and drop what it found after (1,634 statements at 10k, for nothing).
  return `WITH *, ${fewerInDays} AS ${byDays}
CALL (${[byDays, ...lists].join(', ')}) {
  WITH * WHERE ${byDays}
  CALL (${lists.join(', ')}) {
  ${fromDays}
  ${result}
  }
  ${result}
  UNION ALL
  WITH * WHERE NOT ${byDays}
  ${otherwise}
  ${result}
}
WITH ${sp}, ${t}, ${stance}, ${bucket}, ${count}
${order}`;
}

/**
 * The matrix's answer, sent compactly: `cells` as lists [speaker id, target id, stance, bucket,
 * count] in the order of the counts, and under each entity field's response key the entities of
 * that side, once each, as [id, entity]. A 20 × 20 monthly matrix has some 12,000 cells over
 * 40 entities, and Neo4j takes twice as long to send them as maps with the entities inside
 * (bench/README.md); read/cells.ts expands them into the answer.
 */
export function stanceMatrix(c: CypherBuilder, plan: Root<'stanceMatrix'>, t: Translators): string {
  const names = stanceCountNames(c);
  const { speaker: sp, target: tg, stance, bucket, count } = names;
  const [cells, speakers, targets] = c.variables('cells', 'speakers', 'targets');
  const side = { speaker: speakers, target: targets };
  const entities = map(
    plan.cell.flatMap(({ key: k, field }) => {
      if (field.of !== 'speaker' && field.of !== 'target') return [];
      const e = c.variable('e');
      const each = `[${e}.id, ${t.entity(c, e, field.entity)}]`;
      return [[k, `COLLECT { UNWIND ${side[field.of]} AS ${e} RETURN ${each} }`] as const];
    }),
  );
  // In a subquery that sees every variable, so that the query's other lists (those the entities'
  // own fields filter by) are still there for the entities after the cells are collected.
  return `CALL (*) {
${stanceCounts(c, plan, names, plan.first)}
RETURN collect([${sp}.id, ${tg}.id, ${stance}, toString(${bucket}), ${count}]) AS ${cells},
       collect(DISTINCT ${sp}) AS ${speakers}, collect(DISTINCT ${tg}) AS ${targets}
}
RETURN {cells: ${cells}, entities: ${entities}} AS answer`;
}

/**
 * What one entity said (BY) and what was said about it as target (ABOUT), counted per bucket and
 * stance, in the order of the buckets. An entity the reference does not name has no points.
 */
export function timeline(c: CypherBuilder, plan: Root<'timeline'>): string {
  const e = c.variable('e');
  const filter = statementFilter(c, plan.where);
  const [s, dir, bucket, stance, n] = c.variables('s', 'dir', 'bucket', 'stance', 'n');
  const conditions = (s: string, more: string[]) => where([...more, ...conditionsOn(filter, s)]);
  const branches = plan.directions.map((direction) => {
    const x = c.variable('s');
    const r = c.variable('r');
    const reach =
      direction === 'BY'
        ? `MATCH (${e})<-[:SAID_BY]-(${x}:Statement)${conditions(x, [])}`
        : `MATCH (${e})<-[${r}:ABOUT]-(${x}:Statement)${conditions(x, [`${r}.role = ${TARGET}`])}`;
    return `${reach}\n  RETURN '${direction}' AS ${dir}, ${x} AS ${s}`;
  });
  const values: Record<string, string> = {
    bucket: `toString(${bucket})`,
    direction: dir,
    stance,
    count: n,
  };
  const point = map(plan.point.map(({ key: k, field }) => [k, values[field]!] as const));
  return `${entityByRef(c, plan.entity, e)}
RETURN COLLECT {
  CALL (${[e, ...filterLists(filter)].join(', ')}) {
  ${branches.join('\n  UNION ALL\n  ')}
  }
  WITH ${dir}, ${s}.stance AS ${stance}, ${bucketStart(plan.bucket, s)} AS ${bucket}, count(*) AS ${n}
  ORDER BY ${bucket}, ${dir}, ${stance}
  RETURN ${point}
} AS answer`;
}

/** The entities most statements are said by, or aimed at, with their counts. */
export function topEntities(c: CypherBuilder, plan: Root<'topEntities'>, t: Translators): string {
  const filter = statementFilter(c, plan.where);
  const [s, r, e, n] = c.variables('s', 'r', 'e', 'n');
  const link =
    plan.link === 'SAID_BY'
      ? `MATCH (${s})-[:SAID_BY]->(${e}:Entity)`
      : `MATCH (${s})-[${r}:ABOUT]->(${e}:Entity) WHERE ${r}.role = ${TARGET}`;
  const row = map(
    plan.row.map(({ key: k, field }) =>
      field.of === 'entity' ? ([k, t.entity(c, e, field.entity)] as const) : ([k, n] as const),
    ),
  );
  return `RETURN COLLECT {
${matchFiltered(c, filter, s)}
${link}
WITH ${e}, count(*) AS ${n}
ORDER BY ${n} DESC, ${e}.id
LIMIT ${c.param(plan.first)}
RETURN ${row}
} AS answer`;
}

const where = (conditions: string[]) =>
  conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
