import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { EntityInterface } from '../entities/entity.type';
import { Stance } from '../statements/stance';
import '../statements/statement.enums';

/**
 * The GraphQL types of the aggregations (`stanceMatrix`, `timeline`, `topSpeakers`,
 * `topTargets`). Their values are counted by Neo4j in the one query the read layer writes for each
 * (src/read/cypher/analysis.cypher.ts); nothing is counted in JavaScript.
 */

export enum TimeBucket {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
  ALL = 'ALL',
}

registerEnumType(TimeBucket, {
  name: 'TimeBucket',
  description:
    'How statements are grouped in time, by the day they were made (else the day of their report). ' +
    'WEEK starts on Monday (ISO 8601); ALL is one bucket for all time.',
});

export enum TimelineDirection {
  BY = 'BY',
  ABOUT = 'ABOUT',
  BOTH = 'BOTH',
}

registerEnumType(TimelineDirection, {
  name: 'TimelineDirection',
  description:
    'BY: what the entity said; ABOUT: what was said about it (as a target); BOTH: each, apart.',
});

@ObjectType({
  description:
    'How many statements one speaker made about one target with one stance in one bucket. A ' +
    'joint statement counts once for each of its speakers, and once for each of its targets.',
})
export class StanceCount {
  @Field(() => EntityInterface)
  speaker!: EntityInterface;

  @Field(() => EntityInterface)
  target!: EntityInterface;

  @Field(() => Stance)
  stance!: Stance;

  @Field(() => DateResolver, {
    nullable: true,
    description: 'The first day of the bucket; null when the bucket is ALL.',
  })
  bucket!: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description:
    'How many statements an entity made (BY), or had made about it (ABOUT), in a bucket.',
})
export class TimelinePoint {
  @Field(() => DateResolver, {
    nullable: true,
    description: 'The first day of the bucket; null when the bucket is ALL.',
  })
  bucket!: string | null;

  @Field(() => TimelineDirection, { description: 'BY or ABOUT, never BOTH.' })
  direction!: TimelineDirection;

  @Field(() => Stance)
  stance!: Stance;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'An entity and how many of the statements counted name it.' })
export class EntityCount {
  @Field(() => EntityInterface)
  entity!: EntityInterface;

  @Field(() => Int)
  count!: number;
}
