import { loadConfig } from '../src/config/config';
import { startLocalNeo4j } from '../tools/localdb';

declare global {
  /** Set by the global setup when it started the local test Neo4j, so the teardown stops it. */
  var startedTestNeo4j: boolean | undefined;
}

/**
 * Gives the tests a Neo4j. With NEO4J_URI set, that one is used as is. Otherwise the local `test`
 * instance is started: its own port and data folder, so tests never touch the dev database. Jest
 * runs this in its parent process before the workers exist, and the workers inherit the
 * environment, so setting NEO4J_URI here is how the tests (through loadConfig) learn the address.
 */
export default async function globalSetup(): Promise<void> {
  const config = loadConfig();
  if (config.neo4j.uri !== undefined) {
    console.log(`\nTests use the Neo4j at ${config.neo4j.uri} (from NEO4J_URI).`);
    return;
  }
  const local = await startLocalNeo4j({
    instance: 'test',
    boltPort: config.localNeo4j.testBoltPort,
    user: config.neo4j.user,
    password: config.neo4j.password,
  });
  process.env.NEO4J_URI = local.uri;
  // A server that was already up is left running afterwards, which keeps re-runs fast.
  globalThis.startedTestNeo4j = !local.alreadyRunning;
  const fate = local.alreadyRunning ? 'already running, left running' : 'started for this run';
  console.log(`\nTests use the local Neo4j 'test' at ${local.uri} (${fate}).`);
}
