import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedFileInputs } from '../../src/seed/inputs';
import { loadSeeds } from '../../src/seed/loader';
import { faultNeo4j, FAULT_NEO4J_URI } from '../helpers/fault-neo4j';
import { writeGeneratedSeed } from '../helpers/generated-seed';
import { codesOf, postGraphQL, readyStatus, send, waitFor } from '../helpers/http';
import { bootService, type BootedService } from '../helpers/service';

/**
 * Neo4j failing under a running service: down at start-up, killed (SIGKILL) under load, stopped
 * and started again, and killed in the middle of loading a seed. The suite runs a local Neo4j of
 * its own ('fault', Bolt port 7762, see helpers/fault-neo4j.ts), never the shared test database,
 * and leaves it stopped.
 *
 * What it holds the service to: while Neo4j is away, /health/ready answers 503 within a few
 * seconds and every GraphQL request that needs the graph is answered within a few seconds with
 * SERVICE_UNAVAILABLE (HTTP 503); once Neo4j is back, both recover without restarting the service;
 * and a transaction cut off by a crash leaves nothing of itself behind.
 */
jest.setTimeout(60_000);

const LOAD_QUERY =
  '{ statements(first: 5) { totalCount edges { node { text speaker { name } } } } }';
// A request fails within this bound while Neo4j is gone: at most three attempts of the driver
// within its 1 s retry budget (see src/db/driver.ts) take about 3.5 s.
const FAIL_FAST_MS = 5_000;

let service: BootedService | undefined;
const timings: Record<string, number> = {};

afterAll(async () => {
  await service?.stop();
  await faultNeo4j.stop();
  console.log(`Neo4j fault timings (ms): ${JSON.stringify(timings)}`);
}, 60_000);

interface Sample {
  startedAt: number;
  ms: number;
  status: number;
  code: string | undefined;
}

/** Keeps `concurrency` clients asking LOAD_QUERY back to back until stopped. */
function startLoad(url: string, concurrency: number) {
  let running = true;
  const samples: Sample[] = [];
  const client = async () => {
    while (running) {
      const startedAt = Date.now();
      try {
        const answer = await postGraphQL(url, { query: LOAD_QUERY });
        samples.push({ startedAt, ms: answer.ms, status: answer.status, code: codesOf(answer)[0] });
      } catch (error) {
        samples.push({ startedAt, ms: Date.now() - startedAt, status: 0, code: String(error) });
      }
    }
  };
  const clients = Array.from({ length: concurrency }, client);
  return {
    samples,
    stop: async () => {
      running = false;
      await Promise.all(clients);
    },
  };
}

const isOk = (s: Sample) => s.status === 200 && s.code === undefined;
const isUnavailable = (s: Sample) => s.status === 503 && s.code === 'SERVICE_UNAVAILABLE';

