import 'reflect-metadata';
import type { ServerResponse } from 'node:http';
import { ConfigError, loadConfig } from './config/config';
import { createLogger } from './logging/logger';
import { createDriver } from './db/driver';
import { Executor } from './db/executor';
import { neo4jUri } from './db/connect';
import { createApp } from './http/app';
import { ReadinessState } from './http/readiness';
import { bootstrapGraph } from './bootstrap';
import { emitSchema } from './schema/emit';

/** How long the server keeps taking requests after SIGTERM before it stops listening. */
const DRAIN_DELAY_MS = 1_000;

/**
 * `npm start`: serve GraphQL at /graphql. The HTTP server listens at once and reports not-ready
 * until Neo4j answers, migrations ran and (on an empty graph) the seed is loaded.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  const uri = await neo4jUri(config, logger);
  if (config.env !== 'production') {
    try {
      emitSchema();
    } catch (error) {
      logger.warn({ err: (error as Error).message }, 'could not write schema/schema.graphql');
    }
  }

  const driver = createDriver({ ...config.neo4j, uri });
  const executor = new Executor(driver, config.neo4j.database, config.neo4j.queryTimeoutMs, logger);
  const readiness = new ReadinessState();
  const app = await createApp({ config, logger, driver, executor, readiness });
  await new Promise<void>((resolve) => app.server.listen(config.port, config.host, resolve));
  logger.info({ url: `http://${config.host}:${config.port}/graphql`, neo4j: uri }, 'listening');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    // Not ready from now on, so a load balancer sends nothing new; but keep listening a moment.
    // A burst of requests can sit in the listen backlog, or be accepted but not yet read (the
    // server then counts the connection as idle); closing at once would reset them. Answers sent
    // meanwhile close their connection, so no client sends another request on it.
    readiness.set({ state: 'degraded', detail: 'shutting down' });
    app.server.prependListener('request', (_req, res: ServerResponse) =>
      res.setHeader('connection', 'close'),
    );
    await new Promise((resolve) => setTimeout(resolve, DRAIN_DELAY_MS));
    try {
      await app.stop();
      await driver.close();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  void bootstrapGraph({
    config,
    logger,
    driver,
    executor,
    uri,
    readiness,
    isStopping: () => stopping,
  });
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError
      ? error.message
      : `start-up failed: ${(error as Error).message ?? error}`,
  );
  process.exit(1);
});
