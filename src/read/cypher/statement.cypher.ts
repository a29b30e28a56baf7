import type { EntityPlan, SourcePlan, StatementField, StatementPlan } from '../plan/plan';
import { key, map, TYPE_KEY, type CypherBuilder } from './builder';
import type { Translators } from './translators';

/**
 * A statement bound to `s` (never null), as the plan asks: a literal map (see entity.cypher.ts for
 * why not a map projection). `typed` adds its GraphQL type under TYPE_KEY, for the PathNode union.
 */
export function projectStatement(
  c: CypherBuilder,
  s: string,
  plan: StatementPlan,
  t: Translators,
  options: { typed?: boolean } = {},
): string {
  const entries = plan.fields.map(
    ({ key: name, field }) => `${key(name)}: ${statementField(c, s, field, t)}`,
  );
  if (options.typed) entries.unshift(`${TYPE_KEY}: 'Statement'`);
  return `{${entries.join(', ')}}`;
}

function statementField(
  c: CypherBuilder,
  s: string,
  field: StatementField,
  t: Translators,
): string {
  switch (field.of) {
    case 'property':
      if (field.name === 'date') return `toString(${s}.date)`;
      if (field.name === 'needsReview') return `coalesce(${s}.needsReview, false)`;
      return `${s}.${field.name}`;
    case 'entity': {
      if (field.link === 'speaker') return `head(${linked(c, s, 'SAID_BY', field.entity, t, 1)})`;
      const x = c.variable('x');
      const type = field.link === 'medium' ? 'TOLD_TO' : 'ON_BEHALF_OF';
      return `head([(${s})-[:${type}]->(${x}:Entity) | ${t.entity(c, x, field.entity)}])`;
    }
    case 'entities':
      return linked(c, s, field.link === 'speakers' ? 'SAID_BY' : 'ABOUT', field.entity, t);
    case 'targets': {
      const [r, x] = c.variables('r', 'x');
      const entries = field.fields.map(
        ({ key: name, field: f }) =>
          [name, f.of === 'role' ? `${r}.role` : t.entity(c, x, f.entity)] as const,
      );
      return `COLLECT { MATCH (${s})-[${r}:ABOUT]->(${x}:Entity) WITH ${r}, ${x} ORDER BY ${r}.order RETURN ${map(entries)} }`;
    }
    case 'figures': {
      const entries = field.fields.map(({ key: name, field: f }) => [name, `${s}.${f}`] as const);
      return `CASE WHEN ${s}.hasFigures THEN ${map(entries)} END`;
    }
    case 'evidence': {
      const EVIDENCE = {
        sentence: 'sentenceText',
        sentenceIndex: 'sentence',
        start: 'start',
        end: 'end',
      };
      const entries = field.fields.map(
        ({ key: name, field: f }) => [name, `${s}.${EVIDENCE[f]}`] as const,
      );
      return map(entries);
    }
    case 'source': {
      const src = c.variable('src');
      return `head([(${s})-[:REPORTED_IN]->(${src}:Source) | ${t.source(c, src, field.source)}])`;
    }
    case 'disputes': {
      const d = c.variable('t');
      const edge = field.direction === 'OUT' ? `-[:DISPUTES]->` : `<-[:DISPUTES]-`;
      return `COLLECT { MATCH (${s})${edge}(${d}:Statement) WITH ${d} ORDER BY ${d}.at, ${d}.id RETURN ${t.statement(c, d, field.statement)} }`;
    }
    case 'disagreements': {
      const side = (direction: 'DISPUTES' | 'DISPUTED_BY') => {
        const [r, d] = c.variables('d', 't');
        const edge = direction === 'DISPUTES' ? `-[${r}:DISPUTES]->` : `<-[${r}:DISPUTES]-`;
        const entries = field.fields.map(
          ({ key: name, field: f }) =>
            [
              name,
              f.of === 'kind'
                ? `${r}.kind`
                : f.of === 'direction'
                  ? `'${direction}'`
                  : t.statement(c, d, f.statement),
            ] as const,
        );
        return `COLLECT { MATCH (${s})${edge}(${d}:Statement) WITH ${r}, ${d} ORDER BY ${d}.at, ${d}.id RETURN ${map(entries)} }`;
      };
      return `${side('DISPUTES')} + ${side('DISPUTED_BY')}`;
    }
  }
}

/** The entities linked to `s` by `type` in their stored order (`order` on the relationship), or the first `limit`. */
function linked(
  c: CypherBuilder,
  s: string,
  type: 'SAID_BY' | 'ABOUT',
  entity: EntityPlan,
  t: Translators,
  limit?: number,
): string {
  const [r, x] = c.variables('r', 'x');
  const first = limit === undefined ? '' : ` LIMIT ${limit}`;
  return `COLLECT { MATCH (${s})-[${r}:${type}]->(${x}:Entity) WITH ${r}, ${x} ORDER BY ${r}.order${first} RETURN ${t.entity(c, x, entity)} }`;
}

/**
 * A source bound to `src` (never null), as the plan asks, as a literal map. Its sentences are given as the text and the offsets
 * of their starts and ends: the offsets count UTF-16 code units, as JavaScript does, and Cypher's
 * `substring` counts code points, so the `Source.sentences` field cuts them (read/answer.ts).
 */
export function projectSource(
  c: CypherBuilder,
  src: string,
  plan: SourcePlan,
  t: Translators,
): string {
  const entries = plan.fields.map(({ key: name, field }) => {
    switch (field.of) {
      case 'property':
        return `${key(name)}: ${field.name === 'publishedAt' ? `toString(${src}.publishedAt)` : `${src}.${field.name}`}`;
      case 'sentences':
        return `${key(name)}: {text: ${src}.text, starts: coalesce(${src}.sentenceStarts, []), ends: coalesce(${src}.sentenceEnds, [])}`;
      case 'statements':
        return `${key(name)}: ${t.statementPage(c, field.page, { node: src, link: 'REPORTED_IN' })}`;
    }
  });
  return `{${entries.join(', ')}}`;
}
