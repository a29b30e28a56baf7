import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/**
 * A field as the query asks it: `alias` is its response key (its name when it has no alias),
 * `args` its arguments coerced by graphql-js (defaults applied, enums as internal values),
 * `fieldsByTypeName` what it asks of its value, under each type condition it was asked with: the
 * field's own type for fields asked directly, an interface or a member of a union for fragments.
 * Fragments are inlined and `@skip`/`@include` applied by graphql-parse-resolve-info.
 */
export type Selection = ResolveTree;

/** The selection of the field being resolved, with everything below it. */
export function selectionOf(info: GraphQLResolveInfo): Selection {
  const selection = parseResolveInfo(info) as Selection | null;
  if (!selection) throw new Error(`no selection for ${info.parentType.name}.${info.fieldName}`);
  return selection;
}

/**
 * The fields a selection asks of a value of object type `type`, given the interfaces and unions
 * it is a member of (`under`): graphql-js reads all of them for such a value. Fields asked under
 * several conditions with the same response key are one field, whose own selections merge, as
 * graphql-js merges them.
 */
export function fieldsOn(
  selection: Selection,
  type: string,
  under: readonly string[] = [],
): Selection[] {
  const merged = new Map<string, Selection>();
  for (const condition of [type, ...under]) {
    for (const field of Object.values(selection.fieldsByTypeName[condition] ?? {})) {
      const known = merged.get(field.alias);
      merged.set(field.alias, known ? mergeSelections(known, field) : field);
    }
  }
  return [...merged.values()];
}

/** Whether any field is asked under type condition `type` itself (`... on Country { … }`). */
export function asksOn(selection: Selection, type: string): boolean {
  return Object.keys(selection.fieldsByTypeName[type] ?? {}).length > 0;
}

/** Two selections of one response key, as one: the first's arguments, both fields below. */
function mergeSelections(a: Selection, b: Selection): Selection {
  const fieldsByTypeName: Selection['fieldsByTypeName'] = { ...a.fieldsByTypeName };
  for (const [type, fields] of Object.entries(b.fieldsByTypeName)) {
    const into = { ...(fieldsByTypeName[type] ?? {}) };
    for (const [alias, field] of Object.entries(fields)) {
      const known = into[alias];
      into[alias] = known ? mergeSelections(known, field) : field;
    }
    fieldsByTypeName[type] = into;
  }
  return { ...a, fieldsByTypeName };
}
