import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { EntityKind } from '../entities/vocabulary';
import type { RequestContext } from '../http/context';
import { planSearchRoot } from '../read/plan/root.plan';
import { read } from '../read/read';
import { selectionOf } from '../read/selection';
import { SearchHit } from './search.type';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search over entity names, aliases and descriptions, and statement text. `kinds` restricts hits to entities of those kinds.',
  })
  search(
    @Arg('text') text: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('kinds', () => [EntityKind], { nullable: true }) kinds?: EntityKind[],
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ) {
    return read(ctx, planSearchRoot({ text, kinds, first }, selectionOf(info), ctx.limits));
  }
}
