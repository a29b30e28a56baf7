import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { loadConfig } from '../../src/config/config';
import { createDriver } from '../../src/db/driver';
import { askFloor } from '../floor/ask';
import { FLOOR_QUERIES, type FloorQuery } from '../floor/queries';
import { exitWithParent, instrument } from './instrument';
import { serveApollo } from './serve-apollo';

instrument();
exitWithParent();

/**
 * The stack alone: the service's HTTP endpoint and Apollo Server 5 over graphql-js, with a schema
 * of one field, `floor(question, params): JSON`, that runs the floor's Cypher and answers its
 * records as one JSON value. There is no schema of ours to execute and no resolver work, so what it
 * costs over the floor is what the stack costs per request; ours over it is what our typed schema,
 * resolvers and Cypher cost.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const driver = createDriver({ ...config.neo4j, uri: config.neo4j.uri! });
  const query = new GraphQLObjectType({
    name: 'Query',
    fields: {
      floor: {
        type: GraphQLJSON,
        args: {
          question: { type: new GraphQLNonNull(GraphQLString) },
          params: { type: GraphQLJSON },
        },
        resolve: async (_root, args: { question: string; params?: object }) => {
          const cypher = FLOOR_QUERIES[args.question as FloorQuery];
          if (!cypher) throw new Error(`no floor question "${args.question}"`);
          return askFloor(driver, config.neo4j.database, cypher, args.params ?? {});
        },
      },
    },
  });
  const apollo = new ApolloServer({
    schema: new GraphQLSchema({ query }),
    introspection: false,
    csrfPrevention: true,
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  await serveApollo(apollo, config, async () => ({}));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
