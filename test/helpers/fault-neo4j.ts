import { loadConfig } from '../../src/config/config';
import {
  LocalNeo4jError,
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../../tools/localdb';
import { processExists } from '../../tools/localdb/pid-file';
import { isPortFree } from '../../tools/localdb/port';

/**
 * A local Neo4j of the fault tests' own ('fault', Bolt port 7762), which they stop, kill and start
 * as they please; the shared test database is never touched. Two runs of the suite at once (say, two
 * people in one working tree) would kill each other's database, so FAULT_NEO4J_BOLT_PORT moves the
 * instance to another port and folder ('fault-<port>').
 */
const password = loadConfig({ ...process.env, NEO4J_URI: undefined }).neo4j.password;
const port = Number(process.env.FAULT_NEO4J_BOLT_PORT ?? 7762);
const options = {
  instance: port === 7762 ? 'fault' : `fault-${port}`,
  boltPort: port,
  user: 'neo4j',
  password,
};

export const FAULT_NEO4J_URI = `bolt://127.0.0.1:${options.boltPort}`;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Starts the instance; after a crash, once more if the first start exits. The suite tests the
 * service around Neo4j, not Neo4j's own restart, and CI once saw a restart right after a SIGKILL
 * exit during start-up, whose logs it cut off. The first failure is printed whole, so the cause is
 * on record if it happens again.
 */
async function start(opts: { afterCrash: boolean }) {
  try {
    return await startLocalNeo4j(options);
  } catch (error) {
    if (!opts.afterCrash || !(error instanceof LocalNeo4jError) || error.code !== 'EXITED') {
      throw error;
    }
    console.warn(
      `The 'fault' Neo4j exited while restarting after a crash; trying once more.\n${error.message}`,
    );
    await sleep(2_000);
    return startLocalNeo4j(options);
  }
}

let crashed = false;

export const faultNeo4j = {
  start: async () => {
    const started = await start({ afterCrash: crashed });
    crashed = false;
    return started;
  },
  /** A clean stop (SIGTERM, waiting for the process to exit). */
  stop: () => stopLocalNeo4j({ instance: options.instance }),
  /**
   * A crash: SIGKILL, as the OOM killer or a power cut would do it. Resolves once the process is
   * reaped and its Bolt port is free, so that a start right after it meets no leftover of it.
   */
  kill: async (): Promise<number> => {
    const { pid } = await localNeo4jStatus(options);
    if (pid === undefined) throw new Error("the 'fault' Neo4j is not running");
    process.kill(pid, 'SIGKILL');
    crashed = true;
    const deadline = Date.now() + 15_000;
    while (processExists(pid) || !(await isPortFree(port))) {
      if (Date.now() > deadline) throw new Error(`the killed Neo4j (pid ${pid}) did not go away`);
      await sleep(50);
    }
    return pid;
  },
};
