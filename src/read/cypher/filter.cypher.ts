import { AboutRole } from '../../statements/vocabulary';
import type { StatementFilter } from '../plan/plan';
import type { CypherBuilder } from './builder';
import { entitiesByRef } from './lookup.cypher';

/** A statement filter (`StatementWhere`) as the parts a query is written with. */
export interface StatementFilterParts {
  /** The list of entities `speaker` names, found once in a prelude; null when not filtered. */
  speakers: string | null;
  /** The same for `about`. */
  abouts: string | null;
  /** The same for `target`. */
  targets: string | null;
  /** The conditions on a statement's own properties (stance, dates, source, text…). */
  values: ((s: string) => string)[];
  /** The conditions of `from` and `to` alone (also among `values`); empty when not given. */
  days: ((s: string) => string)[];
  /** Whether statement `s` is linked by `type` to one of the entities of `list`. */
  member: (s: string, type: 'SAID_BY' | 'ABOUT', list: string) => string;
}

/**
 * The one translation of `StatementWhere`, shared by the pages of statements, the aggregations
 * and the exports, so that a filter means the same wherever it is given.
 */
export function statementFilter(c: CypherBuilder, w: StatementFilter): StatementFilterParts {
  const speakers = w.speaker === undefined ? null : entitiesByRef(c, w.speaker);
  const abouts = w.about === undefined ? null : entitiesByRef(c, w.about);
  const targets = w.target === undefined ? null : entitiesByRef(c, w.target);
  const member = (s: string, type: 'SAID_BY' | 'ABOUT', list: string) => {
    const x = c.variable('x');
    return `EXISTS { (${s})-[:${type}]->(${x}) WHERE ${x} IN ${list} }`;
  };
  const values = valueConditions(c, w);
  // A target is an entity the statement is ABOUT as target: a condition on its own, checked with
  // the others, since the statements are reached from the speaker or `about` when those are given.
  const aimed: ((s: string) => string)[] = [];
  if (targets) {
    aimed.push((s) => {
      const [r, x] = c.variables('r', 'x');
      return `EXISTS { (${s})-[${r}:ABOUT]->(${x}) WHERE ${r}.role = '${AboutRole.TARGET}' AND ${x} IN ${targets} }`;
    });
  }
  return {
    speakers,
    abouts,
    targets,
    values: [...aimed, ...values.all],
    days: values.days,
    member,
  };
}

/**
 * Every condition of the filter on a statement `s` reached some other way (from an entity of the
 * question rather than of the filter): its own properties, and its links to the filter's speaker
 * and `about` entities.
 */
export function conditionsOn(parts: StatementFilterParts, s: string): string[] {
  return [
    ...parts.values.map((f) => f(s)),
    ...(parts.speakers ? [parts.member(s, 'SAID_BY', parts.speakers)] : []),
    ...(parts.abouts ? [parts.member(s, 'ABOUT', parts.abouts)] : []),
  ];
}

/**
 * The variables of the entity lists a filter binds in its preludes: what a CALL subquery that
 * checks the filter must import (it sees nothing of the query around it otherwise).
 */
export function filterLists(parts: StatementFilterParts): string[] {
  return [parts.speakers, parts.abouts, parts.targets].filter((v): v is string => v !== null);
}

/** The conditions of the filters that compare a statement's own properties with values. */
function valueConditions(c: CypherBuilder, w: StatementFilter) {
  const out: ((s: string) => string)[] = [];
  const days: ((s: string) => string)[] = [];
  if (w.stance !== undefined) {
    const p = c.param(w.stance);
    out.push((s) => `${s}.stance IN ${p}`);
  }
  if (w.isQuote !== undefined) {
    const p = c.param(w.isQuote);
    out.push((s) => `${s}.isQuote = ${p}`);
  }
  if (w.from !== undefined) {
    const p = c.param(w.from);
    days.push((s) => `${s}.at >= date(${p})`);
  }
  if (w.to !== undefined) {
    const p = c.param(w.to);
    days.push((s) => `${s}.at <= date(${p})`);
  }
  if (w.source !== undefined) {
    const p = c.param(w.source);
    out.push((s) => `${s}.sourceId = ${p}`);
  }
  if (w.text !== undefined) {
    const p = c.param(w.text.toLowerCase());
    out.push((s) => `toLower(${s}.text) CONTAINS ${p}`);
  }
  return { all: [...out, ...days], days };
}

/**
 * A MATCH that binds `s` to each statement the filter keeps, once: reached from the entities the
 * filter names when it names some (few statements), else from all statements. Two entities of one
 * filter (a shared alias) reach a joint statement twice, hence the DISTINCT; `keep` names the
 * variables bound before that the caller still needs after it; `more` adds conditions.
 */
export function matchFiltered(
  c: CypherBuilder,
  parts: StatementFilterParts,
  s: string,
  options: { more?: readonly string[]; keep?: readonly string[] } = {},
): string {
  const { speakers, abouts, targets, values, member } = parts;
  const { more = [], keep = [] } = options;
  const conditions = [...values.map((f) => f(s)), ...more];
  // DISTINCT keeps only the variables it names: the filter's lists, and those the caller uses
  // after (`keep`), go through with the statement (each is one value for every row).
  const carried = [...filterLists(parts), ...keep];
  const distinct = `WITH DISTINCT ${[s, ...carried].join(', ')}`;
  let match: string;
  if (speakers) {
    const sp = c.variable('sp');
    match = `UNWIND ${speakers} AS ${sp} MATCH (${sp})<-[:SAID_BY]-(${s}:Statement) ${distinct}`;
    if (abouts) conditions.unshift(member(s, 'ABOUT', abouts));
  } else if (abouts ?? targets) {
    const ab = c.variable('ab');
    match = `UNWIND ${abouts ?? targets} AS ${ab} MATCH (${ab})<-[:ABOUT]-(${s}:Statement) ${distinct}`;
  } else {
    match = `MATCH (${s}:Statement)`;
    // A range of days is sought in the statement_sort index on (at, id), which Neo4j uses only
    // when every property of it is constrained; every statement has an id.
    if (parts.days.length) conditions.push(`${s}.id IS NOT NULL`);
  }
  return conditions.length ? `${match} WHERE ${conditions.join(' AND ')}` : match;
}
