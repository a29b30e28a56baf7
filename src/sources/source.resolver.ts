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
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../requests/context';
import { pageSize } from '../connections/page';
import { decodeCursor, encodeCursor } from '../connections/cursor';
import { Connection, toConnection } from '../connections/connection.type';
import { StatementConnection } from '../statements/statement.connection';
import { StatementsArgs } from '../statements/statements.args';
import { statementsOf } from '../graph/entity.resolver';
import { Sentence, Source, type SourceRow } from './source.type';

@ObjectType()
export class SourceConnection extends Connection<SourceRow>('Source', () => Source) {}

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true })
  source(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<SourceRow | null> {
    return ctx.loaders.source.load(id);
  }

  @Query(() => SourceConnection, { description: 'Sources, newest first.' })
  async sources(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<SourceConnection> {
    const size = pageSize(first, ctx.config.security.maxPageSize);
    const key = after ? (decodeCursor(after, 2) as [string, string]) : null;
    const rows = await ctx.repos.sources.page(size + 1, key);
    const cursor = (s: SourceRow) => encodeCursor([s.publishedAt, s.id]);
    // Counting sources is cheap (a label count from the store), so it is always given.
    const total = await ctx.repos.sources.count();
    return toConnection(
      rows.slice(0, size),
      rows.length > size,
      cursor,
      total,
      key !== null,
    ) as SourceConnection;
  }

  @FieldResolver(() => StatementConnection, { description: 'The statements this source reports.' })
  statements(
    @Root() src: SourceRow,
    @Args() args: StatementsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return statementsOf('bySource', src, args, ctx, info);
  }

  @FieldResolver(() => [Sentence], {
    description: 'The sentences of the text, as evidence indices count them.',
  })
  sentences(@Root() src: SourceRow): Sentence[] {
    return src.sentenceStarts.map((start, index) => {
      const end = src.sentenceEnds[index] ?? start;
      return { index, start, end, text: src.text.slice(start, end) };
    });
  }
}
