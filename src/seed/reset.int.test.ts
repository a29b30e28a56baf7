import { createDriver } from '../db/driver';
import { Executor } from '../db/executor';
import { migrate } from '../db/migrations';
import { fixture, SEED_DIR, snapshotGraph } from '../../test/helpers/graph';
import { config, restartableNeo4j } from '../../test/helpers/restartable-neo4j';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../../tools/localdb';
import { seedFileInputs } from './inputs';
import { loadSeeds, resetGraph } from './loader';
import { SeedValidationError } from './problems';
import { replaceLocalStore } from './reset';

/**
 * `npm run seed -- --reset` on the local Neo4j, which replaces the store instead of deleting in
 * batches. It restarts the server, so it runs against the restartable local Neo4j
 * (test/helpers/restartable-neo4j.ts), never the shared test database. One driver is kept across
 * the restarts, as the seed CLI keeps its own.
 */
jest.setTimeout(180_000);

const local = restartableNeo4j;

let executor: Executor;
let close: () => Promise<void>;
/** The seed article alone, loaded after a batched reset. */
let seedOnly: string;
let schema: string[];

const indexNames = async (): Promise<string[]> =>
  (
    await executor.read<{ name: string }>('SHOW INDEXES YIELD name RETURN name ORDER BY name')
  ).records.map((r) => r.get('name'));

beforeAll(async () => {
  const { uri } = await startLocalNeo4j(local);
  const driver = createDriver({ ...config.neo4j, uri });
  executor = new Executor(driver, config.neo4j.database, 60_000);
  close = () => driver.close();
  await migrate(executor);
  await resetGraph(executor);
  await loadSeeds(executor, seedFileInputs([SEED_DIR]));
  seedOnly = await snapshotGraph(executor);
  schema = await indexNames();
});

afterAll(async () => {
  await close();
  await stopLocalNeo4j({ instance: local.instance });
});

describe('--reset on the local Neo4j (its store replaced)', () => {
  it('leaves exactly what was loaded after it, with the schema back, over the same driver', async () => {
    await loadSeeds(executor, seedFileInputs([fixture('second-article'), fixture('shared-alias')]));
    expect(await snapshotGraph(executor)).not.toBe(seedOnly);
    const before = await localNeo4jStatus(local);

    await loadSeeds(executor, seedFileInputs([SEED_DIR]), {
      reset: true,
      emptyGraph: replaceLocalStore(local, executor),
    });

    expect((await localNeo4jStatus(local)).pid).not.toBe(before.pid); // it was restarted
    expect(await snapshotGraph(executor)).toBe(seedOnly);
    expect(await indexNames()).toEqual(schema);
  });

  it('checks every file first: a bad one stops it before the server is touched', async () => {
    const before = await localNeo4jStatus(local);
    const bad = [SEED_DIR, fixture('malformed', 'unknown-entity.yaml')];
    await expect(
      loadSeeds(executor, seedFileInputs(bad), {
        reset: true,
        emptyGraph: replaceLocalStore(local, executor),
      }),
    ).rejects.toBeInstanceOf(SeedValidationError);
    expect((await localNeo4jStatus(local)).pid).toBe(before.pid);
    expect(await snapshotGraph(executor)).toBe(seedOnly);
  });
});
