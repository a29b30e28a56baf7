import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

/**
 * Relay connections: pages of rows with keyset cursors. Their values come from the read layer,
 * which fetches a page's rows once, one more than asked to tell whether another page follows.
 */
@ObjectType({ description: 'Relay page information; pages are keyset-based and move forward.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** The `<Name>Connection` and `<Name>Edge` types of a node type. */
export function Connection(name: string, nodeType: () => ClassType | object) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(nodeType)
    node!: unknown;

    @Field({ description: 'Opaque cursor; pass it as `after` to get the rows that follow.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many rows match, across all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}
