import type { Executor } from '../../src/db/executor';
import { OPERATIONS, type HttpRequest, type Subjects } from '../operations';
import { median, ratio, type Measured, type QueryResult, type RunReport } from '../report/results';
import type { ServerStats } from '../servers/instrument';
import { loadTest, probe, type LoadResult } from './load-test';
import { SERVER_NAMES, startServer, type ServerName, type ServerProcess } from './servers';
import { settleNeo4j } from './settle';
import { findSubjects } from './subjects';
import { INGEST_API_KEY, measureIngestion, type IngestionResult } from './ingestion';

const PORTS: Record<ServerName, number> = { ours: 4151, anchor: 4152, floor: 4153, stack: 4154 };

export interface ScaleRun {
  scale: string;
  statements: number;
  executor: Executor;
  env: Record<string, string>;
  settings: RunReport['settings'];
  only?: string[];
  log: (line: string) => void;
}

/**
 * Asks every canonical question of the four servers over the graph as loaded. The servers run
 * side by side; each question is measured on one server at a time, after a warm-up, in rounds
 * (three by default) that turn the order: ours, anchor, floor, stack; then anchor, floor, stack,
 * ours; and so on. A machine that slows down or speeds up for a while (other work, Neo4j's JIT)
 * then weighs on all of them alike, rather than on whichever came last, and the ratio of each
 * round shows the spread.
 * Then ingestion is measured (unless `only` leaves out `ingest`), last, because it adds articles.
 */
/** Questions whose latency is also measured with one client alone. */
const ALONE = new Set(['stanceMatrix', 'timeline']);

export async function measureScale(
  run: ScaleRun,
): Promise<{ subjects: Subjects; results: QueryResult[]; ingestion: IngestionResult | null }> {
  const subjects = await findSubjects(
    run.executor,
    run.scale === 'seed' ? 'genocide' : 'ceasefire',
  );
  run.log(`Subjects at ${run.scale}: ${JSON.stringify(subjects)}`);
  const servers = {} as Record<ServerName, ServerProcess>;
  const env = {
    ...run.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    SEED_ON_START: 'false',
    API_KEYS: INGEST_API_KEY,
  };
  try {
    // Started together: each spends seconds loading its modules and building its schema.
    const started = await Promise.allSettled(
      SERVER_NAMES.map(async (name) => (servers[name] = await startServer(name, PORTS[name], env))),
    );
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    const operations = OPERATIONS.filter((op) => !run.only || run.only.includes(op.name));
    // One pass over every question on every server first: without it the first question measured
    // ran on a cold Neo4j (query plans, JIT, page cache) and a cold server, and looked slower.
    // After a big load one window was not enough either (Neo4j's JIT had compiled the write path:
    // a bare RETURN 1 cost it 3.8 ms of CPU, 0.9 ms once warm), so outside quick mode each
    // question is asked until its throughput settles.
    for (const op of run.settings.warmupSeconds > 0 ? operations : []) {
      for (const name of SERVER_NAMES) {
        await warmUp(servers[name].url, op[name](subjects), run.settings);
        await settleNeo4j(run.executor);
      }
    }
    const results: QueryResult[] = [];
    for (const op of operations) {
      const requests = {} as Record<ServerName, HttpRequest>;
      const probed = {} as Record<ServerName, Awaited<ReturnType<typeof probe>>>;
      for (const name of SERVER_NAMES) {
        requests[name] = op[name](subjects);
        probed[name] = await probe(servers[name].url, requests[name]);
        const body = probed[name].body as { errors?: { message: string }[] };
        if (probed[name].status !== 200 || body.errors) {
          throw new Error(
            `${name} failed ${op.name} at ${run.scale}: ${probed[name].status} ${JSON.stringify(body.errors ?? body)}`,
          );
        }
      }
      const options = { connections: run.settings.connections };
      // A quick run relies on the warm-up pass alone, to stay within its three minutes.
      if (run.settings.warmupSeconds > 0 && !run.settings.quick) {
        for (const name of SERVER_NAMES) {
          await loadTest(servers[name].url, requests[name], {
            ...options,
            seconds: run.settings.warmupSeconds,
          });
          await settleNeo4j(run.executor);
        }
      }
      const rounds: Record<ServerName, Round[]> = { ours: [], anchor: [], floor: [], stack: [] };
      const seconds = run.settings.seconds / run.settings.rounds;
      for (let pass = 0; pass < run.settings.rounds; pass++) {
        // The order turns each round, so no server is always the one measured last.
        for (let i = 0; i < SERVER_NAMES.length; i++) {
          const server = servers[SERVER_NAMES[(i + pass) % SERVER_NAMES.length]!];
          const before = await server.stats(true);
          const load = await loadTest(server.url, requests[server.name], { ...options, seconds });
          rounds[server.name].push({ load, before, after: await server.stats() });
          await settleNeo4j(run.executor);
        }
      }
      // The aggregations' latency goal is of one request at a time: ten clients at once on two
      // cores queue behind each other's answers (a 20 x 20 monthly matrix is 1.3 MB at 1M).
      const alone = ALONE.has(op.name)
        ? await loadTest(servers.ours.url, requests.ours, { connections: 1, seconds })
        : undefined;
      await settleNeo4j(run.executor);
      const measured = {} as Record<ServerName, Measured>;
      for (const name of SERVER_NAMES) {
        const body = probed[name].body as { data?: unknown };
        measured[name] = {
          ...combine(rounds[name]),
          bytes: probed[name].bytes,
          rows: op.rows[name](body.data ?? body),
        };
      }
      const { ours, anchor, floor, stack } = rounds;
      const r: QueryResult = {
        query: op.name,
        title: op.title,
        scale: run.scale,
        statements: run.statements,
        ours: measured.ours,
        anchor: measured.anchor,
        floor: measured.floor,
        stack: measured.stack,
        ratioVsAnchor: ratio(measured.ours.rps, measured.anchor.rps),
        ratioVsFloor: ratio(measured.ours.rps, measured.floor.rps),
        ratioStackVsFloor: ratio(measured.stack.rps, measured.floor.rps),
        oursHeaderRoundTrips: probed.ours.roundTrips,
        ...(alone ? { oursAlone: { rps: alone.rps, p50: alone.p50, p99: alone.p99 } } : {}),
        roundRatios: {
          vsAnchor: ours.map((o, k) => ratio(o.load.rps, anchor[k]!.load.rps)),
          vsFloor: ours.map((o, k) => ratio(o.load.rps, floor[k]!.load.rps)),
          stackVsFloor: stack.map((o, k) => ratio(o.load.rps, floor[k]!.load.rps)),
        },
      };
      const rows = SERVER_NAMES.map((n) => measured[n].rows);
      const agree = rows.every((n) => n === rows[0])
        ? ''
        : ` (answers differ in size: ${rows.join('/')})`;
      run.log(
        `${run.scale} ${op.name}: ours ${r.ours.rps} rps, anchor ${r.anchor.rps}, floor ${r.floor.rps},` +
          ` stack ${r.stack.rps} (x${r.ratioVsAnchor} anchor, x${r.ratioVsFloor} floor; by round` +
          ` ${r.roundRatios.vsAnchor.join('/')} and ${r.roundRatios.vsFloor.join('/')};` +
          ` stack x${r.ratioStackVsFloor} floor)${agree}`,
      );
      results.push(r);
    }
    let ingestion: IngestionResult | null = null;
    if (!run.only || run.only.includes('ingest')) {
      ingestion = await measureIngestion({
        scale: run.scale,
        executor: run.executor,
        oursUrl: servers.ours.url,
        seconds: Math.max(1, run.settings.seconds / 2),
      });
      const ms = ingestion.ingests.map((i) => i.ms).join(', ');
      run.log(
        `${run.scale} extraction: ${ingestion.extraction.wordsPerSecond} words/s ` +
          `(lexicon of ${ingestion.lexicon}); ingest end to end: ${ms} ms`,
      );
    }
    return { subjects, results, ingestion };
  } finally {
    for (const name of SERVER_NAMES) await servers[name]?.stop();
  }
}

