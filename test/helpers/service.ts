import { loadConfig, type Config } from '../../src/config/config';
import type { Executor } from '../../src/db/executor';
import type { App } from '../../src/http/app';
import type { ReadinessState } from '../../src/http/readiness';
import { createLogger } from '../../src/logging/logger';
import { createService } from '../../src/service';
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
 * The service as main.ts runs it (createService): the HTTP server listens at once (on a free port) and
 * `bootstrapGraph` brings the graph up behind it, so readiness follows Neo4j. Unlike
 * startTestServer, nothing is assumed ready; the fault tests start it over a Neo4j that may be
 * down.
 */
export async function bootService(env: Record<string, string>): Promise<BootedService> {
  const config = loadConfig({ ...process.env, API_KEYS: TEST_API_KEY, NODE_ENV: 'test', ...env });
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const service = await createService(config, { logger });
  const url = await service.listen(0, '127.0.0.1');
  void service.bootstrap();
  return {
    url,
    config,
    app: service.app,
    readiness: service.readiness,
    executor: service.executor,
    stop: () => service.stop(),
  };
}
