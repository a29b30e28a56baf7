import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitForBolt } from '../../tools/localdb/bolt';
import { heapFlags, renderInstanceConf } from '../../tools/localdb/conf';
import { LocalNeo4jError } from '../../tools/localdb/errors';
import { ensureNeo4jJars, neo4jLibDir } from '../../tools/localdb/jars';
import { isFreshDataDir, setInitialPassword } from '../../tools/localdb/password';
import { boltUri, instancePaths } from '../../tools/localdb/paths';
import { isNeo4jProcess, livePid, writePidFile } from '../../tools/localdb/pid-file';
import { assertPortFree } from '../../tools/localdb/port';
import { spawnNeo4j, terminate } from '../../tools/localdb/server-process';
import { deleteDatabaseStore, stopLocalNeo4j } from '../../tools/localdb';

/**
 * The benchmark's own local Neo4j. It is started like the project's `dev` and `test` instances
 * (tools/localdb: the same jars, JVM flags, folders under `.neo4j/<instance>/` and pid file), but its
 * conf is the project's neo4j/neo4j.conf with the memory settings below put in place: the project's
 * 512 MB heap and 256 MB page cache are sized for development, and a graph of a million
 * statements (a few GB on disk) would otherwise be read from disk on every query.
 */
export interface BenchNeo4jOptions {
  instance: string;
  boltPort: number;
  password: string;
  heap: string;
  pageCache: string;
  /**
   * Start from an empty database, its store files deleted (the system database and password
   * stay). Emptying a big graph with Cypher takes minutes and leaves a store as large as before,
   * which some plans scan whole (see the README).
   */
  empty?: boolean;
  log: (line: string) => void;
}

export interface BenchNeo4j {
  uri: string;
  pid: number;
  stop: () => Promise<void>;
}

const START_TIMEOUT_MS = 120_000;

/** neo4j/neo4j.conf with some settings replaced (or added when the file does not set them). */
export function overrideConf(baseConf: string, overrides: Record<string, string>): string {
  const left = new Map(Object.entries(overrides));
  const lines = baseConf.split(/\r?\n/).map((line) => {
    const name = line.split('=')[0]!.trim();
    if (line.trim().startsWith('#') || !left.has(name)) return line;
    const value = left.get(name)!;
    left.delete(name);
    return `${name}=${value}`;
  });
  const added = [...left].map(([name, value]) => `${name}=${value}`);
  return [...lines, ...(added.length ? ['# Added by bench/db/bench-neo4j.ts', ...added] : [])].join(
    '\n',
  );
}

export async function startBenchNeo4j(opts: BenchNeo4jOptions): Promise<BenchNeo4j> {
  const paths = instancePaths(opts.instance);
  const uri = boltUri(opts.boltPort);
  const stop = async () => {
    await stopLocalNeo4j({ instance: opts.instance, log: opts.log });
  };
  const running = livePid(paths.pidFile, paths.home);
  if (running !== undefined) {
    // A server left over from an interrupted run may have other memory settings: start afresh.
    opts.log(`Stopping the bench Neo4j left running (pid ${running})`);
    await stop();
  }
  if (opts.empty) deleteDatabaseStore(paths);
  await assertPortFree(opts.boltPort, opts.instance);
  await ensureNeo4jJars(opts.log);
  const libDir = neo4jLibDir(paths.repoRoot);
  for (const dir of [paths.confDir, paths.dataDir, paths.logsDir, paths.runDir]) {
    mkdirSync(dir, { recursive: true });
  }
  const baseConf = overrideConf(readFileSync(join(paths.repoRoot, 'neo4j', 'neo4j.conf'), 'utf8'), {
    'server.memory.heap.initial_size': opts.heap,
    'server.memory.heap.max_size': opts.heap,
    'server.memory.pagecache.size': opts.pageCache,
    // Loading and resetting a million statements takes longer than a development query may.
    'db.transaction.timeout': '300s',
  });
  const conf = renderInstanceConf(baseConf, { boltPort: opts.boltPort, paths });
  writeFileSync(paths.confFile, conf);
  if (isFreshDataDir(paths.dataDir)) await setInitialPassword(paths, libDir, opts.password);

  const started = Date.now();
  opts.log(
    `Starting the bench Neo4j '${opts.instance}' on ${uri} (heap ${opts.heap}, page cache ${opts.pageCache})`,
  );
  const server = spawnNeo4j(paths, libDir, heapFlags(conf));
  writePidFile(paths.pidFile, server.pid);
  try {
    await waitForBolt({
      uri,
      user: 'neo4j',
      password: opts.password,
      deadline: started + START_TIMEOUT_MS,
      isAlive: server.alive,
      exited: () =>
        new LocalNeo4jError(
          'EXITED',
          `The bench Neo4j exited while starting; see ${paths.logsDir}`,
        ),
      authFailed: () =>
        new LocalNeo4jError(
          'AUTH_FAILED',
          `The bench Neo4j refused the password; remove ${paths.home} (benchmark data only) and retry`,
        ),
    });
  } catch (error) {
    if (isNeo4jProcess(server.pid, paths.home)) await terminate(server.pid, paths.home, 30_000);
    throw error;
  }
  opts.log(`Bench Neo4j ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { uri, pid: server.pid, stop };
}
