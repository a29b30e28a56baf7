import { fieldsOn, type Selection } from '../selection';
import type { Keyed } from './plan';

/** The fields asked of a value of object type `type`, each planned by `plan`, by response key. */
export function keyed<F>(
  selection: Selection,
  type: string,
  plan: (field: Selection) => F,
): Keyed<F>[] {
  return fieldsOn(selection, type).map((field) => ({ key: field.alias, field: plan(field) }));
}

/** A field answered by a value of the row under its own name: one of `names`, or a plan is missing. */
export function named<N extends string>(type: string, names: readonly N[]) {
  return (field: Selection): N => {
    if (!(names as readonly string[]).includes(field.name)) {
      throw new Error(`the read layer has no plan for ${type}.${field.name}`);
    }
    return field.name as N;
  };
}
