import { Field, ObjectType } from 'type-graphql';
import { DisputeKind } from '../graph/vocabulary';
import { Statement } from '../statements/statement.type';
import type { StatementRow } from '../statements/statement.row';

@ObjectType({ simpleResolvers: true, description: 'Two statements that contradict each other.' })
export class Dispute {
  @Field(() => DisputeKind)
  kind!: DisputeKind;

  @Field(() => Statement, { description: 'The statement that disputes (e.g. the denial).' })
  statement!: StatementRow;

  @Field(() => Statement, { description: 'The statement disputed (e.g. what is denied).' })
  disputed!: StatementRow;

  @Field({
    description:
      'True when no source linked them: derived, e.g. casualty figures of one conflict by different claimants.',
  })
  derived!: boolean;
}
