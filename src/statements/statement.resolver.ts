import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../requests/context';
import { EntityInterface } from '../graph/entity.type';
import type { EntityRow } from '../graph/entity.row';
import { Source, type SourceHeader, type SourceRow } from '../sources/source.type';
import type { MaybePromise } from '../requests/maybe-promise';
import { memoOnField } from '../requests/field-memo';
import { NotFoundError } from '../errors/errors';
import { Evidence, Figures, Statement, StatementTarget } from './statement.type';
import type { StatementRow } from './statement.row';
import {
  StatementConnection,
  statementQueryArgs,
  toStatementConnection,
} from './statement.connection';
import { StatementsArgs } from './statements.args';
import { selectionOf } from './statement.parts';
import { DisputeLinkType } from './dispute-link.type';

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => StatementConnection, {
    description: 'Statements matching a filter, newest first by default.',
  })
  async statements(
    @Args() args: StatementsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StatementConnection> {
    const q = memoOnField(info, ctx.config, true, () =>
      statementQueryArgs(args, ctx, selectionOf(info)),
    );
    const page = await ctx.repos.statements.page({ ...q, anchor: 'all' });
    return toStatementConnection(page, q.size, Boolean(args.after)) as StatementConnection;
  }

  @Query(() => Statement, { nullable: true })
  async statement(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<StatementRow | null> {
    return (await ctx.repos.statements.byIds([id])).get(id) ?? null;
  }

  @FieldResolver(() => EntityInterface, {
    description: 'The first speaker; see `speakers` for joint statements.',
  })
  speaker(@Root() s: StatementRow): EntityRow {
    const first = s.speakers[0];
    if (!first) throw new NotFoundError(`statement ${s.id} has no speaker`);
    return first;
  }

  @FieldResolver(() => [EntityInterface], {
    description: 'Everyone who made the statement, e.g. two states jointly.',
  })
  speakers(@Root() s: StatementRow): EntityRow[] {
    return s.speakers;
  }

  @FieldResolver(() => [EntityInterface], { description: 'The entities the statement is about.' })
  about(@Root() s: StatementRow): EntityRow[] {
    return s.about.map((a) => a.entity);
  }

  @FieldResolver(() => [StatementTarget], {
    description: 'The entities the statement is about, with their roles.',
  })
  targets(@Root() s: StatementRow): { entity: EntityRow; role: string }[] {
    return s.about;
  }

  @FieldResolver(() => EntityInterface, {
    nullable: true,
    description: 'The state or body the speaker spoke for.',
  })
  onBehalfOf(@Root() s: StatementRow): EntityRow | null {
    return s.onBehalfOf;
  }

  @FieldResolver(() => EntityInterface, {
    nullable: true,
    description: 'Who it was told to, e.g. a newspaper.',
  })
  medium(@Root() s: StatementRow): EntityRow | null {
    return s.medium;
  }

  @FieldResolver(() => Figures, {
    nullable: true,
    description: 'Casualty figures, for casualty claims.',
  })
  figures(@Root() s: StatementRow): Figures | null {
    return s.hasFigures
      ? { killed: s.killed, injured: s.injured, civilians: s.civilians, forces: s.forces }
      : null;
  }

  @FieldResolver(() => Source)
  source(
    @Root() s: StatementRow,
    @Ctx() ctx: RequestContext,
  ): MaybePromise<SourceHeader | SourceRow> {
    if (s.source) return s.source;
    return ctx.loaders.source.load(s.sourceId).then((source) => {
      if (!source) throw new NotFoundError(`source ${s.sourceId} of statement ${s.id} is missing`);
      return source;
    });
  }

  @FieldResolver(() => Evidence)
  evidence(@Root() s: StatementRow): Evidence {
    return { sentence: s.sentenceText, sentenceIndex: s.sentence, start: s.start, end: s.end };
  }

  @FieldResolver(() => [Statement], {
    description: 'Statements this one contradicts (e.g. what a denial denies).',
  })
  async disputes(@Root() s: StatementRow, @Ctx() ctx: RequestContext): Promise<StatementRow[]> {
    return (await ctx.loaders.disputesOut.load(s.id)).map((d) => d.statement);
  }

  @FieldResolver(() => [Statement], { description: 'Statements that contradict this one.' })
  async disputedBy(@Root() s: StatementRow, @Ctx() ctx: RequestContext): Promise<StatementRow[]> {
    return (await ctx.loaders.disputesIn.load(s.id)).map((d) => d.statement);
  }

  @FieldResolver(() => [DisputeLinkType], {
    description: 'Both directions of disagreement, with why.',
  })
  async disagreements(@Root() s: StatementRow, @Ctx() ctx: RequestContext) {
    const [out, inn] = await Promise.all([
      ctx.loaders.disputesOut.load(s.id),
      ctx.loaders.disputesIn.load(s.id),
    ]);
    return [
      ...out.map((d) => ({ kind: d.kind, direction: 'DISPUTES', statement: d.statement })),
      ...inn.map((d) => ({ kind: d.kind, direction: 'DISPUTED_BY', statement: d.statement })),
    ];
  }
}
