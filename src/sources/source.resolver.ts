import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../http/context';
import { Connection } from '../pagination/connection.type';
import { answerField, type Answer } from '../read/answer';
import { planSourceRoot, planSourcesRoot } from '../read/plan/root.plan';
import { read } from '../read/read';
import { selectionOf } from '../read/selection';
import { StatementConnection } from '../statements/statement.connection';
import { StatementsArgs } from '../statements/statements.args';
import { Source } from './source.type';

@ObjectType()
export class SourceConnection extends Connection('Source', () => Source) {}

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true })
  source(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return read(ctx, planSourceRoot(id, selectionOf(info), ctx.limits));
  }

  @Query(() => SourceConnection, { description: 'Sources, newest first.' })
  sources(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return read(ctx, planSourcesRoot({ first, after }, selectionOf(info), ctx.limits));
  }

  /** Declares the page's arguments; the value is read from the answer (see entity.resolver.ts). */
  @FieldResolver(() => StatementConnection, { description: 'The statements this source reports.' })
  statements(@Root() src: Answer, @Args() _args: StatementsArgs, @Info() info: GraphQLResolveInfo) {
    return answerField(src, {}, undefined, info);
  }
}
