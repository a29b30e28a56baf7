import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { EntityKind } from './vocabulary';
import './entity.enums';

/**
 * The GraphQL types of entities. Their values come from the read layer (src/read), which fetches
 * what a query asks in one Cypher statement; the fields that lead to other entities follow the
 * relations of entities/related-fields.ts. Fields with arguments (`relations`, `statementsBy`,
 * `statementsAbout`) are declared in entity.resolver.ts.
 */
@InterfaceType('Entity', {
  description: 'An actor or thing that news reports speak of: a country, a leader, a city, …',
})
export abstract class EntityInterface {
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

const opts = { implements: EntityInterface } as const;

@ObjectType('Leader', {
  ...opts,
  description: 'A person holding an office in a state or organization.',
})
export class Leader extends EntityInterface {
  @Field(() => String, { nullable: true, description: 'The office held, e.g. "Prime Minister".' })
  office!: string | null;

  @Field(() => Country, {
    nullable: true,
    description: 'The country whose office the leader holds.',
  })
  country!: Country | null;

  @Field(() => EntityInterface, {
    nullable: true,
    description: 'The country or body the leader serves.',
  })
  serves!: EntityInterface | null;
}

@ObjectType('City', opts)
export class City extends EntityInterface {
  @Field(() => Country, { nullable: true })
  country!: Country | null;

  @Field(() => Country, { nullable: true, description: 'The country this city is the capital of.' })
  capitalOf!: Country | null;

  @Field(() => Region, { nullable: true })
  region!: Region | null;
}

@ObjectType('WeaponSystem', opts)
export class WeaponSystem extends EntityInterface {
  @Field(() => [EntityInterface], { description: 'Who operates it.' })
  operators!: EntityInterface[];
}

@ObjectType('Country', opts)
export class Country extends EntityInterface {
  @Field(() => [Leader], { description: 'People holding an office of this country.' })
  leaders!: Leader[];

  @Field(() => [City], { description: 'Its cities, the capital first.' })
  cities!: City[];

  @Field(() => City, { nullable: true })
  capital!: City | null;

  @Field(() => [Country], { description: 'Allies, in either direction of ALLY_OF.' })
  allies!: Country[];

  @Field(() => [WeaponSystem])
  weapons!: WeaponSystem[];
}

@ObjectType('Region', opts)
export class Region extends EntityInterface {
  @Field(() => [EntityInterface], { description: 'Who holds the region.' })
  controlledBy!: EntityInterface[];

  @Field(() => [Country], { description: 'The state it is internationally recognized as part of.' })
  recognizedAsPartOf!: Country[];

  @Field(() => [City])
  cities!: City[];
}

@ObjectType('Person', { ...opts, description: 'A person without an office, e.g. an eyewitness.' })
export class Person extends EntityInterface {}

@ObjectType('Organization', {
  ...opts,
  description: 'Ministries, armed forces, governments, newspapers, …',
})
export class Organization extends EntityInterface {
  @Field(() => EntityInterface, { nullable: true, description: 'The state or body it is part of.' })
  partOf!: EntityInterface | null;

  @Field(() => [Leader])
  leaders!: Leader[];

  @Field(() => [EntityInterface], { description: 'States or bodies that back it.' })
  backers!: EntityInterface[];
}

@ObjectType('Event', { ...opts, description: 'A strike, a ceasefire, a war.' })
export class Event extends EntityInterface {
  @Field(() => [EntityInterface], { description: 'Where it happened.' })
  locations!: EntityInterface[];

  @Field(() => [EntityInterface], { description: 'Who fought in it.' })
  participants!: EntityInterface[];

  @Field(() => [EntityInterface], { description: 'Who brokered it.' })
  brokeredBy!: EntityInterface[];
}

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
