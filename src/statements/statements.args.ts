import { ArgsType, Field, Int } from 'type-graphql';
import { StatementOrder, StatementWhere } from './statement-where.input';

@ArgsType()
export class StatementsArgs {
  @Field(() => StatementWhere, { nullable: true })
  where?: StatementWhere | null;

  @Field(() => Int, { nullable: true, description: 'Page size (default 20, at most 100).' })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last row of the previous page.',
  })
  after?: string | null;

  @Field(() => StatementOrder, { nullable: true, defaultValue: StatementOrder.DATE_DESC })
  orderBy?: StatementOrder | null;
}
