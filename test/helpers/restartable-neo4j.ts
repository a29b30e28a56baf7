import { loadConfig } from '../../src/config/config';
import type { LocalNeo4jOptions } from '../../tools/localdb';

/**
 * The local Neo4j of the suites that stop and restart their server (the offline import, `--reset`
 * on the local Neo4j): 'import-test', Bolt port 7772, never the shared test database. Suites run
 * one at a time (jest's maxWorkers 1), so they share it; each leaves it stopped.
 */
export const config = loadConfig({ ...process.env, NEO4J_URI: undefined });

export const restartableNeo4j: LocalNeo4jOptions = {
  instance: 'import-test',
  boltPort: Number(process.env.IMPORT_TEST_NEO4J_BOLT_PORT ?? 7772),
  user: 'neo4j',
  password: config.neo4j.password,
};
