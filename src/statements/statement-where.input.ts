import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Stance } from './stance';

@InputType({ description: 'Filters on statements; all given filters must hold.' })
export class StatementWhere {
  @Field(() => String, {
    nullable: true,
    description: 'The speaker: an entity id, name or alias ("Pashinyan", "Baku").',
  })
  speaker?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'An entity the statement is about: id, name or alias.',
  })
  about?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'An entity the statement is aimed at (about it as TARGET, not only mentioning it): id, name or alias.',
  })
  target?: string | null;

  @Field(() => [Stance], { nullable: true })
  stance?: Stance[] | null;

  @Field(() => Boolean, { nullable: true })
  isQuote?: boolean | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Said on or after this day.' })
  from?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Said on or before this day.' })
  to?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Reported in this source.' })
  source?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The statement text contains this, ignoring case.',
  })
  text?: string | null;
}

export enum StatementOrder {
  DATE_DESC = 'DATE_DESC',
  DATE_ASC = 'DATE_ASC',
}

registerEnumType(StatementOrder, {
  name: 'StatementOrder',
  description:
    "Statements are ordered by the date they were made (else their report's date), then id.",
});
