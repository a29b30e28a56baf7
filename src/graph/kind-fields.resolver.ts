import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../requests/context';
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
import { EntityKind, RelationType } from './vocabulary';

/**
 * The typed fields of each kind of entity. All are read from the entity's relations, which one
 * batched query per request level fetches for every entity at once.
 */
async function related(
  ctx: RequestContext,
  e: EntityRow,
  type: RelationType,
  direction: 'OUT' | 'IN' | 'BOTH',
  kinds?: readonly EntityKind[],
): Promise<EntityRow[]> {
  const rows = await ctx.loaders.relations.load(e.id);
  const seen = new Set<string>();
  return rows
    .filter((r) => r.type === type && (direction === 'BOTH' || r.direction === direction))
    .map((r) => r.other)
    .filter((o) => (!kinds || kinds.includes(o.kind)) && !seen.has(o.id) && seen.add(o.id));
}

const STATES = [EntityKind.Country, EntityKind.Organization, EntityKind.Region];

@Resolver(() => Country)
export class CountryFieldsResolver {
  @FieldResolver(() => [Leader], { description: 'People holding an office of this country.' })
  leaders(@Root() c: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, c, RelationType.HOLDS_OFFICE, 'IN', [EntityKind.Leader]);
  }

  @FieldResolver(() => [City])
  async cities(@Root() c: EntityRow, @Ctx() ctx: RequestContext) {
    const located = await related(ctx, c, RelationType.LOCATED_IN, 'IN', [EntityKind.City]);
    const capital = await related(ctx, c, RelationType.CAPITAL_OF, 'IN', [EntityKind.City]);
    return [...capital, ...located.filter((l) => !capital.some((k) => k.id === l.id))];
  }

  @FieldResolver(() => City, { nullable: true })
  async capital(@Root() c: EntityRow, @Ctx() ctx: RequestContext) {
    return (await related(ctx, c, RelationType.CAPITAL_OF, 'IN'))[0] ?? null;
  }

  @FieldResolver(() => [Country], { description: 'Allies, in either direction of ALLY_OF.' })
  allies(@Root() c: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, c, RelationType.ALLY_OF, 'BOTH', [EntityKind.Country]);
  }

  @FieldResolver(() => [WeaponSystem])
  weapons(@Root() c: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, c, RelationType.OPERATES, 'OUT');
  }
}

@Resolver(() => Leader)
export class LeaderFieldsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The office held, e.g. "Prime Minister".',
  })
  async office(@Root() l: EntityRow, @Ctx() ctx: RequestContext): Promise<string | null> {
    const rows = await ctx.loaders.relations.load(l.id);
    return (
      rows.find((r) => r.type === RelationType.HOLDS_OFFICE && r.direction === 'OUT')?.title ?? null
    );
  }

  @FieldResolver(() => Country, {
    nullable: true,
    description: 'The country whose office the leader holds.',
  })
  async country(@Root() l: EntityRow, @Ctx() ctx: RequestContext) {
    return (
      (await related(ctx, l, RelationType.HOLDS_OFFICE, 'OUT', [EntityKind.Country]))[0] ?? null
    );
  }

  @FieldResolver(() => EntityInterface, {
    nullable: true,
    description: 'The country or body the leader serves.',
  })
  async serves(@Root() l: EntityRow, @Ctx() ctx: RequestContext) {
    return (await related(ctx, l, RelationType.HOLDS_OFFICE, 'OUT'))[0] ?? null;
  }
}

@Resolver(() => City)
export class CityFieldsResolver {
  @FieldResolver(() => Country, { nullable: true })
  async country(@Root() c: EntityRow, @Ctx() ctx: RequestContext) {
    const capitalOf = await related(ctx, c, RelationType.CAPITAL_OF, 'OUT', [EntityKind.Country]);
    const inside = await related(ctx, c, RelationType.LOCATED_IN, 'OUT', [EntityKind.Country]);
    return capitalOf[0] ?? inside[0] ?? null;
  }

  @FieldResolver(() => Country, {
    nullable: true,
    description: 'The country this city is the capital of.',
  })
  async capitalOf(@Root() c: EntityRow, @Ctx() ctx: RequestContext) {
    return (await related(ctx, c, RelationType.CAPITAL_OF, 'OUT'))[0] ?? null;
  }

  @FieldResolver(() => Region, { nullable: true })
  async region(@Root() c: EntityRow, @Ctx() ctx: RequestContext) {
    return (await related(ctx, c, RelationType.LOCATED_IN, 'OUT', [EntityKind.Region]))[0] ?? null;
  }
}

@Resolver(() => Region)
export class RegionFieldsResolver {
  @FieldResolver(() => [EntityInterface], { description: 'Who holds the region.' })
  controlledBy(@Root() r: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, r, RelationType.CONTROLLED_BY, 'OUT');
  }

  @FieldResolver(() => [Country], {
    description: 'The state it is internationally recognized as part of.',
  })
  recognizedAsPartOf(@Root() r: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, r, RelationType.RECOGNIZED_AS_PART_OF, 'OUT', [EntityKind.Country]);
  }

  @FieldResolver(() => [City])
  cities(@Root() r: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, r, RelationType.LOCATED_IN, 'IN', [EntityKind.City]);
  }
}

@Resolver(() => Organization)
export class OrganizationFieldsResolver {
  @FieldResolver(() => EntityInterface, {
    nullable: true,
    description: 'The state or body it is part of.',
  })
  async partOf(@Root() o: EntityRow, @Ctx() ctx: RequestContext) {
    return (await related(ctx, o, RelationType.PART_OF, 'OUT', STATES))[0] ?? null;
  }

  @FieldResolver(() => [Leader])
  leaders(@Root() o: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, o, RelationType.HOLDS_OFFICE, 'IN', [EntityKind.Leader]);
  }

  @FieldResolver(() => [EntityInterface], { description: 'States or bodies that back it.' })
  backers(@Root() o: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, o, RelationType.BACKS, 'IN');
  }
}

@Resolver(() => WeaponSystem)
export class WeaponSystemFieldsResolver {
  @FieldResolver(() => [EntityInterface], { description: 'Who operates it.' })
  operators(@Root() w: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, w, RelationType.OPERATES, 'IN');
  }
}

@Resolver(() => Event)
export class EventFieldsResolver {
  @FieldResolver(() => [EntityInterface], { description: 'Where it happened.' })
  locations(@Root() e: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, e, RelationType.OCCURRED_IN, 'OUT');
  }

  @FieldResolver(() => [EntityInterface], { description: 'Who fought in it.' })
  participants(@Root() e: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, e, RelationType.FOUGHT_IN, 'IN');
  }

  @FieldResolver(() => [EntityInterface], { description: 'Who brokered it.' })
  brokeredBy(@Root() e: EntityRow, @Ctx() ctx: RequestContext) {
    return related(ctx, e, RelationType.BROKERED_BY, 'OUT');
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
