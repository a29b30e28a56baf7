import type { App } from '../../src/http/app';
import type { ReadinessState } from '../../src/http/readiness';
import { createLogger } from '../../src/logging/logger';
import { loadConfig } from '../../src/config/config';
import { createService } from '../../src/service';

export const TEST_API_KEY = 'test-key-0123456789abcdef';

export interface TestServer {
  url: string;
  app: App;
  readiness: ReadinessState;
  gql: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => Promise<{
    status: number;
    roundTrips: number;
    body: {
      data?: T;
      errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
    };
  }>;
  close: () => Promise<void>;
}

/**
 * Starts the service (createService, as main.ts does) on a free port, over the real Neo4j of the
 * tests, with a known API key. End-to-end tests talk to it with fetch, as a client would.
 */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const config = loadConfig({ ...process.env, API_KEYS: TEST_API_KEY, NODE_ENV: 'test', ...env });
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const service = await createService(config, { logger });
  // The suites load their graph themselves (helpers/graph.ts), so there is nothing to bring up.
  service.readiness.set({ state: 'ready' });
  const url = await service.listen(0, '127.0.0.1');
  return {
    url,
    app: service.app,
    readiness: service.readiness,
    gql: async (query, variables, headers) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const roundTrips = Number(res.headers.get('x-neo4j-round-trips') ?? NaN);
      return { status: res.status, roundTrips, body: (await res.json()) as never };
    },
    close: () => service.stop(),
  };
}

export const authHeader = { authorization: `Bearer ${TEST_API_KEY}` };
