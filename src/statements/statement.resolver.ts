import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../http/context';
import { planStatementRoot, planStatementsRoot } from '../read/plan/root.plan';
import { read } from '../read/read';
import { selectionOf } from '../read/selection';
import { StatementConnection } from './statement.connection';
import { Statement } from './statement.type';
import { StatementsArgs } from './statements.args';

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => StatementConnection, {
    description: 'Statements matching a filter, newest first by default.',
  })
  statements(
    @Args() _args: StatementsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // The page's arguments are its selection's own (planned like `statementsBy`'s).
    return read(ctx, planStatementsRoot(selectionOf(info), ctx.limits));
  }

  @Query(() => Statement, { nullable: true })
  statement(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return read(ctx, planStatementRoot(id, selectionOf(info), ctx.limits));
  }
}
