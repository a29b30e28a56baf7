import http from 'node:http';
import express from 'express';
import cors from 'cors';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
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
import { createRequestContext, type RequestContext } from '../requests/context';
import { principalFrom } from '../security/api-keys';
import { queryProtection } from '../security/armor';
import { ForbiddenError, UnauthenticatedError } from '../errors/errors';
import { buildGraphSchema } from '../schema/build';
import { formatError } from './format-error';
import { roundTripsPlugin } from './round-trips.plugin';
import { healthRouter } from './health';
import { exampleOperations } from './operations';
import type { ReadinessState } from './readiness';
import { exploreRouter } from '../explore/explore.router';

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
 * plugin finishes in-flight requests on stop.
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
  const server = http.createServer(app);
  const schema = deps.schema ?? buildGraphSchema();
  const introspection = config.security.introspection;
  const protection = queryProtection();

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
  app.use(
    '/graphql',
    cors(
      config.security.corsOrigins.length
        ? { origin: [...config.security.corsOrigins] }
        : { origin: false },
    ),
    express.json({ limit: config.security.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const principal = principalFrom(req.headers.authorization, config.security.apiKeys);
        // The same answers as the mutations' auth checker gives: no key, or a key we do not know.
        if (config.security.readsRequireKey && principal.kind === 'anonymous') {
          throw new UnauthenticatedError(
            'this service requires an API key: send "Authorization: Bearer <key>"',
          );
        }
        if (config.security.readsRequireKey && principal.kind === 'invalid-key') {
          throw new ForbiddenError('the API key is not valid');
        }
        return createRequestContext({ config, logger, executor: deps.executor, principal });
      },
    }),
  );
  app.use(httpErrors(logger));

  return {
    app,
    server,
    apollo,
    stop: async () => {
      await apollo.stop();
    },
  };
}

/**
 * Turns body-parser failures (too large, bad JSON, an unsupported charset) into plain JSON errors
 * with codes. Anything else that reaches Express is logged and answered as a bare 500: Express's
 * own handler would answer HTML with the stack trace outside production.
 */
function httpErrors(logger: Logger) {
  return (
    error: { type?: string; status?: number; message?: string },
    _req: express.Request,
    res: express.Response,
    _next: express.NextFunction,
  ): void => {
    if (error.status && error.status >= 400 && error.status < 500) {
      const code = error.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
      res
        .status(error.status)
        .json({ errors: [{ message: error.message ?? 'bad request', extensions: { code } }] });
      return;
    }
    logger.error({ err: error }, 'unexpected error in the HTTP layer');
    res.status(500).json({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
  };
}
