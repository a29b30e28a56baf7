import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../requests/context';
import { thenMaybe, type MaybePromise } from '../requests/maybe-promise';
import {
  City,
  Country,
  EntityInterface,
  Event,
  Leader,
  Organization,
  Region,
  WeaponSystem,
} from './entity.type';
import type { EntityRow } from './entity.row';
import { RelationType } from './vocabulary';
import { related, RELATED_FIELDS, relationsOf } from './related-fields';

/**
 * The typed fields of each kind of entity. All are read from the entity's relations, which one
 * batched query per request level fetches for every entity at once; which relations each follows
 * is in RELATED_FIELDS.
 */
const first = (list: MaybePromise<EntityRow[]>) => thenMaybe(list, (l) => l[0] ?? null);

const { Country: C, Leader: L, City: Ci, Region: R, Organization: O } = RELATED_FIELDS;

@Resolver(() => Country)
export class CountryFieldsResolver {
  @FieldResolver(() => [Leader], { description: 'People holding an office of this country.' })
  leaders(@Root() c: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, c, C.leaders);
  }

  @FieldResolver(() => [City])
  cities(@Root() c: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, c, C.cities);
  }

  @FieldResolver(() => City, { nullable: true })
  capital(@Root() c: EntityRow, @Ctx() ctx: RequestContext) {
    return first(related(ctx, c, C.capital));
  }

  @FieldResolver(() => [Country], { description: 'Allies, in either direction of ALLY_OF.' })
  allies(@Root() c: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, c, C.allies);
  }

  @FieldResolver(() => [WeaponSystem])
  weapons(@Root() c: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, c, C.weapons);
  }
}

@Resolver(() => Leader)
export class LeaderFieldsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The office held, e.g. "Prime Minister".',
  })
  office(@Root() l: EntityRow, @Ctx() ctx: RequestContext): MaybePromise<string | null> {
    return thenMaybe(
      relationsOf(ctx, l),
      (rows) =>
        rows.find((r) => r.type === RelationType.HOLDS_OFFICE && r.direction === 'OUT')?.title ??
        null,
    );
  }

  @FieldResolver(() => Country, {
    nullable: true,
    description: 'The country whose office the leader holds.',
  })
  country(@Root() l: EntityRow, @Ctx() ctx: RequestContext) {
    return first(related(ctx, l, L.country));
  }

  @FieldResolver(() => EntityInterface, {
    nullable: true,
    description: 'The country or body the leader serves.',
  })
  serves(@Root() l: EntityRow, @Ctx() ctx: RequestContext) {
    return first(related(ctx, l, L.serves));
  }
}

@Resolver(() => City)
export class CityFieldsResolver {
  @FieldResolver(() => Country, { nullable: true })
  country(@Root() c: EntityRow, @Ctx() ctx: RequestContext) {
    return first(related(ctx, c, Ci.country));
  }

  @FieldResolver(() => Country, {
    nullable: true,
    description: 'The country this city is the capital of.',
  })
  capitalOf(@Root() c: EntityRow, @Ctx() ctx: RequestContext) {
    return first(related(ctx, c, Ci.capitalOf));
  }

  @FieldResolver(() => Region, { nullable: true })
  region(@Root() c: EntityRow, @Ctx() ctx: RequestContext) {
    return first(related(ctx, c, Ci.region));
  }
}

@Resolver(() => Region)
export class RegionFieldsResolver {
  @FieldResolver(() => [EntityInterface], { description: 'Who holds the region.' })
  controlledBy(@Root() r: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, r, R.controlledBy);
  }

  @FieldResolver(() => [Country], {
    description: 'The state it is internationally recognized as part of.',
  })
  recognizedAsPartOf(@Root() r: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, r, R.recognizedAsPartOf);
  }

  @FieldResolver(() => [City])
  cities(@Root() r: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, r, R.cities);
  }
}

@Resolver(() => Organization)
export class OrganizationFieldsResolver {
  @FieldResolver(() => EntityInterface, {
    nullable: true,
    description: 'The state or body it is part of.',
  })
  partOf(@Root() o: EntityRow, @Ctx() ctx: RequestContext) {
    return first(related(ctx, o, O.partOf));
  }

  @FieldResolver(() => [Leader])
  leaders(@Root() o: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, o, O.leaders);
  }

  @FieldResolver(() => [EntityInterface], { description: 'States or bodies that back it.' })
  backers(@Root() o: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, o, O.backers);
  }
}

@Resolver(() => WeaponSystem)
export class WeaponSystemFieldsResolver {
  @FieldResolver(() => [EntityInterface], { description: 'Who operates it.' })
  operators(@Root() w: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, w, RELATED_FIELDS.WeaponSystem.operators);
  }
}

@Resolver(() => Event)
export class EventFieldsResolver {
  @FieldResolver(() => [EntityInterface], { description: 'Where it happened.' })
  locations(@Root() e: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, e, RELATED_FIELDS.Event.locations);
  }

  @FieldResolver(() => [EntityInterface], { description: 'Who fought in it.' })
  participants(@Root() e: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, e, RELATED_FIELDS.Event.participants);
  }

  @FieldResolver(() => [EntityInterface], { description: 'Who brokered it.' })
  brokeredBy(@Root() e: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, e, RELATED_FIELDS.Event.brokeredBy);
  }
}

export const KIND_FIELD_RESOLVERS = [
  CountryFieldsResolver,
  LeaderFieldsResolver,
  CityFieldsResolver,
  RegionFieldsResolver,
  OrganizationFieldsResolver,
  WeaponSystemFieldsResolver,
  EventFieldsResolver,
] as const;
