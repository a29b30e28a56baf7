import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../http/context';
import { planPathRoot } from '../read/plan/root.plan';
import { read } from '../read/read';
import { selectionOf } from '../read/selection';
import { Path } from './path.type';

@Resolver()
export class PathResolver {
  @Query(() => [Path], {
    description: 'The shortest ways two entities are connected, through statements and relations.',
  })
  path(
    @Arg('from', { description: 'Entity id, name or alias.' }) from: string,
    @Arg('to', { description: 'Entity id, name or alias.' }) to: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: 4 }) maxHops: number,
    @Arg('first', () => Int, { nullable: true, defaultValue: 5 }) first: number,
  ) {
    return read(ctx, planPathRoot({ from, to, maxHops, first }, selectionOf(info), ctx.limits));
  }
}
