import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../http/context';
import { planDisputesRoot } from '../read/plan/root.plan';
import { read } from '../read/read';
import { selectionOf } from '../read/selection';
import { Dispute } from './dispute.type';

@Resolver()
export class DisputeResolver {
  @Query(() => [Dispute], {
    description:
      'Pairs of statements that contradict each other: denials and what they deny, competing casualty figures, contradictions. `about` (id, name or alias) keeps those said by or about that entity.',
  })
  disputes(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('about', () => String, { nullable: true }) about?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ) {
    return read(ctx, planDisputesRoot({ about, first }, selectionOf(info), ctx.limits));
  }
}
