import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'Relay page information; pages are keyset-based and move forward.',
})
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

export interface EdgeShape<T> {
  node: T;
  cursor: string;
}

export interface ConnectionShape<T> {
  edges: EdgeShape<T>[];
  pageInfo: PageInfo;
  /** Resolved lazily: counting costs a query of its own, paid only when asked for. */
  totalCount?: number | (() => Promise<number>);
}

/** Builds the Relay `XxxConnection` and `XxxEdge` types for a node type. */
export function Connection<T extends object>(name: string, nodeType: () => ClassType<T> | object) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge implements EdgeShape<T> {
    @Field(nodeType)
    node!: T;

    @Field({ description: 'Opaque cursor; pass it as `after` to get the rows that follow.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many rows match, across all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** An edge whose cursor is encoded only if the query asks for it. */
class Edge<T> implements EdgeShape<T> {
  constructor(
    readonly node: T,
    private readonly cursorOf: (row: T) => string,
  ) {}

  get cursor(): string {
    return this.cursorOf(this.node);
  }
}

export function toConnection<T>(
  rows: T[],
  hasNextPage: boolean,
  cursorOf: (row: T) => string,
  totalCount: ConnectionShape<T>['totalCount'],
  hasPreviousPage: boolean,
): ConnectionShape<T> {
  const edges = rows.map((node) => new Edge(node, cursorOf));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
    totalCount,
  };
}

/** True when the client selected `totalCount`, so the count query is paid only when wanted. */
export function wantsTotalCount(info: GraphQLResolveInfo): boolean {
  // Fragments are not followed: when there is one, count to be safe.
  return info.fieldNodes.some((node) =>
    node.selectionSet?.selections.some((s) => s.kind !== 'Field' || s.name.value === 'totalCount'),
  );
}
