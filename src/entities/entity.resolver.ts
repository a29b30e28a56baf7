import type { GraphQLResolveInfo } from 'graphql';
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
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import type { RequestContext } from '../http/context';
import { Connection } from '../pagination/connection.type';
import { answerField, type Answer } from '../read/answer';
import { planEntitiesRoot, planEntityRoot } from '../read/plan/root.plan';
import { read } from '../read/read';
import { selectionOf } from '../read/selection';
import { StatementConnection } from '../statements/statement.connection';
import { StatementsArgs } from '../statements/statements.args';
import { EntityInterface } from './entity.type';
import { Relation } from './relation.type';
import { Direction, EntityKind, RelationType } from './vocabulary';

export enum EntityOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
}
registerEnumType(EntityOrder, { name: 'EntityOrder' });

@ObjectType()
export class EntityConnection extends Connection('Entity', () => EntityInterface) {}

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

/**
 * The entity fields of Query, and the fields of entities that take arguments. Every field below a
 * root is answered by the read layer's one query; type-graphql declares a field's arguments only
 * through a resolver, so those below read their value from the answer, as every other field does.
 */
@Resolver(() => EntityInterface)
export class EntityResolver {
  @Query(() => EntityInterface, {
    nullable: true,
    description:
      'One entity by id, or by name or alias ignoring case and accents ("azerbaijan", "Baku").',
  })
  entity(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('name', () => String, { nullable: true }) name?: string,
  ) {
    return read(ctx, planEntityRoot({ id, name }, selectionOf(info), ctx.limits));
  }

  @Query(() => EntityConnection, {
    description: 'Entities, optionally of one kind, ordered by name.',
  })
  entities(
    @Args() args: EntitiesArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return read(ctx, planEntitiesRoot(args, selectionOf(info), ctx.limits));
  }

  @FieldResolver(() => StatementConnection, { description: 'What this entity said.' })
  statementsBy(@Root() e: Answer, @Args() _args: StatementsArgs, @Info() info: GraphQLResolveInfo) {
    return answerField(e, {}, undefined, info);
  }

  @FieldResolver(() => StatementConnection, { description: 'What was said about this entity.' })
  statementsAbout(
    @Root() e: Answer,
    @Args() _args: StatementsArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return answerField(e, {}, undefined, info);
  }

  @FieldResolver(() => [Relation], {
    description: 'Relations to other entities, as sources asserted them.',
  })
  relations(@Root() e: Answer, @Args() _args: RelationsArgs, @Info() info: GraphQLResolveInfo) {
    return answerField(e, {}, undefined, info);
  }
}
