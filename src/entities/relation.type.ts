import { Field, Int, ObjectType } from 'type-graphql';
import { EntityInterface } from './entity.type';
import { Direction, RelationType } from './vocabulary';

@ObjectType('Relation', {
  description: 'A relation between two entities, as a source asserted it.',
})
export class Relation {
  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => Direction)
  direction!: Direction;

  @Field(() => String, {
    nullable: true,
    description: 'For HOLDS_OFFICE: the office, e.g. "Prime Minister".',
  })
  title!: string | null;

  @Field(() => EntityInterface)
  from!: EntityInterface;

  @Field(() => EntityInterface)
  to!: EntityInterface;

  @Field(() => EntityInterface, { description: 'The end that is not the entity asked about.' })
  other!: EntityInterface;

  @Field(() => String, { nullable: true, description: 'Id of the source that asserted it.' })
  sourceId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Index of the sentence that asserted it.' })
  sentence!: number | null;
}
