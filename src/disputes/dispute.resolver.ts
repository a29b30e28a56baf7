import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../requests/context';
import { pageSize } from '../pagination/page';
import { DisputeRepository } from './dispute.repository';
import { Dispute } from './dispute.type';

@Resolver()
export class DisputeResolver {
  @Query(() => [Dispute], {
    description:
      'Pairs of statements that contradict each other: denials and what they deny, competing casualty figures, contradictions. `about` (id, name or alias) keeps those said by or about that entity.',
  })
  async disputes(
    @Ctx() ctx: RequestContext,
    @Arg('about', () => String, { nullable: true }) about?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ): Promise<Dispute[]> {
    const limit = pageSize(first ?? 50, ctx.config.security.maxPageSize);
    let entity: string | null = null;
    if (about != null) {
      const found = await ctx.repos.entities.byRef(about);
      if (!found) return [];
      entity = found.id;
    }
    return new DisputeRepository(ctx.executor).list(entity, limit);
  }
}
