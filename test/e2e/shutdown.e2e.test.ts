import { loadConfig } from '../../src/config/config';
import { openTestGraph, type TestGraph } from '../helpers/graph';
import { postGraphQL, readyStatus, waitFor, type HttpAnswer } from '../helpers/http';
import { buildDist, startMain, type MainProcess } from '../helpers/main-process';

/**
 * Graceful shutdown of the real process (`node dist/src/main.js`, built first): SIGTERM while
 * requests are in flight lets every one of them finish with its answer, and the process then
 * closes the driver and exits 0. It runs in production mode over the tests' Neo4j, with seeding
 * off, so it writes nothing.
 */
jest.setTimeout(90_000);

// Two nested pages of 100: tens of milliseconds each, so a burst of them is still running when
// the signal comes.
const SLOWISH = `query ($n: Int) { statements(first: $n) { edges { node { text
  speaker { name statementsBy(first: $n) { edges { node { text about { name } } } } } } } } }`;
const IN_FLIGHT = 40;

let graph: TestGraph;
let main: MainProcess | undefined;

beforeAll(async () => {
  await buildDist();
  graph = await openTestGraph();
  await graph.seed();
});

afterAll(async () => {
  if (main && main.child.exitCode === null && main.child.signalCode === null) {
    main.child.kill('SIGKILL');
  }
  await graph?.close();
});

describe('on SIGTERM', () => {
  it('finishes the requests in flight, then exits 0', async () => {
    const config = loadConfig();
    main = await startMain({
      NODE_ENV: 'production',
      NEO4J_URI: config.neo4j.uri!,
      NEO4J_USER: config.neo4j.user,
      NEO4J_PASSWORD: config.neo4j.password,
      SEED_ON_START: 'false',
      LOG_LEVEL: 'info',
    });
    const { url } = main;
    await waitFor('ready', async () => (await readyStatus(url)) === 200);
    expect((await postGraphQL(url, { query: SLOWISH, variables: { n: 100 } })).status).toBe(200);

    const answered: { at: number; answer: HttpAnswer }[] = [];
    const requests = Array.from({ length: IN_FLIGHT }, () =>
      postGraphQL(url, { query: SLOWISH, variables: { n: 100 } }).then((answer) => {
        answered.push({ at: Date.now(), answer });
      }),
    );
    // Once the server has begun answering, the rest of the burst is in its hands.
    await waitFor('a first answer', async () => answered.length > 0, { everyMs: 5 });
    const signalledAt = Date.now();
    const pendingAtSignal = IN_FLIGHT - answered.length;
    main.child.kill('SIGTERM');
    // Not ready at once, while it still answers what it was sent.
    await waitFor('not ready', async () => (await readyStatus(url)) === 503, {
      timeoutMs: 800,
      everyMs: 20,
    });

    await Promise.all(requests);
    const exit = await main.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(pendingAtSignal).toBeGreaterThan(0);
    expect(answered.filter((a) => a.at > signalledAt).length).toBe(pendingAtSignal);
    for (const { answer } of answered) {
      expect({ status: answer.status, errors: answer.json?.errors }).toEqual({
        status: 200,
        errors: undefined,
      });
    }
    expect(main.output()).toMatch(/"msg":"shutting down: finishing requests in flight"/);
    expect(main.output()).toMatch(/"msg":"stopped"/);
    console.log(
      `shutdown: ${pendingAtSignal} of ${IN_FLIGHT} requests in flight at SIGTERM, all answered 200; exit 0 after ${Date.now() - signalledAt} ms`,
    );
  });
});