describe('when Neo4j fails', () => {
  it('starts without Neo4j, reports not ready, and becomes ready once Neo4j is up', async () => {
    await faultNeo4j.stop();
    service = await bootService({ NEO4J_URI: FAULT_NEO4J_URI });
    const { url } = service;

    expect((await send(`${url}/health/live`)).status).toBe(200);
    expect(await readyStatus(url)).toBe(503);
    const early = await postGraphQL(url, { query: LOAD_QUERY });
    expect({ status: early.status, codes: codesOf(early) }).toEqual({
      status: 503,
      codes: ['SERVICE_UNAVAILABLE'],
    });
    expect(early.ms).toBeLessThan(FAIL_FAST_MS);
    timings.queryWhileDownAtStartup = Math.round(early.ms);

    await faultNeo4j.start();
    timings.readyAfterNeo4jStarted = await waitFor(
      'ready after Neo4j started',
      async () => (await readyStatus(url)) === 200,
      { timeoutMs: 30_000, everyMs: 200 },
    );
    const answer = await postGraphQL(url, { query: LOAD_QUERY });
    expect(answer.json?.errors).toBeUndefined();
  });

  it('answers SERVICE_UNAVAILABLE fast when Neo4j is killed under load, and recovers by itself', async () => {
    const { url } = service!;
    const load = startLoad(url, 8);
    try {
      await new Promise((r) => setTimeout(r, 1_000));
      const killedAt = Date.now();
      await faultNeo4j.kill();
      timings.notReadyAfterKill = await waitFor(
        'not ready after the kill',
        async () => (await readyStatus(url)) === 503,
        { timeoutMs: 10_000, everyMs: 100 },
      );
      // Let every client meet the dead database a few times.
      await new Promise((r) => setTimeout(r, 4_000));
      const restartAt = Date.now();
      await faultNeo4j.start();
      const upAt = Date.now();
      timings.readyAfterRestart = await waitFor(
        'ready after the restart',
        async () => (await readyStatus(url)) === 200,
        { timeoutMs: 30_000, everyMs: 200 },
      );
      await waitFor('a query answered after the restart', async () =>
        load.samples.some((s) => s.startedAt > upAt && isOk(s)),
      );
      timings.queryOkAfterRestart = Date.now() - upAt;
      await load.stop();

      // Asked and answered while Neo4j was dead: each must have failed, and fast.
      const before = load.samples.filter((s) => s.startedAt + s.ms < killedAt);
      const whileDown = load.samples.filter(
        (s) => s.startedAt >= killedAt && s.startedAt + s.ms < restartAt,
      );
      expect(before.length).toBeGreaterThan(0);
      expect(before.filter((s) => !isOk(s))).toEqual([]);
      expect(whileDown.length).toBeGreaterThan(8);
      expect(whileDown.filter((s) => !isUnavailable(s))).toEqual([]);
      expect(load.samples.filter((s) => isUnavailable(s) && s.ms >= FAIL_FAST_MS)).toEqual([]);
      // Around the kill and the restart a request may also succeed: one answered just before the
      // kill, or one whose last retry found Neo4j back. None fails otherwise, and none hangs.
      expect(load.samples.filter((s) => !isOk(s) && !isUnavailable(s))).toEqual([]);
      expect(load.samples.filter((s) => s.ms >= 2 * FAIL_FAST_MS)).toEqual([]);
      const failures = load.samples.filter(isUnavailable).map((s) => s.ms);
      timings.requestsWhileDown = whileDown.length;
      timings.slowestFailure = Math.round(Math.max(...failures));
      timings.medianFailure = Math.round(failures.sort((a, b) => a - b)[failures.length >> 1]!);
      timings.slowestRequest = Math.round(Math.max(...load.samples.map((s) => s.ms)));
    } finally {
      await load.stop();
    }
  });

  it('turns not ready within seconds when Neo4j is stopped, and ready again when it starts', async () => {
    const { url } = service!;
    const stopping = faultNeo4j.stop();
    timings.notReadyAfterStop = await waitFor(
      'not ready after the stop',
      async () => (await readyStatus(url)) === 503,
      { timeoutMs: 10_000, everyMs: 100 },
    );
    await stopping;
    await faultNeo4j.start();
    timings.readyAfterStart = await waitFor(
      'ready after the start',
      async () => (await readyStatus(url)) === 200,
      { timeoutMs: 30_000, everyMs: 200 },
    );
  });

  it('leaves no partial source when Neo4j crashes during a seed load, and a reload completes it', async () => {
    const { executor } = service!;
    const sourceId = 'generated-crash-test';
    const size = { statements: 1_000, people: 100 };
    const counts = () => countsOf(executor, sourceId);
    await removeSource(executor, sourceId);
    const empty = await counts();
    expect(empty).toEqual({ sources: 0, statements: 0, entities: 0, relationships: 0 });

    const dir = mkdtempSync(join(tmpdir(), 'crash-seed-'));
    try {
      let t = Date.now();
      const lap = (name: string) => {
        timings[name] = Date.now() - t;
        t = Date.now();
      };
      const { file } = writeGeneratedSeed(dir, sourceId, size);
      lap('seedGenerated');
      // Kill Neo4j while the transaction is writing the source and its statements: the entities
      // are written by then, in the same uncommitted transaction.
      let killing: Promise<number> | undefined;
      const crashing = executor.observed((cypher) => {
        if (!killing && cypher.includes('UNWIND $sources')) {
          killing = new Promise((r) => setTimeout(r, 50)).then(() => faultNeo4j.kill());
        }
      });
      const load = loadSeeds(crashing, seedFileInputs([file]));
      await expect(load).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
      expect(killing).toBeDefined();
      await killing;
      lap('seedKilled');

      await faultNeo4j.start();
      lap('restartedAfterCrash');
      await waitFor('ready after the crash', async () => (await readyStatus(service!.url)) === 200);
      lap('readyAfterCrash');
      expect(await counts()).toEqual(empty);

      const report = await loadSeeds(executor, seedFileInputs([file]));
      lap('seedReloaded');
      expect(report.totals).toEqual({ entities: 100, relations: 0, statements: 1_000 });
      expect(await counts()).toEqual({
        sources: 1,
        statements: 1_000,
        entities: 100,
        relationships: 3 * 1_000, // REPORTED_IN, SAID_BY and ABOUT of every statement
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await removeSource(executor, sourceId).catch(() => undefined);
    }
  });

  it('leaves each article of a multi-article batch whole or absent when Neo4j crashes mid-batch', async () => {
    const { executor } = service!;
    // Six articles of 300 statements, in batches of 1,000 statements: three articles a batch.
    const sourceIds = Array.from({ length: 6 }, (_, i) => `generated-batch-crash-${i}`);
    const size = { statements: 300, people: 20 };
    const whole = { sources: 1, statements: 300, entities: 20, relationships: 3 * 300 };
    const absent = { sources: 0, statements: 0, entities: 0, relationships: 0 };
    const allCounts = () => Promise.all(sourceIds.map((id) => countsOf(executor, id)));
    for (const id of sourceIds) await removeSource(executor, id);

    const dir = mkdtempSync(join(tmpdir(), 'crash-batch-'));
    try {
      for (const id of sourceIds) writeGeneratedSeed(dir, id, size);
      // Kill Neo4j while the second batch creates its sources: the first batch is committed.
      let batches = 0;
      let killing: Promise<number> | undefined;
      const crashing = executor.observed((cypher) => {
        if (cypher.includes('UNWIND $sources') && ++batches === 2) {
          killing = new Promise((r) => setTimeout(r, 20)).then(() => faultNeo4j.kill());
        }
      });
      const load = loadSeeds(crashing, seedFileInputs([dir]), { batchStatements: 1_000 });
      await expect(load).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
      expect(killing).toBeDefined();
      await killing;
      await faultNeo4j.start();
      await waitFor('ready after the crash', async () => (await readyStatus(service!.url)) === 200);

      const afterCrash = await allCounts();
      for (const c of afterCrash) expect([whole, absent]).toContainEqual(c);
      // Files load in name order: the first batch is whole, the batch cut off left nothing.
      expect(afterCrash).toEqual([whole, whole, whole, absent, absent, absent]);

      const report = await loadSeeds(executor, seedFileInputs([dir]), { batchStatements: 1_000 });
      expect(report.totals.statements).toBe(6 * 300);
      expect(await allCounts()).toEqual(sourceIds.map(() => whole));
    } finally {
      rmSync(dir, { recursive: true, force: true });
      for (const id of sourceIds) await removeSource(executor, id).catch(() => undefined);
    }
  });
});

type Executor = BootedService['executor'];

/** What one generated source wrote: itself, its statements and their edges, its entities. */
async function countsOf(executor: Executor, sourceId: string) {
  const result = await executor.read(
    `CALL () { MATCH (src:Source {id: $sourceId}) RETURN count(src) AS sources }
     CALL () { MATCH (s:Statement {sourceId: $sourceId}) RETURN count(s) AS statements }
     CALL () { MATCH (e:Entity) WHERE e.id STARTS WITH $sourceId + '-' RETURN count(e) AS entities }
     CALL () {
       MATCH (:Statement {sourceId: $sourceId})-[r]->() RETURN count(r) AS relationships
     }
     RETURN sources, statements, entities, relationships`,
    { sourceId },
  );
  return result.records[0]!.toObject();
}

async function removeSource(executor: Executor, sourceId: string): Promise<void> {
  await executor.write(
    `MATCH (n) WHERE n.id = $sourceId OR n.id STARTS WITH $sourceId + '-' OR n.sourceId = $sourceId
     DETACH DELETE n`,
    { sourceId },
  );
}
