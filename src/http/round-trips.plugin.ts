import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context';

/**
 * Reports the Neo4j round trips a request cost in the `x-neo4j-round-trips` response header, so
 * that tests and benchmarks can see that the count depends on the query's shape, not its results.
 */
export const roundTripsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        response.http.headers.set(
          'x-neo4j-round-trips',
          String(contextValue.roundTrips?.count ?? 0),
        );
      },
    };
  },
};