const round = (v: number, digits: number): number => Math.round(v * 10 ** digits) / 10 ** digits;

/** One server's load in one round, with its counters read before and after. */
interface Round {
  load: LoadResult;
  before: ServerStats;
  after: ServerStats;
}

/**
 * A server's rounds as one measurement: requests per second over the time of all rounds, CPU and
 * round trips per request over all requests, the highest peak RSS, and the median of the rounds'
 * p50 and p99 (autocannon gives percentiles, not the histograms that would merge exactly).
 */
function combine(rounds: readonly Round[]): Omit<Measured, 'bytes' | 'rows'> {
  const sum = (f: (r: Round) => number) => rounds.reduce((n, r) => n + f(r), 0);
  const requests = sum((r) => r.load.requests);
  const seconds = sum((r) => r.load.seconds);
  const perRequest = Math.max(1, requests);
  return {
    rps: seconds > 0 ? round(requests / seconds, 1) : 0,
    p50: median(rounds.map((r) => r.load.p50)),
    p99: median(rounds.map((r) => r.load.p99)),
    requests,
    errors: sum((r) => r.load.errors),
    roundTrips: round(sum((r) => r.after.roundTrips - r.before.roundTrips) / perRequest, 2),
    cpuMsPerReq: round(sum((r) => r.after.cpuMicros - r.before.cpuMicros) / 1000 / perRequest, 3),
    rssMb: Math.max(...rounds.map((r) => r.after.peakRssMb)),
  };
}

const MAX_WARMUP_WINDOWS = 5;

/** Load windows of the warm-up length until one is within 10 % of the one before (at most 5). */
async function warmUp(
  url: string,
  request: HttpRequest,
  settings: ScaleRun['settings'],
): Promise<void> {
  const window = () =>
    loadTest(url, request, { connections: settings.connections, seconds: settings.warmupSeconds });
  let last = await window();
  for (let i = 1; !settings.quick && i < MAX_WARMUP_WINDOWS; i++) {
    const next = await window();
    const settled = Math.abs(next.rps - last.rps) <= 0.1 * Math.max(last.rps, 1);
    last = next;
    if (settled) break;
  }
}
