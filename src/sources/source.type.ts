import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';

/** What a statement row carries of its source: enough for every field but the text. */
export interface SourceHeader {
  id: string;
  title: string;
  url: string | null;
  outlet: string | null;
  publishedAt: string;
}

export interface SourceRow extends SourceHeader {
  text: string;
  sentenceStarts: number[];
  sentenceEnds: number[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'A news report that statements and relations were taken from.',
})
export class Source {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true })
  outlet!: string | null;

  @Field(() => DateResolver)
  publishedAt!: string;

  @Field({ description: 'The full text; evidence offsets index into it.' })
  text!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A sentence of a source, with its offsets.' })
export class Sentence {
  @Field(() => Int)
  index!: number;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field()
  text!: string;
}
