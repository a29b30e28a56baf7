import type { RequestContext } from '../requests/context';
import { thenMaybe, type MaybePromise } from '../requests/maybe-promise';
import type { EntityRow } from './entity.row';
import type { RelationRow } from './entity.repository';
import { EntityKind, RelationType } from './vocabulary';

/** One relation an entity field follows: its type, which way, and the kinds it keeps. */
export interface RelationStep {
  type: RelationType;
  direction: 'OUT' | 'IN' | 'BOTH';
  kinds?: readonly EntityKind[];
}

const step = (
  type: RelationType,
  direction: RelationStep['direction'],
  kinds?: readonly EntityKind[],
): RelationStep => ({ type, direction, kinds });

const STATES = [EntityKind.COUNTRY, EntityKind.ORGANIZATION, EntityKind.REGION];
const { HOLDS_OFFICE, LOCATED_IN, CAPITAL_OF, ALLY_OF, OPERATES } = RelationType;

/**
 * The typed fields of each kind of entity that lead to other entities, and the relations each one
 * follows, in order: `Country.cities` lists the capital first. The resolvers read them (one
 * batched query per request level fetches every entity's relations), and so does the look-ahead
 * of an entity lookup (lookahead.ts), which must know where a query goes next.
 */
export const RELATED_FIELDS = {
  Country: {
    leaders: [step(HOLDS_OFFICE, 'IN', [EntityKind.LEADER])],
    cities: [step(CAPITAL_OF, 'IN', [EntityKind.CITY]), step(LOCATED_IN, 'IN', [EntityKind.CITY])],
    capital: [step(CAPITAL_OF, 'IN')],
    allies: [step(ALLY_OF, 'BOTH', [EntityKind.COUNTRY])],
    weapons: [step(OPERATES, 'OUT')],
  },
  Leader: {
    country: [step(HOLDS_OFFICE, 'OUT', [EntityKind.COUNTRY])],
    serves: [step(HOLDS_OFFICE, 'OUT')],
  },
  City: {
    country: [
      step(CAPITAL_OF, 'OUT', [EntityKind.COUNTRY]),
      step(LOCATED_IN, 'OUT', [EntityKind.COUNTRY]),
    ],
    capitalOf: [step(CAPITAL_OF, 'OUT')],
    region: [step(LOCATED_IN, 'OUT', [EntityKind.REGION])],
  },
  Region: {
    controlledBy: [step(RelationType.CONTROLLED_BY, 'OUT')],
    recognizedAsPartOf: [step(RelationType.RECOGNIZED_AS_PART_OF, 'OUT', [EntityKind.COUNTRY])],
    cities: [step(LOCATED_IN, 'IN', [EntityKind.CITY])],
  },
  Organization: {
    partOf: [step(RelationType.PART_OF, 'OUT', STATES)],
    leaders: [step(HOLDS_OFFICE, 'IN', [EntityKind.LEADER])],
    backers: [step(RelationType.BACKS, 'IN')],
  },
  WeaponSystem: {
    operators: [step(OPERATES, 'IN')],
  },
  Event: {
    locations: [step(RelationType.OCCURRED_IN, 'OUT')],
    participants: [step(RelationType.FOUGHT_IN, 'IN')],
    brokeredBy: [step(RelationType.BROKERED_BY, 'OUT')],
  },
} satisfies Partial<Record<EntityKind, Record<string, RelationStep[]>>>;

/** The steps of field `field` of kind `kind`, or undefined when it does not lead to entities. */
export function stepsOf(kind: string, field: string): readonly RelationStep[] | undefined {
  return (RELATED_FIELDS as Partial<Record<string, Record<string, RelationStep[]>>>)[kind]?.[field];
}

/** The relations of an entity: those fetched with its row, or else loaded (one query per level). */
export function relationsOf(ctx: RequestContext, e: EntityRow): MaybePromise<RelationRow[]> {
  return ctx.repos.entities.relationsKnown(e) ?? ctx.loaders.relations.load(e.id);
}

/** The entities reached from `e` by `steps`, in order, each once. */
export function related(
  ctx: RequestContext,
  e: EntityRow,
  steps: readonly RelationStep[],
): MaybePromise<EntityRow[]> {
  return thenMaybe(relationsOf(ctx, e), (rows) => {
    const seen = new Set<string>();
    const out: EntityRow[] = [];
    for (const s of steps) {
      for (const r of rows) {
        const o = r.other;
        if (r.type !== s.type || (s.direction !== 'BOTH' && r.direction !== s.direction)) continue;
        if ((s.kinds && !s.kinds.includes(o.kind)) || seen.has(o.id)) continue;
        seen.add(o.id);
        out.push(o);
      }
    }
    return out;
  });
}
