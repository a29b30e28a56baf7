import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { ENTITY_TYPES } from '../entities/entity.type';
import { Statement } from '../statements/statement.type';
import { typeOfAnswer, type Answer } from '../read/answer';

export const PathNode = createUnionType({
  name: 'PathNode',
  description:
    'A step of a path: an entity, or a statement linking its speaker to what it is about.',
  types: () => [...ENTITY_TYPES, Statement] as const,
  resolveType: (value) => typeOfAnswer(value as unknown as Answer),
});

@ObjectType({ description: 'One relationship of a path, from node `from` to node `to` (ids).' })
export class PathEdge {
  @Field()
  type!: string;

  @Field()
  from!: string;

  @Field()
  to!: string;
}

@ObjectType({ description: 'How two entities are connected, through statements and relations.' })
export class Path {
  @Field(() => Int, { description: 'Number of relationships.' })
  length!: number;

  @Field(() => [PathNode])
  nodes!: (typeof PathNode)[];

  @Field(() => [PathEdge])
  edges!: PathEdge[];

  @Field({
    description:
      'The path in words, e.g. "S-300 <-ABOUT- [ACCUSE statement] -SAID_BY-> Azerbaijan".',
  })
  summary!: string;
}
