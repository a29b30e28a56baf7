import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { EntityKind } from './vocabulary';
import type { EntityRow } from './entity.row';
import './vocabulary.enums';

/** The GraphQL type of an entity row: its kind names it. */
export const entityTypeName = (value: EntityRow): string => value.kind;

@InterfaceType('Entity', {
  description: 'An actor or thing that news reports speak of: a country, a leader, a city, …',
  resolveType: entityTypeName,
})
export abstract class EntityInterface implements EntityRow {
  @Field(() => ID, { description: 'Stable slug, e.g. "azerbaijan".' })
  id!: string;

  @Field()
  name!: string;

  @Field(() => EntityKind)
  kind!: EntityKind;

  @Field(() => [String], { description: 'Other names and demonyms, e.g. "Azeri".' })
  aliases!: string[];

  @Field(() => String, { nullable: true })
  description!: string | null;
}

const opts = { implements: EntityInterface, simpleResolvers: true } as const;

@ObjectType('Country', opts)
export class Country extends EntityInterface {}

@ObjectType('Leader', {
  ...opts,
  description: 'A person holding an office in a state or organization.',
})
export class Leader extends EntityInterface {}

@ObjectType('Person', { ...opts, description: 'A person without an office, e.g. an eyewitness.' })
export class Person extends EntityInterface {}

@ObjectType('City', opts)
export class City extends EntityInterface {}

@ObjectType('Region', opts)
export class Region extends EntityInterface {}

@ObjectType('Organization', {
  ...opts,
  description: 'Ministries, armed forces, governments, newspapers, …',
})
export class Organization extends EntityInterface {}

@ObjectType('WeaponSystem', opts)
export class WeaponSystem extends EntityInterface {}

@ObjectType('Event', { ...opts, description: 'A strike, a ceasefire, a war.' })
export class Event extends EntityInterface {}

export const ENTITY_TYPES = [
  Country,
  Leader,
  Person,
  City,
  Region,
  Organization,
  WeaponSystem,
  Event,
] as const;
