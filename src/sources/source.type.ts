import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';

/**
 * A source and its sentences. Their values come from the read layer (src/read); `statements`,
 * which takes arguments, is declared in source.resolver.ts.
 */
@ObjectType({ description: 'A news report that statements and relations were taken from.' })
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

  @Field(() => [Sentence], {
    description: 'The sentences of the text, as evidence indices count them.',
  })
  sentences!: Sentence[];
}

@ObjectType({ description: 'A sentence of a source, with its offsets.' })
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
