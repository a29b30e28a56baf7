import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { loadConfig } from '../../src/config/config';
import { createDriver } from '../../src/db/driver';
import { repoPath } from '../../src/paths';
import { shortestPaths } from '../../src/read/cypher/shortest-paths.cypher';
import { exitWithParent, instrument } from './instrument';
import { serveApollo } from './serve-apollo';

instrument();
exitWithParent();

/**
 * The anchor: @neo4j/graphql 7 over the same Neo4j, read-only, through bench/anchor/type-defs.graphql,
 * on the same stack as the service (Apollo Server 5 behind the service's own /graphql endpoint,
 * src/http/graphql-endpoint.ts) and the same driver settings, so the difference measured is the
 * GraphQL-to-Cypher layer.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const driver = createDriver({ ...config.neo4j, uri: config.neo4j.uri! });
  const typeDefs = readFileSync(repoPath('bench', 'anchor', 'type-defs.graphql'), 'utf8').replace(
    '__SHORTEST_PATHS__',
    () => shortestPaths(4), // a function, so that `$` in the Cypher is not read as a pattern
  );
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const apollo = new ApolloServer({ schema, introspection: false, csrfPrevention: true });
  await apollo.start();
  await serveApollo(apollo, config, async () => ({
    sessionConfig: { database: config.neo4j.database },
  }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
