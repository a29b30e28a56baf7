import { createDriver } from '../db/driver';
import { Executor } from '../db/executor';
import { migrate } from '../db/migrations';
import { fixture, SEED_DIR, snapshotGraph } from '../../test/helpers/graph';
import { config, restartableNeo4j } from '../../test/helpers/restartable-neo4j';
import { startLocalNeo4j, stopLocalNeo4j } from '../../tools/localdb';
import { seedFileInputs } from './inputs';
import { graphCounts, loadSeeds, resetGraph } from './loader';
import { offlineImport, OfflineImportRefused } from './offline-import';
import { SeedValidationError } from './problems';

/**
 * `npm run seed -- --offline-import` against the restartable local Neo4j
 * (test/helpers/restartable-neo4j.ts), since the import stops the server and replaces its
 * database: the shared test database is never touched.
 */
jest.setTimeout(180_000);

const local = restartableNeo4j;
const paths = [SEED_DIR, fixture('second-article'), fixture('shared-alias')];

/** A fresh connection each time: every import restarts the server. */
async function withGraph<T>(work: (executor: Executor) => Promise<T>): Promise<T> {
  const { uri } = await startLocalNeo4j(local);
  const driver = createDriver({ ...config.neo4j, uri });
  try {
    return await work(new Executor(driver, config.neo4j.database, 60_000));
  } finally {
    await driver.close();
  }
}

let loaded: string;

beforeAll(async () => {
  // What the transactional loader writes for the same files: the import must match it exactly.
  loaded = await withGraph(async (executor) => {
    await migrate(executor);
    await resetGraph(executor);
    await loadSeeds(executor, seedFileInputs(paths));
    return snapshotGraph(executor);
  });
});

afterAll(async () => {
  await stopLocalNeo4j({ instance: local.instance });
});

describe('the offline import', () => {
  it('refuses a database that holds a graph unless told to replace it, and leaves it as it was', async () => {
    await expect(
      offlineImport(seedFileInputs(paths), { local, neo4j: config.neo4j }),
    ).rejects.toBeInstanceOf(OfflineImportRefused);
    expect(await withGraph(snapshotGraph)).toBe(loaded);
  });

  it('checks every file first: a bad one stops it before the server is touched', async () => {
    const bad = [...paths, fixture('malformed', 'unknown-entity.yaml')];
    const error = await offlineImport(seedFileInputs(bad), {
      local,
      neo4j: config.neo4j,
      reset: true,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as Error).message).toMatch(/unknown-entity\.yaml:38:\d+: .*"atlantis"/);
    expect(await withGraph(snapshotGraph)).toBe(loaded);
  });

  it('writes the same nodes, relationships and properties as the transactional loader', async () => {
    const counts = await offlineImport(seedFileInputs(paths), {
      local,
      neo4j: config.neo4j,
      reset: true,
    });
    const imported = await withGraph(async (executor) => {
      expect(counts).toEqual({
        ...(await graphCounts(executor)),
        statementsWritten: counts.statements,
      });
      return snapshotGraph(executor);
    });
    expect(imported).toBe(loaded);
  });

  it('leaves a graph that the loader can add to and reload idempotently', async () => {
    await withGraph(async (executor) => {
      await loadSeeds(executor, seedFileInputs(paths));
      expect(await snapshotGraph(executor)).toBe(loaded);
    });
  });
});
