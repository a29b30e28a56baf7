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
