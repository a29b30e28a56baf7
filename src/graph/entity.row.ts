import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { EntityKind } from './vocabulary';

/** An entity as the repositories return it: the map projection of an `:Entity` node. */
export interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string | null;
}

/** The map projection that every query returning entities uses, so every row has the same shape. */
export const ENTITY_PROJECTION =
  '{ .id, .kind, .name, aliases: coalesce(e.aliases, []), .description }';

export function entityProjection(variable: string): string {
  return ENTITY_PROJECTION.replace('e.aliases', `${variable}.aliases`);
}

/** The fields of an entity that read more of its row than id, kind and name. */
const ENTITY_DETAIL_FIELDS: ReadonlySet<string> = new Set(['aliases', 'description']);

/**
 * True when the selection of an entity-valued field (or of a union holding entities, with the
 * union's other members in `exceptTypes`) reads more of the rows than id, kind and name, so that
 * a query can fetch them brief. Every other entity field loads what it needs by id.
 */
export function readsEntityDetail(selection: ResolveTree, exceptTypes: string[] = []): boolean {
  return Object.entries(selection.fieldsByTypeName).some(
    ([type, fields]) =>
      !exceptTypes.includes(type) &&
      Object.values(fields).some((f) => ENTITY_DETAIL_FIELDS.has(f.name)),
  );
}

/** The projection of an entity row for fields that read only id, kind and name. */
export const BRIEF_ENTITY_PROJECTION = '{ .id, .kind, .name }';
