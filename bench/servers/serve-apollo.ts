import http from 'node:http';
import type { ApolloServer, BaseContext } from '@apollo/server';
import type { Config } from '../../src/config/config';
import { graphqlEndpoint } from '../../src/http/graphql-endpoint';
import { createLogger } from '../../src/logging/logger';
import { announce } from './instrument';

/**
 * Serves a started Apollo Server on the service's own /graphql endpoint (src/http/graphql-endpoint.ts),
 * as ours is served, so that what differs between the benchmarked GraphQL servers is their schema.
 */
export async function serveApollo<C extends BaseContext>(
  apollo: ApolloServer<C>,
  config: Config,
  context: () => Promise<C>,
): Promise<void> {
  const server = http.createServer(
    graphqlEndpoint({
      apollo,
      logger: createLogger('warn'),
      corsOptions: { origin: false },
      maxBodyBytes: config.security.maxBodyBytes,
      context,
    }),
  );
  await new Promise<void>((resolve) => server.listen(config.port, '127.0.0.1', resolve));
  announce(config.port);
}
