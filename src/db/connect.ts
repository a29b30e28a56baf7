import type { Driver } from 'neo4j-driver';
import type { Config } from '../config/config';
import type { Logger } from '../logging/logger';
import { startLocalNeo4j, type LocalNeo4jOptions } from '../../tools/localdb';
import { createDriver } from './driver';
import { Executor } from './executor';
import { migrate } from './migrations';
import { waitForNeo4j } from './wait';

export interface GraphConnection {
  driver: Driver;
  executor: Executor;
  uri: string;
  close: () => Promise<void>;
}

/** The project's local Neo4j, the one used when NEO4J_URI is unset. */
export function localNeo4jOptions(config: Config, log?: (line: string) => void): LocalNeo4jOptions {
  return {
    instance: 'dev',
    boltPort: config.localNeo4j.boltPort,
    user: config.neo4j.user,
    password: config.neo4j.password,
    log,
  };
}

/** The configured NEO4J_URI, or the local Neo4j's, started (or found running) for the purpose. */
export async function neo4jUri(config: Config, logger: Logger): Promise<string> {
  if (config.neo4j.uri) return config.neo4j.uri;
  const local = await startLocalNeo4j(localNeo4jOptions(config, (line) => logger.info(line)));
  logger.info({ uri: local.uri, alreadyRunning: local.alreadyRunning }, 'using the local Neo4j');
  return local.uri;
}

/**
 * Connects to the configured Neo4j, or starts the project's local one when NEO4J_URI is unset,
 * waits for it with bounded retries, and applies the schema migrations.
 */
export async function connectGraph(
  config: Config,
  logger: Logger,
  options: { migrate?: boolean; wait?: boolean } = {},
): Promise<GraphConnection> {
  const uri = await neo4jUri(config, logger);
  const driver = createDriver({ ...config.neo4j, uri });
  const executor = new Executor(driver, config.neo4j.database, config.neo4j.queryTimeoutMs, logger);
  if (options.wait !== false) {
    await waitForNeo4j(driver, {
      uri,
      database: config.neo4j.database,
      retries: config.neo4j.startupRetries,
      logger,
    });
    if (options.migrate !== false) await migrate(executor);
  }
  return { driver, executor, uri, close: () => driver.close() };
}
