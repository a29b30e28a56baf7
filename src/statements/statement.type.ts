import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { EntityInterface } from '../entities/entity.type';
import { Source } from '../sources/source.type';
import { Stance } from './stance';
import { AboutRole, DisputeKind } from './vocabulary';
import './statement.enums';

/**
 * The GraphQL types of statements. Their values come from the read layer (src/read), which
 * fetches what a query asks of them, and of what they link to, in one Cypher statement.
 */

@ObjectType({ description: 'Casualty figures claimed by a statement.' })
export class Figures {
  @Field(() => Int, { nullable: true, description: 'Deaths claimed in total.' })
  killed!: number | null;

  @Field(() => Int, { nullable: true })
  injured!: number | null;

  @Field(() => Int, { nullable: true, description: 'Of the casualties claimed, civilians.' })
  civilians!: number | null;

  @Field(() => Int, { nullable: true, description: 'Of the casualties claimed, military.' })
  forces!: number | null;
}

@ObjectType({ description: 'Where in its source a statement is found.' })
export class Evidence {
  @Field({
    description: 'The sentence (or sentences, for a quote that runs on) holding the statement.',
  })
  sentence!: string;

  @Field(() => Int, { description: '0-based index of the sentence in the source.' })
  sentenceIndex!: number;

  @Field(() => Int, {
    description: 'Offset of the statement text in the source text (UTF-16, inclusive).',
  })
  start!: number;

  @Field(() => Int, { description: 'Offset where the statement text ends (exclusive).' })
  end!: number;
}

@ObjectType({ description: 'An entity a statement is about, with its role.' })
export class StatementTarget {
  @Field(() => EntityInterface)
  entity!: EntityInterface;

  @Field(() => AboutRole)
  role!: AboutRole;
}

export enum DisputeDirection {
  DISPUTES = 'DISPUTES',
  DISPUTED_BY = 'DISPUTED_BY',
}
registerEnumType(DisputeDirection, { name: 'DisputeDirection' });

@ObjectType({ description: 'One speech act: who said what about whom, when, and in which report.' })
export class Statement {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The quoted words, or the reported clause, exactly as in the source.' })
  text!: string;

  @Field()
  isQuote!: boolean;

  @Field(() => Stance)
  stance!: Stance;

  @Field({ description: 'CAMEO verbal event code of the stance.' })
  cameo!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The verb introducing the statement: said, accused, denied, …',
  })
  cue!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How the source names the speaker, e.g. "he" or "Baku".',
  })
  speakerMention!: string | null;

  @Field(() => DateResolver, {
    nullable: true,
    description: 'When it was said, where the source tells.',
  })
  date!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Extraction confidence, for ingested statements.',
  })
  confidence!: number | null;

  @Field({ description: 'True when automatic extraction marked it for a person to check.' })
  needsReview!: boolean;

  @Field(() => EntityInterface, {
    description: 'The first speaker; see `speakers` for joint statements.',
  })
  speaker!: EntityInterface;

  @Field(() => [EntityInterface], {
    description: 'Everyone who made the statement, e.g. two states jointly.',
  })
  speakers!: EntityInterface[];

  @Field(() => [EntityInterface], { description: 'The entities the statement is about.' })
  about!: EntityInterface[];

  @Field(() => [StatementTarget], {
    description: 'The entities the statement is about, with their roles.',
  })
  targets!: StatementTarget[];

  @Field(() => EntityInterface, {
    nullable: true,
    description: 'The state or body the speaker spoke for.',
  })
  onBehalfOf!: EntityInterface | null;

  @Field(() => EntityInterface, {
    nullable: true,
    description: 'Who it was told to, e.g. a newspaper.',
  })
  medium!: EntityInterface | null;

  @Field(() => Figures, { nullable: true, description: 'Casualty figures, for casualty claims.' })
  figures!: Figures | null;

  @Field(() => Source)
  source!: Source;

  @Field(() => Evidence)
  evidence!: Evidence;

  @Field(() => [Statement], {
    description: 'Statements this one contradicts (e.g. what a denial denies).',
  })
  disputes!: Statement[];

  @Field(() => [Statement], { description: 'Statements that contradict this one.' })
  disputedBy!: Statement[];

  @Field(() => [DisputeLink], { description: 'Both directions of disagreement, with why.' })
  disagreements!: DisputeLink[];
}

@ObjectType('DisputeLink', {
  description: 'Another statement that disagrees with this one, and how.',
})
export class DisputeLink {
  @Field(() => DisputeKind)
  kind!: DisputeKind;

  @Field(() => DisputeDirection)
  direction!: DisputeDirection;

  @Field(() => Statement)
  statement!: Statement;
}
