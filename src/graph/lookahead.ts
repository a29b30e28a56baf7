import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { RequestContext } from '../requests/context';
import { pageKey } from '../requests/page-key';
import type { StatementQueryInput } from '../statements/statement.query';
import { statementQueryArgs } from '../statements/statement.connection';
import { fieldsOf } from '../statements/statement.parts';
import type { StatementsArgs } from '../statements/statements.args';
import { Direction } from './relation.type';
import { readsEntityDetail } from './entity.row';
import { stepsOf, type RelationStep } from './related-fields';
import { RELATION_TYPES, RelationType } from './vocabulary';

/** The statements of related entities that a query will ask for, one page each. */
export interface PagesAhead {
  /** The relations that lead from the entity looked up to those entities. */
  steps: RelationStep[];
  page: Omit<StatementQueryInput, 'ids'> & { anchor: 'bySpeaker' | 'byAbout' };
}

/** What one entity lookup fetches along with the entity, read from what the query asks of it. */
export interface LookupPlan {
  /** The relations its fields read; null for all of them. */
  steps: RelationStep[] | null;
  /** True when no field reads more of a related entity than its id, kind and name. */
  brief: boolean;
  /** True when a field reads a relation's title, source or sentence (`relations { title }`, `office`). */
  detail: boolean;
  pages: PagesAhead | null;
}

/** The plan of a lookup whose fields are not known: every relation, in full, no pages. */
export const FULL_LOOKUP: LookupPlan = Object.freeze({
  steps: null,
  brief: false,
  detail: true,
  pages: null,
});

/** Entity fields that read neither the entity's relations nor, of a related entity, more than its id. */
const OWN_FIELDS = new Set([
  '__typename',
  'id',
  'name',
  'kind',
  'aliases',
  'description',
  'statementsBy',
  'statementsAbout',
]);
const ANCHORS = { statementsBy: 'bySpeaker', statementsAbout: 'byAbout' } as const;
const OFFICE: RelationStep[] = [{ type: RelationType.HOLDS_OFFICE, direction: 'OUT' }];

/**
 * Looks ahead in the selection of an entity lookup (`entity(name: …)`), so that the one query
 * that finds the entity also brings what the fields below it will read, and no more:
 *
 * - its relations: only those of the types and directions its fields follow (`leaders`, `allies`,
 *   `relations(types: …)`), all of them when a field is not known here;
 * - of the entities at their other end, only id, kind and name, unless a field asks for their
 *   aliases or description;
 * - the page of statements asked of those entities, `… on Country { leaders { statementsBy(first:
 *   5) { … } } }`, which would otherwise cost a second round trip once the leaders are known. One
 *   set of page arguments is fetched ahead, the first found, for every field that asks it; a page
 *   asked with other arguments, or with arguments that are refused (a page too big), is left to
 *   the field.
 */
export function planLookup(lookup: ResolveTree | null, ctx: RequestContext): LookupPlan {
  const plan: LookupPlan = { steps: [], brief: true, detail: false, pages: null };
  if (!lookup) return FULL_LOOKUP;
  let pageKeyAhead = '';
  for (const [type, fields] of Object.entries(lookup.fieldsByTypeName)) {
    for (const field of Object.values(fields)) {
      if (OWN_FIELDS.has(field.name)) continue;
      if (field.name === 'office') {
        plan.steps?.push(...OFFICE);
        plan.detail = true;
        continue;
      }
      const through = relatedThrough(type, field);
      if (!through) {
        plan.steps = null;
        plan.brief = false;
        plan.detail = true;
        continue;
      }
      if (field.name === 'relations' && readsRelationDetail(field)) plan.detail = true;
      plan.steps?.push(...through.steps);
      if (through.entities.some((e) => readsEntityDetail(e))) plan.brief = false;
      for (const page of pagesAskedOf(through.entities)) {
        const q = pageQuery(page, ctx);
        if (q === null) continue;
        const key = pageKey(q);
        if (plan.pages === null) {
          plan.pages = { steps: [], page: q };
          pageKeyAhead = key;
        }
        if (key === pageKeyAhead) plan.pages.steps.push(...through.steps);
      }
    }
  }
  return plan;
}

/** The entities a field of an entity leads to (their selections), and by which relations. */
function relatedThrough(
  type: string,
  field: ResolveTree,
): { steps: RelationStep[]; entities: ResolveTree[] } | null {
  if (field.name === 'relations') {
    const args = field.args as { types?: RelationType[] | null; direction?: Direction | null };
    const direction = args.direction ?? Direction.BOTH;
    return {
      steps: (args.types ?? RELATION_TYPES).map((t) => ({ type: t, direction })),
      entities: fieldsOf(field, 'Relation', 'other'),
    };
  }
  const steps = stepsOf(type, field.name);
  return steps ? { steps: [...steps], entities: [field] } : null;
}

/** Whether a `relations` field reads more of each relation than its type, direction and ends. */
function readsRelationDetail(relations: ResolveTree): boolean {
  return RELATION_DETAIL.some((name) => fieldsOf(relations, 'Relation', name).length > 0);
}

const RELATION_DETAIL = ['title', 'sourceId', 'sentence'];

function fieldsOfAnyType(entity: ResolveTree): ResolveTree[] {
  return Object.values(entity.fieldsByTypeName).flatMap((fields) => Object.values(fields));
}

function pagesAskedOf(entities: ResolveTree[]) {
  const pages: { anchor: 'bySpeaker' | 'byAbout'; field: ResolveTree }[] = [];
  for (const field of entities.flatMap(fieldsOfAnyType)) {
    const anchor = ANCHORS[field.name as keyof typeof ANCHORS];
    if (anchor) pages.push({ anchor, field });
  }
  return pages;
}

function pageQuery(
  page: { anchor: 'bySpeaker' | 'byAbout'; field: ResolveTree },
  ctx: RequestContext,
): PagesAhead['page'] | null {
  try {
    const { size: _size, ...q } = statementQueryArgs(
      page.field.args as StatementsArgs,
      ctx,
      page.field,
    );
    return { ...q, anchor: page.anchor };
  } catch {
    return null;
  }
}
