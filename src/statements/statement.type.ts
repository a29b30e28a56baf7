import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { EntityInterface } from '../graph/entity.type';
import { AboutRole } from '../graph/vocabulary';
import { Stance } from './stance';

@ObjectType({ simpleResolvers: true, description: 'Casualty figures claimed by a statement.' })
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

@ObjectType({ simpleResolvers: true, description: 'Where in its source a statement is found.' })
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

@ObjectType({
  simpleResolvers: true,
  description: 'An entity a statement is about, with its role.',
})
export class StatementTarget {
  @Field(() => EntityInterface)
  entity!: EntityInterface;

  @Field(() => AboutRole)
  role!: AboutRole;
}

@ObjectType({
  simpleResolvers: true,
  description: 'One speech act: who said what about whom, when, and in which report.',
})
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
}
