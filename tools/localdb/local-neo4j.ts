import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { waitForBolt } from './bolt';
import { boltPortOf, heapFlags, renderInstanceConf } from './conf';
import { LocalNeo4jError } from './errors';
import { ensureNeo4jJars, neo4jLibDir } from './jars';
import { fileSize, tailSince } from './log-tail';
import { isFreshDataDir, setInitialPassword } from './password';
import { boltUri, instancePaths, type InstancePaths } from './paths';
import { isNeo4jProcess, livePid, readPidFile, removePidFile, writePidFile } from './pid-file';
import { assertPortFree } from './port';
import { spawnNeo4j, terminate } from './server-process';
import { withStartLock } from './start-lock';

export interface LocalNeo4jOptions {
  /** 'dev' or 'test': each has its own folder `.neo4j/<instance>/`, data and port. */
  instance: string;
  boltPort: number;
  user: string;
  password: string;
  log?: (line: string) => void;
}

export interface LocalNeo4jStatus {
  instance: string;
  running: boolean;
  pid?: number;
  uri: string;
  home: string;
}

const START_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 30_000;
// Community edition has one administrator, and set-initial-password only knows that one.
const LOCAL_USER = 'neo4j';

const seconds = (since: number): string => `${((Date.now() - since) / 1000).toFixed(1)} s`;

export async function startLocalNeo4j(
  opts: LocalNeo4jOptions,
): Promise<LocalNeo4jStatus & { alreadyRunning: boolean }> {
  if (opts.user !== LOCAL_USER) {
    throw new LocalNeo4jError(
      'BAD_CONF',
      `The local Neo4j has one user, '${LOCAL_USER}', but NEO4J_USER is '${opts.user}'. ` +
        `Set NEO4J_USER=${LOCAL_USER}, or set NEO4J_URI to use a Neo4j of your own.`,
    );
  }
  const paths = instancePaths(opts.instance);
  const lockFile = join(paths.runDir, 'start.lock');
  return withStartLock(lockFile, Date.now() + START_TIMEOUT_MS, () => start(opts, paths));
}

async function start(
  opts: LocalNeo4jOptions,
  paths: InstancePaths,
): Promise<LocalNeo4jStatus & { alreadyRunning: boolean }> {
  const log = opts.log ?? (() => {});
  const uri = boltUri(opts.boltPort);
  const bolt = { uri, user: opts.user, password: opts.password };
  const authFailed = (): LocalNeo4jError => passwordMismatch(opts.instance, paths, opts.user);

  const runningPid = livePid(paths.pidFile, paths.home);
  if (runningPid !== undefined) {
    const runningPort = configuredBoltPort(paths);
    if (runningPort !== undefined && runningPort !== opts.boltPort) {
      throw new LocalNeo4jError(
        'PORT_MISMATCH',
        `The local Neo4j '${opts.instance}' is already running on port ${runningPort} ` +
          `(pid ${runningPid}), not on ${opts.boltPort} as configured. Stop it first ` +
          `(node dist/tools/localdb/cli.js stop --instance ${opts.instance}).`,
      );
    }
    const offsets = logOffsets(paths);
    await waitForBolt({
      ...bolt,
      deadline: Date.now() + START_TIMEOUT_MS,
      isAlive: () => isNeo4jProcess(runningPid, paths.home),
      exited: () => exitedDuringStart(paths, offsets, undefined),
      authFailed,
    });
    log(`Neo4j '${opts.instance}' is already running at ${uri} (pid ${runningPid})`);
    return { ...status(opts.instance, paths, uri, runningPid), alreadyRunning: true };
  }

  await assertPortFree(opts.boltPort, opts.instance);
  await ensureNeo4jJars(log);
  const libDir = neo4jLibDir(paths.repoRoot);
  for (const dir of [paths.confDir, paths.dataDir, paths.logsDir, paths.runDir]) {
    mkdirSync(dir, { recursive: true });
  }
  const baseConf = readFileSync(join(paths.repoRoot, 'neo4j', 'neo4j.conf'), 'utf8');
  const conf = renderInstanceConf(baseConf, { boltPort: opts.boltPort, paths });
  writeFileSync(paths.confFile, conf);
  if (isFreshDataDir(paths.dataDir)) {
    log(`Setting the password of the new database in ${relative(paths.repoRoot, paths.dataDir)}`);
    await setInitialPassword(paths, libDir, opts.password);
  }

  const started = Date.now();
  const offsets = logOffsets(paths);
  log(`Starting Neo4j '${opts.instance}' on ${uri}`);
  const server = spawnNeo4j(paths, libDir, heapFlags(conf));
  writePidFile(paths.pidFile, server.pid);
  try {
    await waitForBolt({
      ...bolt,
      deadline: started + START_TIMEOUT_MS,
      isAlive: server.alive,
      exited: () => exitedDuringStart(paths, offsets, server.exitCode()),
      authFailed,
    });
  } catch (error) {
    // A server that never became usable to us is stopped, so the next attempt starts clean.
    if (server.alive()) await terminate(server.pid, paths.home, STOP_GRACE_MS);
    removePidFile(paths.pidFile);
    throw error;
  }
  log(`Neo4j '${opts.instance}' is ready at ${uri} (pid ${server.pid}, ${seconds(started)})`);
  return { ...status(opts.instance, paths, uri, server.pid), alreadyRunning: false };
}

