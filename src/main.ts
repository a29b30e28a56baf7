import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config';
import { createLogger } from './logging/logger';
import { neo4jUri } from './db/connect';
import { emitSchema } from './schema/emit';
import { createService } from './service';

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

  const service = await createService(config, { uri, logger });
  const url = await service.listen();
  logger.info({ url: `${url}/graphql`, neo4j: uri }, 'listening');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    // Keep listening a moment after saying not ready: a burst of requests can sit in the listen
    // backlog, or be accepted but not yet read (the server then counts the connection as idle);
    // closing at once would reset them.
    service.drain();
    await new Promise((resolve) => setTimeout(resolve, DRAIN_DELAY_MS));
    try {
      await service.stop();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  void service.bootstrap();
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError
      ? error.message
      : `start-up failed: ${(error as Error).message ?? error}`,
  );
  process.exit(1);
});
