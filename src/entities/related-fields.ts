import { EntityKind, RelationType } from './vocabulary';

/** One relation an entity field follows: its type, which way, and the kinds it keeps. */
export interface RelationStep {
  type: RelationType;
  direction: 'OUT' | 'IN' | 'BOTH';
  kinds?: readonly EntityKind[];
}

/**
 * A typed field of a kind of entity that leads to other entities: the relations it follows, in
 * order (`Country.cities` lists the capital first), whether it holds one entity or a list, and the
 * kind its GraphQL type names (null: the Entity interface).
 */
export interface RelatedField {
  steps: readonly RelationStep[];
  single: boolean;
  type: EntityKind | null;
}

const step = (
  type: RelationType,
  direction: RelationStep['direction'],
  kinds?: readonly EntityKind[],
): RelationStep => ({ type, direction, ...(kinds ? { kinds } : {}) });

const list = (type: EntityKind | null, ...steps: RelationStep[]): RelatedField => ({
  steps,
  single: false,
  type,
});
const one = (type: EntityKind | null, ...steps: RelationStep[]): RelatedField => ({
  steps,
  single: true,
  type,
});

const { COUNTRY, LEADER, CITY, REGION, ORGANIZATION, WEAPON_SYSTEM } = EntityKind;
const STATES = [COUNTRY, ORGANIZATION, REGION];
const { HOLDS_OFFICE, LOCATED_IN, CAPITAL_OF, ALLY_OF, OPERATES } = RelationType;

/**
 * The typed fields of each kind of entity (entity.type.ts declares them) and what they follow.
 * The read layer plans them from this table; a test checks it against the schema.
 */
export const RELATED_FIELDS: Partial<Record<EntityKind, Record<string, RelatedField>>> = {
  [COUNTRY]: {
    leaders: list(LEADER, step(HOLDS_OFFICE, 'IN', [LEADER])),
    cities: list(CITY, step(CAPITAL_OF, 'IN', [CITY]), step(LOCATED_IN, 'IN', [CITY])),
    capital: one(CITY, step(CAPITAL_OF, 'IN')),
    allies: list(COUNTRY, step(ALLY_OF, 'BOTH', [COUNTRY])),
    weapons: list(WEAPON_SYSTEM, step(OPERATES, 'OUT')),
  },
  [LEADER]: {
    country: one(COUNTRY, step(HOLDS_OFFICE, 'OUT', [COUNTRY])),
    serves: one(null, step(HOLDS_OFFICE, 'OUT')),
  },
  [CITY]: {
    country: one(COUNTRY, step(CAPITAL_OF, 'OUT', [COUNTRY]), step(LOCATED_IN, 'OUT', [COUNTRY])),
    capitalOf: one(COUNTRY, step(CAPITAL_OF, 'OUT')),
    region: one(REGION, step(LOCATED_IN, 'OUT', [REGION])),
  },
  [REGION]: {
    controlledBy: list(null, step(RelationType.CONTROLLED_BY, 'OUT')),
    recognizedAsPartOf: list(COUNTRY, step(RelationType.RECOGNIZED_AS_PART_OF, 'OUT', [COUNTRY])),
    cities: list(CITY, step(LOCATED_IN, 'IN', [CITY])),
  },
  [ORGANIZATION]: {
    partOf: one(null, step(RelationType.PART_OF, 'OUT', STATES)),
    leaders: list(LEADER, step(HOLDS_OFFICE, 'IN', [LEADER])),
    backers: list(null, step(RelationType.BACKS, 'IN')),
  },
  [WEAPON_SYSTEM]: {
    operators: list(null, step(OPERATES, 'IN')),
  },
  [EntityKind.EVENT]: {
    locations: list(null, step(RelationType.OCCURRED_IN, 'OUT')),
    participants: list(null, step(RelationType.FOUGHT_IN, 'IN')),
    brokeredBy: list(null, step(RelationType.BROKERED_BY, 'OUT')),
  },
};

/** The typed field `field` of kind `kind`, or undefined when it does not lead to entities. */
export function relatedField(kind: EntityKind, field: string): RelatedField | undefined {
  return RELATED_FIELDS[kind]?.[field];
}
