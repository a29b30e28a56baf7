import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../requests/context';
import { thenMaybe, type MaybePromise } from '../requests/maybe-promise';
import { memoOnField } from '../requests/field-memo';
import { BadUserInputError } from '../errors/errors';
import { Connection, toConnection, wantsTotalCount } from '../pagination/connection.type';
import { decodeCursor, encodeCursor } from '../pagination/cursor';
import { pageSize } from '../pagination/page';
import { nameKey } from '../text/normalize';
import {
  StatementConnection,
  statementQueryArgs,
  toStatementConnection,
} from '../statements/statement.connection';
import { StatementsArgs } from '../statements/statements.args';
import { selectionOf } from '../statements/statement.parts';
import type { Anchor } from '../statements/statement.query';
import { EntityInterface } from './entity.type';
import { FULL_LOOKUP, planLookup } from './lookahead';
import { relationsOf } from './related-fields';
import type { EntityRow } from './entity.row';
import { Direction, Relation, toRelation } from './relation.type';
import { EntityKind, RelationType } from './vocabulary';
import { ObjectType } from 'type-graphql';

export enum EntityOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
}
registerEnumType(EntityOrder, { name: 'EntityOrder' });

@ObjectType({ simpleResolvers: true })
export class EntityConnection extends Connection<EntityRow>('Entity', () => EntityInterface) {}

@ArgsType()
class EntitiesArgs {
  @Field(() => EntityKind, { nullable: true })
  kind?: EntityKind | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => EntityOrder, { nullable: true, defaultValue: EntityOrder.NAME_ASC })
  orderBy?: EntityOrder | null;
}

@ArgsType()
class RelationsArgs {
  @Field(() => [RelationType], { nullable: true, description: 'Only these types.' })
  types?: RelationType[] | null;

  @Field(() => Direction, { nullable: true, defaultValue: Direction.BOTH })
  direction?: Direction | null;
}

@Resolver(() => EntityInterface)
export class EntityResolver {
  @Query(() => EntityInterface, {
    nullable: true,
    description:
      'One entity by id, or by name or alias ignoring case and accents ("azerbaijan", "Baku").',
  })
  async entity(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('name', () => String, { nullable: true }) name?: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<EntityRow | null> {
    if (id == null && name == null)
      throw new BadUserInputError('give `id` or `name`', { argument: 'id' });
    if (name != null && (nameKey(name) === '' || name.length > 200)) {
      throw new BadUserInputError('`name` must have 1 to 200 characters', { argument: 'name' });
    }
    if (id != null) return ctx.loaders.entity.load(id);
    const plan = info
      ? memoOnField(info, ctx.config, false, () => planLookup(selectionOf(info), ctx))
      : FULL_LOOKUP;
    const found = await ctx.repos.entities.lookUp(name!, plan);
    if (found && plan.pages) ctx.loaders.primeStatementPages(plan.pages.page, found.pages);
    return found?.entity ?? null;
  }

  @Query(() => EntityConnection, {
    description: 'Entities, optionally of one kind, ordered by name.',
  })
  async entities(
    @Args() args: EntitiesArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityConnection> {
    const size = pageSize(args.first, ctx.config.security.maxPageSize);
    const after = args.after ? (decodeCursor(args.after, 2) as [string, string]) : null;
    const kind = args.kind ?? null;
    const rows = await ctx.repos.entities.page({
      kind,
      limit: size + 1,
      after,
      descending: args.orderBy === EntityOrder.NAME_DESC,
    });
    const sortNames = new Map(rows.map((r) => [r.entity, r.sortName]));
    const total = wantsTotalCount(info) ? await ctx.repos.entities.count(kind) : undefined;
    return toConnection(
      rows.slice(0, size).map((r) => r.entity),
      rows.length > size,
      (e) => encodeCursor([sortNames.get(e)!, e.id]),
      total,
      after !== null,
    ) as EntityConnection;
  }

  @FieldResolver(() => StatementConnection, { description: 'What this entity said.' })
  statementsBy(
    @Root() e: EntityRow,
    @Args() args: StatementsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return statementsOf('bySpeaker', e, args, ctx, info);
  }

  @FieldResolver(() => StatementConnection, { description: 'What was said about this entity.' })
  statementsAbout(
    @Root() e: EntityRow,
    @Args() args: StatementsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return statementsOf('byAbout', e, args, ctx, info);
  }

  @FieldResolver(() => [Relation], {
    description: 'Relations to other entities, as sources asserted them.',
  })
  relations(
    @Root() e: EntityRow,
    @Args() args: RelationsArgs,
    @Ctx() ctx: RequestContext,
  ): MaybePromise<Relation[]> {
    const direction = args.direction ?? Direction.BOTH;
    return thenMaybe(relationsOf(ctx, e), (rows) =>
      rows
        .filter((r) => (args.types ? args.types.includes(r.type) : true))
        .filter((r) => direction === Direction.BOTH || r.direction === direction)
        .map((r) => toRelation({ ...r, self: e })),
    );
  }
}

function statementsOf(
  anchor: Anchor,
  e: { id: string },
  args: StatementsArgs,
  ctx: RequestContext,
  info: GraphQLResolveInfo,
): MaybePromise<StatementConnection> {
  const { size, page: pageArgs } = ctx.loaders.pageArgsOf(info.fieldNodes[0]!, () =>
    memoOnField(info, ctx.config, true, () => {
      const { size, ...q } = statementQueryArgs(args, ctx, selectionOf(info));
      return { size, page: { ...q, anchor } };
    }),
  );
  return thenMaybe(
    ctx.loaders.statementPage(e.id, pageArgs),
    (page) => toStatementConnection(page, size, Boolean(args.after)) as StatementConnection,
  );
}

export { statementsOf };
