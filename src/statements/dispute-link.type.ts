import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DisputeKind } from '../graph/vocabulary';
import { Statement } from './statement.type';
import type { StatementRow } from './statement.row';

export enum DisputeDirection {
  DISPUTES = 'DISPUTES',
  DISPUTED_BY = 'DISPUTED_BY',
}
registerEnumType(DisputeDirection, { name: 'DisputeDirection' });

@ObjectType('DisputeLink', {
  simpleResolvers: true,
  description: 'Another statement that disagrees with this one, and how.',
})
export class DisputeLinkType {
  @Field(() => DisputeKind)
  kind!: DisputeKind;

  @Field(() => DisputeDirection)
  direction!: DisputeDirection;

  @Field(() => Statement)
  statement!: StatementRow;
}
