import { loadConfig } from '../../src/config/config';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../../tools/localdb';

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

export const faultNeo4j = {
  start: () => startLocalNeo4j(options),
  /** A clean stop (SIGTERM, waiting for the process to exit). */
  stop: () => stopLocalNeo4j({ instance: options.instance }),
  /** A crash: SIGKILL, as the OOM killer or a power cut would do it. Resolves once it is gone. */
  kill: async (): Promise<number> => {
    const { pid } = await localNeo4jStatus(options);
    if (pid === undefined) throw new Error("the 'fault' Neo4j is not running");
    process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 100 && (await localNeo4jStatus(options)).running; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    return pid;
  },
};
