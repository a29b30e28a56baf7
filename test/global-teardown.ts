import { stopLocalNeo4j } from '../tools/localdb';

declare global {
  var startedTestNeo4j: boolean | undefined;
}

/** Stops the local test Neo4j only if the global setup started it (see global-setup.ts). */
export default async function globalTeardown(): Promise<void> {
  if (globalThis.startedTestNeo4j) await stopLocalNeo4j({ instance: 'test' });
}
