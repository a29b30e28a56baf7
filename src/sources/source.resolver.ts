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
import { pageSize } from '../pagination/page';
import { decodeCursor, encodeCursor } from '../pagination/cursor';
import { Connection, toConnection } from '../pagination/connection.type';
import { StatementConnection } from '../statements/statement.connection';
import { StatementsArgs } from '../statements/statements.args';
import { statementsOf } from '../graph/entity.resolver';
import { NotFoundError } from '../errors/errors';
import { Sentence, Source, type SourceHeader, type SourceRow } from './source.type';

@ObjectType({ simpleResolvers: true })
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
    @Root() src: SourceHeader,
    @Args() args: StatementsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return statementsOf('bySource', src, args, ctx, info);
  }

  @FieldResolver(() => [Sentence], {
    description: 'The sentences of the text, as evidence indices count them.',
  })
  async sentences(@Root() root: SourceHeader, @Ctx() ctx: RequestContext): Promise<Sentence[]> {
    const src = await fullSource(root, ctx);
    return src.sentenceStarts.map((start, index) => {
      const end = src.sentenceEnds[index] ?? start;
      return { index, start, end, text: src.text.slice(start, end) };
    });
  }

  @FieldResolver(() => String)
  async text(@Root() root: SourceHeader, @Ctx() ctx: RequestContext): Promise<string> {
    return (await fullSource(root, ctx)).text;
  }
}

/**
 * A source reached from a statement comes as the header its row carries (statement.row.ts); the
 * text and sentence offsets, which can be long, are loaded only when asked for.
 */
async function fullSource(src: SourceHeader, ctx: RequestContext): Promise<SourceRow> {
  if ('text' in src) return src as SourceRow;
  const row = await ctx.loaders.source.load(src.id);
  if (!row) throw new NotFoundError(`source ${src.id} is missing`);
  return row;
}
