import http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { Driver } from 'neo4j-driver';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config/config';
import type { Logger } from '../logging/logger';
import type { Executor } from '../db/executor';
import { createRequestContext, type RequestContext } from './context';
import { principalFrom, type Principal } from '../security/api-keys';
import { queryProtection } from '../security/armor';
import { ForbiddenError, UnauthenticatedError } from '../errors/errors';
import { buildGraphSchema } from '../schema/build';
import { formatError } from './format-error';
import { roundTripsPlugin } from './round-trips.plugin';
import { healthRouter } from './health';
import { exampleOperations } from './operations';
import type { ReadinessState } from './readiness';
import { exploreRouter } from '../explore/explore.router';
import { exportRouter } from '../export/export.router';
import { graphqlEndpoint, isGraphQLPath } from './graphql-endpoint';
import { httpErrorAnswer, type HttpLayerError } from './http-errors';

export interface AppDeps {
  config: Config;
  logger: Logger;
  driver: Driver;
  executor: Executor;
  readiness: ReadinessState;
  schema?: GraphQLSchema;
}

export interface App {
  app: express.Express;
  server: http.Server;
  apollo: ApolloServer<RequestContext>;
  /** Stops taking requests, lets those in flight finish, then resolves. */
  stop: () => Promise<void>;
}

/**
 * Builds the HTTP application without listening, so tests can use any port. Apollo Server's drain
 * plugin finishes in-flight requests on stop. /graphql is served on Node's own request and
 * response (graphql-endpoint.ts); Express serves the rest: health checks, the explorer, the
 * exports (/export/*, which take the API key as /graphql does), 404s.
 *
 * Defences, in the order a request meets them: CORS (CORS_ORIGINS), the body size limit
 * (MAX_BODY_BYTES, 413), Apollo's CSRF prevention, the API key when READS_REQUIRE_KEY, the query
 * limits of security/armor.ts (tokens while parsing; depth, cost, aliases and directives while
 * validating; the number of fields while running), then per field the page size cap and
 * `@Authorized` on writes. Introspection, the Sandbox and "Did you mean" hints go together: all on,
 * or (by default in production) all off.
 */
export async function createApp(deps: AppDeps): Promise<App> {
  const { config, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  // Answers to POSTs are not cached, so hashing every body for an ETag would be wasted work.
  app.set('etag', false);
  // Apollo's drain plugin needs the server; it gets its request handler once the app is complete.
  const server = http.createServer();
  const introspection = config.security.introspection;
  const protection = queryProtection();
  const schema = protection.prepareSchema(deps.schema ?? buildGraphSchema());

  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts handles SIGTERM itself. Apollo's own handler would stop the server and then re-raise
    // the signal, killing the process before main.ts closes the driver and exits 0.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    formatError: formatError(logger, { hideSuggestions: !introspection }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      // We send no cache hints; left on, it does work for every field of every answer.
      ApolloServerPluginCacheControlDisabled(),
      roundTripsPlugin,
      ...protection.plugins,
      introspection
        ? ApolloServerPluginLandingPageLocalDefault({
            embed: true,
            footer: false,
            document: exampleOperations()
              .map((o) => o.document.trim())
              .join('\n\n'),
          })
        : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.use(
    healthRouter({
      driver: deps.driver,
      database: config.neo4j.database,
      readiness: deps.readiness,
      showDetail: config.env !== 'production',
    }),
  );
  app.use(exploreRouter());
  // Who a request is, refused when READS_REQUIRE_KEY and it has no key or one we do not know:
  // the same answers as the mutations' auth checker gives. /graphql and the exports both ask it.
  const readerOf = (authorization: string | undefined): Principal => {
    const principal = principalFrom(authorization, config.security.apiKeys);
    if (config.security.readsRequireKey && principal.kind === 'anonymous') {
      throw new UnauthenticatedError(
        'this service requires an API key: send "Authorization: Bearer <key>"',
      );
    }
    if (config.security.readsRequireKey && principal.kind === 'invalid-key') {
      throw new ForbiddenError('the API key is not valid');
    }
    return principal;
  };
  const graphql = graphqlEndpoint({
    apollo,
    logger,
    corsOptions: config.security.corsOrigins.length
      ? { origin: [...config.security.corsOrigins] }
      : { origin: false },
    maxBodyBytes: config.security.maxBodyBytes,
    context: async (req) => {
      const principal = readerOf(req.headers.authorization);
      return createRequestContext({ config, logger, executor: deps.executor, principal });
    },
  });
  app.use(exportRouter({ executor: deps.executor, logger, authorize: readerOf }));
  app.use(httpErrors(logger));
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (isGraphQLPath(req.url)) graphql(req, res);
    else app(req, res);
  });

  return {
    app,
    server,
    apollo,
    stop: async () => {
      await apollo.stop();
    },
  };
}

/** Errors that reach Express (its routes have no body parser, so these are rare) as JSON. */
function httpErrors(logger: Logger) {
  return (
    error: HttpLayerError,
    _req: express.Request,
    res: express.Response,
    _next: express.NextFunction,
  ): void => {
    const answer = httpErrorAnswer(error, logger);
    res.status(answer.status).json(answer.body);
  };
}
