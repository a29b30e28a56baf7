import neo4j from 'neo4j-driver';
import { LocalNeo4jError } from './errors';

export interface BoltWait {
  uri: string;
  user: string;
  password: string;
  deadline: number;
  /** Checked between attempts, so a server that died is reported at once, not at the deadline. */
  isAlive: () => boolean;
  /** Builds the error for a server that exited; it knows where the logs are. */
  exited: () => LocalNeo4jError;
  authFailed: () => LocalNeo4jError;
}

const AUTH_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

/**
 * Waits until Bolt accepts our credentials. A refused connection means "not up yet" and is retried;
 * a refused password is final, since retrying would only trip Neo4j's lock-out after three tries.
 */
export async function waitForBolt(wait: BoltWait): Promise<void> {
  const driver = neo4j.driver(wait.uri, neo4j.auth.basic(wait.user, wait.password), {
    connectionTimeout: 2_000,
  });
  let lastError: unknown;
  try {
    while (Date.now() < wait.deadline) {
      try {
        await driver.getServerInfo();
        return;
      } catch (error) {
        lastError = error;
        if (AUTH_CODES.has((error as { code?: string }).code ?? '')) throw wait.authFailed();
      }
      if (!wait.isAlive()) throw wait.exited();
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await driver.close();
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new LocalNeo4jError(
    'START_TIMEOUT',
    `Neo4j at ${wait.uri} did not answer in time. Last error: ${reason}`,
  );
}
