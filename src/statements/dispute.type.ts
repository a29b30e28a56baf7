import { Field, ObjectType } from 'type-graphql';
import { Statement } from './statement.type';
import { DisputeKind } from './vocabulary';

@ObjectType({ description: 'Two statements that contradict each other.' })
export class Dispute {
  @Field(() => DisputeKind)
  kind!: DisputeKind;

  @Field(() => Statement, { description: 'The statement that disputes (e.g. the denial).' })
  statement!: Statement;

  @Field(() => Statement, { description: 'The statement disputed (e.g. what is denied).' })
  disputed!: Statement;

  @Field({
    description:
      'True when no source linked them: derived, e.g. casualty figures of one conflict by different claimants.',
  })
  derived!: boolean;
}
