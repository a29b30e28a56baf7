import type { AddressInfo } from 'node:net';
import { bootstrapGraph } from '../../src/bootstrap';
import { loadConfig, type Config } from '../../src/config/config';
import { createDriver } from '../../src/db/driver';
import { Executor } from '../../src/db/executor';
import { createApp, type App } from '../../src/http/app';
import { ReadinessState } from '../../src/http/readiness';
import { createLogger } from '../../src/logging/logger';
import { TEST_API_KEY } from './server';

export interface BootedService {
  url: string;
  config: Config;
  app: App;
  readiness: ReadinessState;
  executor: Executor;
  stop: () => Promise<void>;
}

/**
 * The service wired as main.ts wires it: the HTTP server listens at once (on a free port) and
 * `bootstrapGraph` brings the graph up behind it, so readiness follows Neo4j. Unlike
 * startTestServer, nothing is assumed ready; the fault tests start it over a Neo4j that may be
 * down.
 */
export async function bootService(env: Record<string, string>): Promise<BootedService> {
  const config = loadConfig({ ...process.env, API_KEYS: TEST_API_KEY, NODE_ENV: 'test', ...env });
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const uri = config.neo4j.uri!;
  const driver = createDriver({ ...config.neo4j, uri });
  const executor = new Executor(driver, config.neo4j.database, config.neo4j.queryTimeoutMs, logger);
  const readiness = new ReadinessState();
  const app = await createApp({ config, logger, driver, executor, readiness });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  let stopping = false;
  const booted = bootstrapGraph({
    config,
    logger,
    driver,
    executor,
    uri,
    readiness,
    isStopping: () => stopping,
  });
  return {
    url: `http://127.0.0.1:${port}`,
    config,
    app,
    readiness,
    executor,
    stop: async () => {
      stopping = true;
      await app.stop();
      await driver.close();
      await booted;
    },
  };
}
