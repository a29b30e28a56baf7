import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { bootstrapGraph } from './bootstrap';
import type { Config } from './config/config';
import { createDriver } from './db/driver';
import { Executor } from './db/executor';
import { createApp, type App } from './http/app';
import { ReadinessState } from './http/readiness';
import { createLogger, type Logger } from './logging/logger';

/** The service, built but not yet listening: what `main`, the tests and the benchmark run. */
export interface Service {
  config: Config;
  logger: Logger;
  driver: Driver;
  executor: Executor;
  readiness: ReadinessState;
  app: App;
  /** Starts listening (on the configured port and host by default); resolves with the base URL. */
  listen(port?: number, host?: string): Promise<string>;
  /**
   * Brings the graph up behind the listening server: waits for Neo4j, migrates, loads the seed
   * into an empty graph, then reports ready (see bootstrap.ts). Resolves once ready, or once
   * `stop` was called.
   */
  bootstrap(): Promise<void>;
  /**
   * The start of a shutdown: not ready from now on, so a load balancer sends nothing new, while
   * the server still answers; each answer closes its connection, so no client sends another
   * request on it. Bootstrapping, if still going, stops without reporting ready.
   */
  drain(): void;
  /** Stops taking requests, lets those in flight finish, and closes the driver. */
  stop(): Promise<void>;
}

/**
 * The one wiring of the service: one driver and executor for Neo4j at `uri` (the configured
 * NEO4J_URI unless given), the readiness state, and the HTTP application over them.
 */
export async function createService(
  config: Config,
  options: { uri?: string; logger?: Logger } = {},
): Promise<Service> {
  const uri = options.uri ?? config.neo4j.uri;
  if (!uri) throw new Error('createService needs the Neo4j URI: NEO4J_URI, or the local one');
  const logger = options.logger ?? createLogger(config.logLevel);
  const driver = createDriver({ ...config.neo4j, uri });
  const executor = new Executor(driver, config.neo4j.database, config.neo4j.queryTimeoutMs, logger);
  const readiness = new ReadinessState();
  const app = await createApp({ config, logger, driver, executor, readiness });
  let stopping = false;
  let booting: Promise<void> | undefined;

  return {
    config,
    logger,
    driver,
    executor,
    readiness,
    app,
    listen: (port = config.port, host = config.host) =>
      new Promise((resolve) => {
        app.server.listen(port, host, () => {
          const address = app.server.address() as AddressInfo;
          resolve(`http://${host}:${address.port}`);
        });
      }),
    bootstrap: () =>
      (booting ??= bootstrapGraph({
        config,
        logger,
        driver,
        executor,
        uri,
        readiness,
        isStopping: () => stopping,
      })),
    drain: () => {
      stopping = true;
      readiness.set({ state: 'degraded', detail: 'shutting down' });
      app.server.prependListener('request', (_req, res: ServerResponse) =>
        res.setHeader('connection', 'close'),
      );
    },
    stop: async () => {
      stopping = true;
      await app.stop();
      await driver.close();
      await booting;
    },
  };
}
