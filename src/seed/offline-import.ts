import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../config/config';
import { createDriver } from '../db/driver';
import { Executor } from '../db/executor';
import { migrate } from '../db/migrations';
import {
  importIntoLocalNeo4j,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4jOptions,
} from '../../tools/localdb';
import { EMPTY_ALIASES, ImportCsvWriter } from './import-csv';
import type { SeedInput } from './inputs';
import { graphCounts, type GraphCounts } from './loader';
import { validateSeeds } from './validate';

export interface OfflineImportOptions {
  /** The local Neo4j to import into (tools/localdb); it is stopped for the import and restarted. */
  local: LocalNeo4jOptions;
  neo4j: Config['neo4j'];
  /** Replace a database that holds a graph; without it, only an empty one is replaced. */
  reset?: boolean;
  log?: (line: string) => void;
  onChecked?: (files: number, totalFiles: number) => void;
}

export class OfflineImportRefused extends Error {}

// Building the indexes of a million statements after the import takes minutes, not the 60 s that
// a start-up waits for them.
const INDEX_WAIT_SECONDS = 1_800;

/**
 * `npm run seed -- --offline-import`: the files checked as by every load, written as CSV, and
 * imported by Neo4j's offline importer, which writes the store directly (tools/localdb/import.ts).
 * Much faster than transactions for a first load (bench/README.md, "Loading"), but it replaces
 * the whole database and needs the server stopped, so it is only offered for the local Neo4j, and
 * refuses a database that holds anything unless `reset` says that may go.
 */
export async function offlineImport(
  inputs: readonly SeedInput[],
  options: OfflineImportOptions,
): Promise<GraphCounts & { statementsWritten: number }> {
  const log = options.log ?? (() => {});
  const connect = async () => {
    const local = await startLocalNeo4j({ ...options.local, log });
    const driver = createDriver({ ...options.neo4j, uri: local.uri });
    const executor = new Executor(driver, options.neo4j.database, options.neo4j.queryTimeoutMs);
    return { executor, close: () => driver.close() };
  };

  const dir = mkdtempSync(join(tmpdir(), 'seed-import-'));
  let statementsWritten = 0;
  let failure: unknown;
  try {
    // Checked and written as CSV in one reading of each file: the CSV is only handed to the
    // importer if every file passed.
    const before = await connect();
    const csv = new ImportCsvWriter(dir);
    try {
      const counts = await graphCounts(before.executor);
      if (counts.nodes > 0 && !options.reset) {
        throw new OfflineImportRefused(
          `The graph holds ${counts.nodes} nodes; the offline import replaces the whole database. ` +
            'Add --reset to let it, or load without --offline-import to add to the graph.',
        );
      }
      // Every reference must be satisfied by the files: the graph is replaced, not added to.
      await validateSeeds(before.executor, inputs, {
        graphIsEmpty: true,
        onChecked: options.onChecked,
        onFile: (seed) => csv.add(seed),
      });
    } catch (error) {
      csv.close();
      throw error;
    } finally {
      await before.close();
    }
    const files = csv.finish();
    statementsWritten = files.statements;
    await stopLocalNeo4j({ instance: options.local.instance, log });
    try {
      await importIntoLocalNeo4j(options.local.instance, files, log);
    } catch (error) {
      failure = error;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // Started again whatever happened: a failed import must not leave the server down as well.
  const after = await connect();
  try {
    if (failure) throw failure;
    log('Creating the constraints and indexes, and waiting for them to be built');
    await migrate(after.executor, INDEX_WAIT_SECONDS);
    await after.executor.write(EMPTY_ALIASES);
    return { ...(await graphCounts(after.executor)), statementsWritten };
  } finally {
    await after.close();
  }
}
