import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { ENTITY_TYPES } from '../graph/entity.type';
import { Statement } from '../statements/statement.type';
import type { EntityRow } from '../graph/entity.row';
import type { StatementRow } from '../statements/statement.row';

/** The GraphQL type of a node of a path: a statement, or an entity of its kind. */
export const pathNodeTypeName = (value: EntityRow | StatementRow): string =>
  'stance' in value ? 'Statement' : value.kind;

export const PathNode = createUnionType({
  name: 'PathNode',
  description:
    'A step of a path: an entity, or a statement linking its speaker to what it is about.',
  types: () => [...ENTITY_TYPES, Statement] as const,
  resolveType: (value) => pathNodeTypeName(value as EntityRow | StatementRow),
});

@ObjectType({
  simpleResolvers: true,
  description: 'One relationship of a path, from node `from` to node `to` (ids).',
})
export class PathEdge {
  @Field()
  type!: string;

  @Field()
  from!: string;

  @Field()
  to!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'How two entities are connected, through statements and relations.',
})
export class Path {
  @Field(() => Int, { description: 'Number of relationships.' })
  length!: number;

  @Field(() => [PathNode])
  nodes!: (EntityRow | StatementRow)[];

  @Field(() => [PathEdge])
  edges!: PathEdge[];

  @Field({
    description: 'The path in words, e.g. "S-300 <-ABOUT- statement -SAID_BY-> Azerbaijan".',
  })
  summary!: string;
}
