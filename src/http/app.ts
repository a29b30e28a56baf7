import http from 'node:http';
import express from 'express';
import cors from 'cors';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import type { Driver } from 'neo4j-driver';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config/config';
import type { Logger } from '../logging/logger';
import type { Executor } from '../db/executor';
import { createRequestContext, type RequestContext } from '../requests/context';
import { principalFrom } from '../security/api-keys';
import { UnauthenticatedError } from '../errors/errors';
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
 */
export async function createApp(deps: AppDeps): Promise<App> {
  const { config, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);
  const schema = deps.schema ?? buildGraphSchema();
  const sandbox = config.security.introspection;

  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: config.security.introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatError(logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      roundTripsPlugin,
      sandbox
        ? ApolloServerPluginLandingPageLocalDefault({
            embed: true,
            footer: false,
            document: exampleOperations()
              .map((o) => o.document.trim())
              .join('\n\n'),
          })
        : ApolloServerPluginLandingPageProductionDefault({ footer: false }),
    ],
  });
  await apollo.start();

  app.use(
    healthRouter({
      driver: deps.driver,
      database: config.neo4j.database,
      readiness: deps.readiness,
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
        if (config.security.readsRequireKey && principal.kind !== 'key') {
          throw new UnauthenticatedError(
            'this service requires an API key: send "Authorization: Bearer <key>"',
          );
        }
        return createRequestContext({ config, logger, executor: deps.executor, principal });
      },
    }),
  );
  app.use(bodyErrors);

  return {
    app,
    server,
    apollo,
    stop: async () => {
      await apollo.stop();
    },
  };
}

/** Turns body-parser failures (too large, bad JSON) into plain JSON errors with codes. */
function bodyErrors(
  error: { type?: string; status?: number; message?: string },
  _req: express.Request,
  res: express.Response,
  next: express.NextFunction,
): void {
  if (!error.status || error.status >= 500) return next(error);
  const code = error.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
  res
    .status(error.status)
    .json({ errors: [{ message: error.message ?? 'bad request', extensions: { code } }] });
}
