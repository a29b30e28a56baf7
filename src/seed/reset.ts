import type { Executor } from '../db/executor';
import { migrate } from '../db/migrations';
import { emptyLocalDatabase, type LocalNeo4jOptions } from '../../tools/localdb';

/**
 * `--reset` against the local Neo4j: its store replaced by an empty one (tools/localdb/empty.ts)
 * and the schema migrated again, instead of deleting node by node. Emptying a million statements
 * takes a restart (about 20 s) instead of minutes (bench/README.md, "Loading"). Only the local
 * Neo4j allows it: a server of one's own (NEO4J_URI) is emptied by `resetGraph`.
 *
 * `executor`'s driver keeps its pool across the restart: the connections the old server closed
 * fail on first use, and the driver's managed transactions retry them on new ones.
 */
export function replaceLocalStore(
  local: LocalNeo4jOptions,
  executor: Executor,
): () => Promise<void> {
  return async () => {
    await emptyLocalDatabase(local);
    await migrate(executor);
  };
}
