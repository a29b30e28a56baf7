import { BadUserInputError } from '../../errors/errors';
import type { EntityKind, RelationType } from '../../entities/vocabulary';
import { pageSize } from '../../pagination/page';
import { toLuceneQuery } from '../../search/lucene';
import { nameKey } from '../../text/normalize';
import type { Selection } from '../selection';
import { keyed, named } from './keyed';
import { afterKey, planConnection } from './page.plan';
import type { DisputeField, PathField, ReadLimits, RootPlan, SearchHitField } from './plan';
import { planners } from './planners';

/**
 * The fields of Query, and what the mutations answer: each checks its arguments (BAD_USER_INPUT
 * names the argument) and plans what the selection asks of its value.
 */

export function planEntityRoot(
  args: { id?: string | null; name?: string | null },
  selection: Selection,
  limits: ReadLimits,
): RootPlan {
  const entity = planners(limits).entity(selection, null);
  if (args.id != null) return { root: 'entity', ref: { id: args.id }, entity };
  if (args.name == null) throw new BadUserInputError('give `id` or `name`', { argument: 'id' });
  checkRef(args.name, 'name');
  return { root: 'entity', ref: { name: args.name }, entity };
}

export function planEntitiesRoot(
  args: {
    kind?: EntityKind | null;
    first?: number | null;
    after?: string | null;
    orderBy?: 'NAME_ASC' | 'NAME_DESC' | null;
  },
  selection: Selection,
  limits: ReadLimits,
): RootPlan {
  const p = planners(limits);
  return {
    root: 'entities',
    kind: args.kind ?? null,
    descending: args.orderBy === 'NAME_DESC',
    first: pageSize(args.first, limits.maxPageSize),
    after: afterKey(args.after),
    connection: planConnection(selection, 'Entity', (node) => p.entity(node, null)),
  };
}

/** `statements(where, first, after, orderBy)`: the arguments are the selection's own. */
export function planStatementsRoot(selection: Selection, limits: ReadLimits): RootPlan {
  return { root: 'statements', page: planners(limits).statementPage(selection) };
}

export function planStatementRoot(id: string, selection: Selection, limits: ReadLimits): RootPlan {
  return { root: 'statement', id, statement: planners(limits).statement(selection) };
}

export function planSourceRoot(id: string, selection: Selection, limits: ReadLimits): RootPlan {
  return { root: 'source', id, source: planners(limits).source(selection) };
}

export function planSourcesRoot(
  args: { first?: number | null; after?: string | null },
  selection: Selection,
  limits: ReadLimits,
): RootPlan {
  const p = planners(limits);
  return {
    root: 'sources',
    first: pageSize(args.first, limits.maxPageSize),
    after: afterKey(args.after),
    connection: planConnection(selection, 'Source', (node) => p.source(node)),
  };
}

export function planSearchRoot(
  args: { text: string; kinds?: readonly EntityKind[] | null; first?: number | null },
  selection: Selection,
  limits: ReadLimits,
): RootPlan {
  if (args.text.length > 500) {
    throw new BadUserInputError('`text` must have at most 500 characters', { argument: 'text' });
  }
  const query = toLuceneQuery(args.text);
  if (!query)
    throw new BadUserInputError('`text` has no words to search for', { argument: 'text' });
  const p = planners(limits);
  return {
    root: 'search',
    query,
    kinds: args.kinds?.length ? args.kinds : null,
    first: pageSize(args.first ?? 10, limits.maxPageSize),
    hit: keyed(selection, 'SearchHit', (field): SearchHitField => {
      if (field.name === 'entity') return { of: 'entity', entity: p.entity(field, null) };
      if (field.name === 'statement') return { of: 'statement', statement: p.statement(field) };
      return { of: named('SearchHit', ['kind', 'score'] as const)(field) };
    }),
  };
}

/** The longest path `path` looks for: a bound written into the query's text. */
export const MAX_HOPS = 6;
const MAX_PATHS = 20;

export function planPathRoot(
  args: { from: string; to: string; maxHops: number; first: number },
  selection: Selection,
  limits: ReadLimits,
): RootPlan {
  const { maxHops, first } = args;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
    throw new BadUserInputError(`"maxHops" must be from 1 to ${MAX_HOPS}; got ${maxHops}`, {
      argument: 'maxHops',
    });
  }
  if (!Number.isInteger(first) || first < 1 || first > MAX_PATHS) {
    throw new BadUserInputError(`"first" must be from 1 to ${MAX_PATHS}; got ${first}`, {
      argument: 'first',
    });
  }
  checkRef(args.from, 'from');
  checkRef(args.to, 'to');
  const p = planners(limits);
  return {
    root: 'path',
    from: args.from,
    to: args.to,
    maxHops,
    first,
    path: keyed(selection, 'Path', (field): PathField => {
      switch (field.name) {
        case 'edges':
          return { of: 'edges', fields: keyed(field, 'PathEdge', named('PathEdge', EDGE)) };
        case 'nodes':
          return { of: 'nodes', entity: p.entity(field, null), statement: p.statement(field) };
      }
      return { of: named('Path', ['length', 'summary'] as const)(field) };
    }),
  };
}

const EDGE = ['type', 'from', 'to'] as const;

export function planDisputesRoot(
  args: { about?: string | null; first?: number | null },
  selection: Selection,
  limits: ReadLimits,
): RootPlan {
  const p = planners(limits);
  if (args.about != null) checkRef(args.about, 'about');
  return {
    root: 'disputes',
    about: args.about ?? null,
    first: pageSize(args.first ?? 50, limits.maxPageSize),
    dispute: keyed(selection, 'Dispute', (field): DisputeField => {
      if (field.name === 'statement' || field.name === 'disputed') {
        return { of: field.name, statement: p.statement(field) };
      }
      return { of: named('Dispute', ['kind', 'derived'] as const)(field) };
    }),
  };
}

/** What a mutation that added a relation answers: that relation, seen from its start. */
export function planRelationRoot(
  relation: { type: RelationType; from: string; to: string; sourceId: string },
  selection: Selection,
  limits: ReadLimits,
): RootPlan {
  return { root: 'relation', ...relation, relation: planners(limits).relation(selection) };
}

/** An entity reference must name something: 1 to 200 characters, not only spaces or accents. */
export function checkRef(ref: string, argument: string): void {
  if (nameKey(ref) === '' || ref.length > 200) {
    throw new BadUserInputError(`"${argument}" must name an entity (1 to 200 characters)`, {
      argument,
    });
  }
}
