import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EntityInterface } from './entity.type';
import { RelationType } from './vocabulary';
import type { EntityRow } from './entity.row';
import type { RelationRow } from './entity.repository';

export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}
registerEnumType(Direction, {
  name: 'Direction',
  description:
    'OUT: the entity is the subject ("Turkey ALLY_OF Azerbaijan" seen from Turkey); IN: the object.',
});

/** A relation as seen from one of its ends. */
export interface RelationView extends RelationRow {
  self: EntityRow;
}

@ObjectType('Relation', {
  simpleResolvers: true,
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
  from!: EntityRow;

  @Field(() => EntityInterface)
  to!: EntityRow;

  @Field(() => EntityInterface, { description: 'The end that is not the entity asked about.' })
  other!: EntityRow;

  @Field(() => String, { nullable: true, description: 'Id of the source that asserted it.' })
  sourceId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Index of the sentence that asserted it.' })
  sentence!: number | null;
}

export function toRelation(view: RelationView): Relation {
  const out = view.direction === 'OUT';
  return {
    type: view.type,
    direction: out ? Direction.OUT : Direction.IN,
    title: view.title,
    from: out ? view.self : view.other,
    to: out ? view.other : view.self,
    other: view.other,
    sourceId: view.sourceId,
    sentence: view.sentence,
  };
}
