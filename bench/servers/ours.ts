import 'reflect-metadata';
import { announce, exitWithParent, instrument } from './instrument';

instrument();
exitWithParent();

/** This service as it runs in production (createApp), on PORT, over NEO4J_URI. */
async function main(): Promise<void> {
  const { loadConfig } = await import('../../src/config/config');
  const { createLogger } = await import('../../src/logging/logger');
  const { createDriver } = await import('../../src/db/driver');
  const { Executor } = await import('../../src/db/executor');
  const { ReadinessState } = await import('../../src/http/readiness');
  const { createApp } = await import('../../src/http/app');

  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const driver = createDriver({ ...config.neo4j, uri: config.neo4j.uri! });
  const executor = new Executor(driver, config.neo4j.database, config.neo4j.queryTimeoutMs, logger);
  const readiness = new ReadinessState();
  readiness.set({ state: 'ready' });
  const app = await createApp({ config, logger, driver, executor, readiness });
  await new Promise<void>((resolve) => app.server.listen(config.port, '127.0.0.1', resolve));
  announce(config.port);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
