import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../requests/context';
import { BadUserInputError } from '../errors/errors';
import { pageSize } from '../pagination/page';
import { EntityKind } from '../graph/vocabulary';
import { SearchRepository } from './search.repository';
import { SearchHit } from './search.type';
import { toLuceneQuery } from './lucene';
import { searchStatementParts, selectionOf } from '../statements/statement.parts';
import { memoOnField } from '../requests/field-memo';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search over entity names, aliases and descriptions, and statement text. `kinds` restricts hits to entities of those kinds.',
  })
  async search(
    @Arg('text') text: string,
    @Ctx() ctx: RequestContext,
    @Arg('kinds', () => [EntityKind], { nullable: true }) kinds?: EntityKind[],
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<SearchHit[]> {
    if (text.length > 500)
      throw new BadUserInputError('`text` must have at most 500 characters', { argument: 'text' });
    const query = toLuceneQuery(text);
    if (!query)
      throw new BadUserInputError('`text` has no words to search for', { argument: 'text' });
    const limit = pageSize(first ?? 10, ctx.config.security.maxPageSize);
    const rows = await new SearchRepository(ctx.executor).search(
      query,
      kinds?.length ? kinds : null,
      limit,
      info
        ? memoOnField(info, ctx.config, false, () => searchStatementParts(selectionOf(info)))
        : null,
    );
    return rows as SearchHit[];
  }
}
