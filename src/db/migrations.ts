import { readFileSync } from 'node:fs';
import type { Executor } from './executor';
import { repoPath } from '../paths';
import { rebuildTallies, talliesMissing } from '../tallies/tallies';

/** The schema's Cypher statements, one per `;`, with `//` comment lines dropped. */
export function readMigrations(file = repoPath('schema', 'constraints.cypher')): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Applies constraints and indexes, then waits for the indexes to come online so the first query
 * after start-up is served by them, and counts the stance tallies if the graph has none.
 * Schema commands cannot share a transaction with each other.
 */
export async function migrate(executor: Executor, awaitSeconds = 60): Promise<number> {
  const statements = readMigrations();
  for (const cypher of statements) await executor.write(cypher);
  await executor.withTimeout((awaitSeconds + 5) * 1000).write('CALL db.awaitIndexes($seconds)', {
    seconds: awaitSeconds,
  });
  // Data the schema's indexes serve but no writer wrote: a graph loaded before the stance tallies
  // existed, or by the offline importer, has its tallies counted here, once.
  if (await talliesMissing(executor)) await rebuildTallies(executor);
  return statements.length;
}
