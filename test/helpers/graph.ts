import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../../src/config/config';
import { createDriver } from '../../src/db/driver';
import { Executor } from '../../src/db/executor';
import { migrate } from '../../src/db/migrations';
import { createLogger } from '../../src/logging/logger';
import { seedFileInputs } from '../../src/seed/inputs';
import { loadSeeds, resetGraph, type LoadReport } from '../../src/seed/loader';
import { repoPath } from '../../src/paths';

/**
 * The tests' access to the real Neo4j that the global setup provides (NEO4J_URI).
 *
 * Isolation: Neo4j Community has one user database, so suites run in band (jest.config.js sets
 * maxWorkers: 1) and each suite starts from a reset graph that it fills with the fixtures it needs,
 * through the same seed loader users run. No suite relies on data left by another.
 */
export interface TestGraph {
  config: Config;
  driver: Driver;
  executor: Executor;
  reset: () => Promise<void>;
  /** Resets the graph, applies migrations and loads the given seed files (default: the seed article). */
  seed: (paths?: string[]) => Promise<LoadReport>;
  close: () => Promise<void>;
}

export const SEED_DIR = repoPath('seed');
export const SEED_FILE = repoPath('seed', 'nagorno-karabakh-2020-10-17.yaml');
export const SEED_SOURCE = 'aljazeera-2020-10-17-nagorno-karabakh';
export const fixture = (...parts: string[]) => repoPath('test', 'fixtures', ...parts);

export async function openTestGraph(env: NodeJS.ProcessEnv = process.env): Promise<TestGraph> {
  const config = loadConfig(env);
  if (!config.neo4j.uri) throw new Error('NEO4J_URI is unset: run the tests through `npm test`');
  const driver = createDriver({ ...config.neo4j, uri: config.neo4j.uri });
  const executor = new Executor(
    driver,
    config.neo4j.database,
    config.neo4j.queryTimeoutMs,
    createLogger('silent'),
  );
  await migrate(executor);
  return {
    config,
    driver,
    executor,
    reset: () => resetGraph(executor),
    seed: async (paths = [SEED_DIR]) => {
      await resetGraph(executor);
      return loadSeeds(executor, seedFileInputs(paths));
    },
    close: () => driver.close(),
  };
}

/**
 * Every node and relationship with all its properties, in a canonical order: two snapshots are
 * equal exactly when the graph holds the same data.
 */
export async function snapshotGraph(executor: Executor): Promise<string> {
  const nodes = await executor.read(`
    MATCH (n) RETURN labels(n) AS labels, properties(n) AS props`);
  const rels = await executor.read(`
    MATCH (a)-[r]->(b)
    RETURN type(r) AS type, properties(r) AS props,
           coalesce(a.id, a.key) AS from, coalesce(b.id, b.key) AS to`);
  // Keys sorted at every level; Neo4j dates serialize through their fields.
  const canon = (v: unknown): string =>
    JSON.stringify(v, (_k, x: unknown) =>
      x && typeof x === 'object' && !Array.isArray(x)
        ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
        : x,
    );
  const lines = [
    ...nodes.records.map((r) => `N ${canon([[...r.get('labels')].sort(), r.get('props')])}`),
    ...rels.records.map(
      (r) => `R ${canon([r.get('type'), r.get('from'), r.get('to'), r.get('props')])}`,
    ),
  ];
  return lines.sort().join('\n');
}
