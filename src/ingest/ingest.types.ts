import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { IsOptional, IsUrl, MaxLength, MinLength } from 'class-validator';
import { EntityKind } from '../entities/vocabulary';
import { Stance } from '../statements/stance';
import { Evidence } from '../statements/statement.type';

@InputType({ description: 'A news article as plain text, with what is known about it.' })
export class IngestArticleInput {
  @Field({ description: 'The full text, as published.' })
  @MinLength(1, { message: 'text must not be empty' })
  text!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: 'url must be an absolute URL' })
  @MaxLength(2000)
  url?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  outlet?: string | null;

  @Field(() => DateResolver, {
    nullable: true,
    description:
      'Publication date; relative dates ("on Saturday") resolve against it. Default: today.',
  })
  publishedAt?: Date | null;
}

@ObjectType({ description: 'An entity the extraction found or referenced.' })
export class ExtractedEntity {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => EntityKind)
  kind!: EntityKind;

  @Field(() => [String])
  aliases!: string[];

  @Field({ description: 'True when the graph already had it.' })
  known!: boolean;
}

@ObjectType({ description: 'An attributed statement the extraction found.' })
export class ExtractedStatement {
  @Field(() => ID, { description: 'Its id once loaded: <source id>/<local id>.' })
  id!: string;

  @Field(() => [ExtractedEntity])
  speakers!: ExtractedEntity[];

  @Field(() => String, { nullable: true })
  speakerMention!: string | null;

  @Field(() => Stance)
  stance!: Stance;

  @Field(() => [ExtractedEntity], { description: 'What it is about (targets first).' })
  targets!: ExtractedEntity[];

  @Field()
  text!: string;

  @Field()
  isQuote!: boolean;

  @Field(() => String, { nullable: true })
  cue!: string | null;

  @Field(() => DateResolver, { nullable: true })
  date!: string | null;

  @Field(() => Evidence)
  evidence!: Evidence;

  @Field(() => Float)
  confidence!: number;

  @Field()
  needsReview!: boolean;
}

@ObjectType({
  description: 'What ingestion extracted from an article, and whether it was loaded.',
})
export class IngestArticlePayload {
  @Field(() => ID)
  sourceId!: string;

  @Field()
  title!: string;

  @Field({ description: 'False for a dry run.' })
  loaded!: boolean;

  @Field(() => [ExtractedEntity])
  entities!: ExtractedEntity[];

  @Field(() => [ExtractedStatement])
  statements!: ExtractedStatement[];

  @Field(() => [String])
  warnings!: string[];

  @Field(() => Int)
  sentences!: number;

  @Field({
    description: 'The extraction in the curated seed format, for review and `npm run seed`.',
  })
  seedYaml!: string;
}
