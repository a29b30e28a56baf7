/** The closed vocabularies of entities: their kinds, and the relations between them. */

/**
 * What kind of actor or thing an entity is. The GraphQL values are the keys (`COUNTRY`); the
 * values are what the graph stores, the seed format writes and the GraphQL type is named
 * (`Country`), so the schema's naming is the schema's alone.
 */
export enum EntityKind {
  COUNTRY = 'Country',
  LEADER = 'Leader',
  PERSON = 'Person',
  CITY = 'City',
  REGION = 'Region',
  ORGANIZATION = 'Organization',
  WEAPON_SYSTEM = 'WeaponSystem',
  EVENT = 'Event',
}

/**
 * Relation types between entities. Cypher cannot take a relationship type as a parameter, so every
 * query that writes one is built from this closed list at module load, never from input.
 */
export enum RelationType {
  HOLDS_OFFICE = 'HOLDS_OFFICE',
  LOCATED_IN = 'LOCATED_IN',
  CAPITAL_OF = 'CAPITAL_OF',
  ALLY_OF = 'ALLY_OF',
  OPERATES = 'OPERATES',
  CONTROLLED_BY = 'CONTROLLED_BY',
  RECOGNIZED_AS_PART_OF = 'RECOGNIZED_AS_PART_OF',
  PART_OF = 'PART_OF',
  MEMBER_OF = 'MEMBER_OF',
  BACKS = 'BACKS',
  FOUGHT_IN = 'FOUGHT_IN',
  OCCURRED_IN = 'OCCURRED_IN',
  BROKERED_BY = 'BROKERED_BY',
}

export const RELATION_TYPES: readonly RelationType[] = Object.values(RelationType);

/**
 * Which way a relation is read from one of its ends. OUT: the entity is the subject ("Turkey
 * ALLY_OF Azerbaijan" seen from Turkey); IN: the object; BOTH, as a filter, either.
 */
export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}
