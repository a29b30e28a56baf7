import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from './local-neo4j';
import { instancePaths, type InstancePaths } from './paths';

// The local instances serve Community's one user database under its default name (neo4j.conf
// does not rename it).
const DATABASE = 'neo4j';

/**
 * Deletes the store files and transaction logs of the `neo4j` database; the system database, and
 * with it the password, stays. At its next start the server finds the database missing and
 * creates it empty, with no indexes or constraints (the migrations put those back). The server
 * must be stopped.
 */
export function deleteDatabaseStore(paths: InstancePaths): void {
  for (const dir of databaseStoreDirs(paths)) rmSync(dir, { recursive: true, force: true });
}

/** The `neo4j` database's store and its transaction logs: what the graph occupies on disk. */
export function databaseStoreDirs(paths: InstancePaths): string[] {
  return ['databases', 'transactions'].map((dir) => join(paths.dataDir, dir, DATABASE));
}

/**
 * Empties the local instance's graph by replacing its store: stop, delete, start. Deleting a
 * graph of a million statements through Cypher takes minutes, since every relationship is a write
 * logged in a transaction; this takes a restart, whatever the graph's size (bench/README.md,
 * "Loading"). Clients connected meanwhile see the server go away and come back.
 */
export async function emptyLocalDatabase(
  opts: LocalNeo4jOptions,
): ReturnType<typeof startLocalNeo4j> {
  await stopLocalNeo4j(opts);
  deleteDatabaseStore(instancePaths(opts.instance));
  return startLocalNeo4j(opts);
}
