import type { Driver } from 'neo4j-driver';
import type { Logger } from '../logging/logger';

/**
 * Waits for Neo4j to answer, with bounded retries and a growing pause between them. Fails with
 * the address and the last error when it never comes, which is what a person starting the service
 * needs to see.
 */
export async function waitForNeo4j(
  driver: Driver,
  options: { uri: string; database: string; retries: number; logger?: Logger; delayMs?: number },
): Promise<void> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= options.retries; attempt++) {
    try {
      await driver.executeQuery('RETURN 1', {}, { database: options.database });
      if (attempt > 1) options.logger?.info({ attempt }, 'Neo4j is answering');
      return;
    } catch (error) {
      lastError = error;
      if (isAuthFailure(error)) break;
      options.logger?.warn(
        { attempt, retries: options.retries, err: (error as Error).message },
        'waiting for Neo4j',
      );
      await new Promise((r) => setTimeout(r, Math.min(5_000, (options.delayMs ?? 500) * attempt)));
    }
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new Error(
    `Neo4j at ${options.uri} (database "${options.database}") did not answer: ${reason}. ` +
      'Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, or unset NEO4J_URI to use the local Neo4j.',
  );
}

function isAuthFailure(error: unknown): boolean {
  return (error as { code?: string }).code?.startsWith('Neo.ClientError.Security') ?? false;
}