export async function stopLocalNeo4j(
  opts: Pick<LocalNeo4jOptions, 'instance' | 'log'>,
): Promise<{ wasRunning: boolean }> {
  const log = opts.log ?? (() => {});
  const paths = instancePaths(opts.instance);
  const pid = livePid(paths.pidFile, paths.home);
  if (pid === undefined) {
    log(`Neo4j '${opts.instance}' is not running`);
    return { wasRunning: false };
  }
  const started = Date.now();
  log(`Stopping Neo4j '${opts.instance}' (pid ${pid})`);
  const how = await terminate(pid, paths.home, STOP_GRACE_MS);
  removePidFile(paths.pidFile);
  const note = how === 'killed' ? `; killed after ${STOP_GRACE_MS / 1000} s without exiting` : '';
  log(`Neo4j '${opts.instance}' stopped (${seconds(started)}${note})`);
  return { wasRunning: true };
}

export async function localNeo4jStatus(
  opts: Pick<LocalNeo4jOptions, 'instance' | 'boltPort'>,
): Promise<LocalNeo4jStatus> {
  const paths = instancePaths(opts.instance);
  const pid = readPidFile(paths.pidFile);
  if (pid === undefined || !isNeo4jProcess(pid, paths.home)) {
    return status(opts.instance, paths, boltUri(opts.boltPort), undefined);
  }
  const port = configuredBoltPort(paths) ?? opts.boltPort;
  return status(opts.instance, paths, boltUri(port), pid);
}

/** A running server listens where its generated conf says, whatever the config says now. */
function configuredBoltPort(paths: InstancePaths): number | undefined {
  return existsSync(paths.confFile) ? boltPortOf(readFileSync(paths.confFile, 'utf8')) : undefined;
}

function status(
  instance: string,
  paths: InstancePaths,
  uri: string,
  pid: number | undefined,
): LocalNeo4jStatus {
  const running = pid !== undefined;
  return { instance, running, ...(running ? { pid } : {}), uri, home: paths.home };
}

function logOffsets(paths: InstancePaths): { console: number; neo4j: number } {
  return { console: fileSize(paths.consoleLog), neo4j: fileSize(paths.neo4jLog) };
}

function exitedDuringStart(
  paths: InstancePaths,
  offsets: { console: number; neo4j: number },
  exitCode: number | null | undefined,
): LocalNeo4jError {
  const show = (file: string, offset: number): string => {
    const tail = tailSince(file, offset, 25);
    return tail ? `\n--- ${relative(paths.repoRoot, file)} ---\n${tail}` : '';
  };
  const code = exitCode === undefined ? '' : ` (exit code ${exitCode})`;
  return new LocalNeo4jError(
    'EXITED',
    `Neo4j exited while starting${code}.` +
      show(paths.consoleLog, offsets.console) +
      show(paths.neo4jLog, offsets.neo4j),
  );
}

function passwordMismatch(instance: string, paths: InstancePaths, user: string): LocalNeo4jError {
  const home = relative(paths.repoRoot, paths.home);
  return new LocalNeo4jError(
    'AUTH_FAILED',
    `The local Neo4j '${instance}' refused the password for user '${user}'. Its database in ` +
      `${home}/data was created with another password, and Neo4j keeps that one. Either set ` +
      `NEO4J_PASSWORD to the old password, or make sure it is stopped (cli.js stop --instance ` +
      `${instance}), remove ${home} (this deletes its data) and start again.`,
  );
}
