import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../http/context';
import {
  MAX_CELLS,
  MAX_REFS,
  planStanceMatrixRoot,
  planTimelineRoot,
  planTopEntitiesRoot,
} from '../read/plan/analysis.plan';
import { read } from '../read/read';
import { selectionOf } from '../read/selection';
import { StatementWhere } from '../statements/statement-where.input';
import {
  EntityCount,
  StanceCount,
  TimeBucket,
  TimelineDirection,
  TimelinePoint,
} from './analysis.types';

const where = () =>
  [
    'where',
    () => StatementWhere,
    { nullable: true, description: 'Which statements are counted, as `statements` filters them.' },
  ] as const;

@Resolver()
export class AnalysisResolver {
  @Query(() => [StanceCount], {
    description:
      'Who says what about whom, counted: statements per speaker, target, stance and time ' +
      'bucket (empty cells are left out), the highest counts first.',
  })
  stanceMatrix(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg(...where()) where: StatementWhere | null,
    @Arg('speakers', () => [String], {
      nullable: true,
      description: `The rows: entity ids, names or aliases (at most ${MAX_REFS}); all speakers when not given.`,
    })
    speakers: string[] | null,
    @Arg('targets', () => [String], {
      nullable: true,
      description: `The columns: entity ids, names or aliases (at most ${MAX_REFS}); all targets when not given.`,
    })
    targets: string[] | null,
    @Arg('bucket', () => TimeBucket, { nullable: true, defaultValue: TimeBucket.ALL })
    bucket: TimeBucket | null,
    @Arg('maxCells', () => Int, {
      nullable: true,
      description: `How many cells at most, those with the highest counts (default 1000, at most ${MAX_CELLS}).`,
    })
    maxCells: number | null,
  ) {
    const args = { where, speakers, targets, bucket, maxCells };
    return read(ctx, planStanceMatrixRoot(args, selectionOf(info), ctx.limits));
  }

  @Query(() => [TimelinePoint], {
    description:
      'What an entity said, and what was said about it, counted per time bucket and stance, ' +
      'oldest bucket first; empty buckets are left out.',
  })
  timeline(
    @Arg('entity', { description: 'Entity id, name or alias.' }) entity: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg(...where()) where: StatementWhere | null,
    @Arg('bucket', () => TimeBucket, { nullable: true, defaultValue: TimeBucket.MONTH })
    bucket: TimeBucket | null,
    @Arg('direction', () => TimelineDirection, {
      nullable: true,
      defaultValue: TimelineDirection.BOTH,
    })
    direction: TimelineDirection | null,
  ) {
    return read(ctx, planTimelineRoot({ entity, where, bucket, direction }, selectionOf(info)));
  }

  @Query(() => [EntityCount], { description: 'The entities that make the most statements.' })
  topSpeakers(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg(...where()) where: StatementWhere | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number | null,
  ) {
    return read(
      ctx,
      planTopEntitiesRoot('SAID_BY', { where, first }, selectionOf(info), ctx.limits),
    );
  }

  @Query(() => [EntityCount], {
    description: 'The entities most statements are aimed at (as target, not only mentioned).',
  })
  topTargets(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg(...where()) where: StatementWhere | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number | null,
  ) {
    return read(ctx, planTopEntitiesRoot('ABOUT', { where, first }, selectionOf(info), ctx.limits));
  }
}
