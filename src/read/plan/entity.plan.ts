import { relatedField } from '../../entities/related-fields';
import { Direction, EntityKind, RELATION_TYPES, RelationType } from '../../entities/vocabulary';
import { asksOn, fieldsOn, type Selection } from '../selection';
import type { EntityField, EntityPlan, Keyed, Planners, RelationField, RelationPlan } from './plan';

const KINDS = Object.values(EntityKind);
/** The interface and the union an entity can be asked under besides its own type. */
const ENTITY_UNDER = ['Entity', 'PathNode'];

/**
 * What a selection asks of the entities of one field. `type` is the kind the field's GraphQL
 * type names (`Country.leaders: [Leader!]!`), or null for the Entity interface and the PathNode
 * union, where fields asked of one kind only (`... on Country { leaders }`) are planned for that
 * kind alone.
 */
export function planEntity(selection: Selection, type: EntityKind | null, p: Planners): EntityPlan {
  if (type !== null) {
    return { fields: planFields(fieldsOn(selection, type, ENTITY_UNDER), type, p), byKind: {} };
  }
  const byKind: EntityPlan['byKind'] = {};
  for (const kind of KINDS) {
    if (!asksOn(selection, kind)) continue;
    const own = new Set(Object.keys(selection.fieldsByTypeName[kind] ?? {}));
    const fields = fieldsOn(selection, kind, ENTITY_UNDER).filter((f) => own.has(f.alias));
    byKind[kind] = planFields(fields, kind, p);
  }
  return { fields: planFields(fieldsOn(selection, 'Entity', ['PathNode']), null, p), byKind };
}

function planFields(
  fields: Selection[],
  kind: EntityKind | null,
  p: Planners,
): Keyed<EntityField>[] {
  return fields.map((field) => ({ key: field.alias, field: planField(field, kind, p) }));
}

function planField(field: Selection, kind: EntityKind | null, p: Planners): EntityField {
  switch (field.name) {
    case 'id':
    case 'name':
    case 'kind':
    case 'aliases':
    case 'description':
      return { of: 'property', name: field.name };
    case 'relations':
      return planRelations(field, p);
    case 'statementsBy':
      return { of: 'statements', link: 'SAID_BY', page: p.statementPage(field) };
    case 'statementsAbout':
      return { of: 'statements', link: 'ABOUT', page: p.statementPage(field) };
    case 'office':
      if (kind === EntityKind.LEADER) return { of: 'office' };
  }
  const related = kind === null ? undefined : relatedField(kind, field.name);
  if (!related) throw new Error(`the read layer has no plan for ${kind ?? 'Entity'}.${field.name}`);
  return {
    of: 'related',
    steps: related.steps,
    single: related.single,
    entity: p.entity(field, related.type),
  };
}

function planRelations(field: Selection, p: Planners): EntityField {
  const args = field.args as { types?: RelationType[] | null; direction?: Direction | null };
  return {
    of: 'relations',
    types: args.types ? [...new Set(args.types)] : RELATION_TYPES,
    direction: args.direction ?? Direction.BOTH,
    relation: planRelation(field, p),
  };
}

/** What a selection asks of relations (`relations { type other { name } }`, a mutation's answer). */
export function planRelation(selection: Selection, p: Planners): RelationPlan {
  return {
    fields: fieldsOn(selection, 'Relation').map((field) => ({
      key: field.alias,
      field: relationField(field, p),
    })),
  };
}

function relationField(field: Selection, p: Planners): RelationField {
  switch (field.name) {
    case 'type':
    case 'direction':
    case 'title':
    case 'sourceId':
    case 'sentence':
      return { of: 'property', name: field.name };
    case 'from':
    case 'to':
    case 'other':
      return { of: 'end', end: field.name, entity: p.entity(field, null) };
  }
  throw new Error(`the read layer has no plan for Relation.${field.name}`);
}
