import type { Executor } from '../../src/db/executor';
import { OPERATIONS, type HttpRequest, type Subjects } from '../operations';
import { ratio, type Measured, type QueryResult } from '../report/results';
import { loadTest, probe } from './load-test';
import { SERVER_NAMES, startServer, type ServerName, type ServerProcess } from './servers';
import { findSubjects } from './subjects';
import { INGEST_API_KEY, measureIngestion, type IngestionResult } from './ingestion';

const PORTS: Record<ServerName, number> = { ours: 4151, anchor: 4152, floor: 4153 };

export interface ScaleRun {
  scale: string;
  statements: number;
  executor: Executor;
  env: Record<string, string>;
  settings: { connections: number; seconds: number; warmupSeconds: number; quick: boolean };
  only?: string[];
  log: (line: string) => void;
}

/**
 * Asks every canonical question of the three servers over the graph as loaded. The servers run
 * side by side; each question is measured on one server at a time (ours, then the anchor, then
 * the floor), after a warm-up, so the three see the same machine within seconds of each other.
 * Then ingestion is measured (unless `only` leaves out `ingest`), last, because it adds articles.
 */
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
    for (const name of SERVER_NAMES) servers[name] = await startServer(name, PORTS[name], env);
    const operations = OPERATIONS.filter((op) => !run.only || run.only.includes(op.name));
    // One pass over every question on every server first: without it the first question measured
    // ran on a cold Neo4j (query plans, JIT, page cache) and a cold server, and looked slower.
    // After a big load one window was not enough either (Neo4j's JIT had compiled the write path:
    // a bare RETURN 1 cost it 3.8 ms of CPU, 0.9 ms once warm), so outside quick mode each
    // question is asked until its throughput settles.
    for (const op of run.settings.warmupSeconds > 0 ? operations : []) {
      for (const name of SERVER_NAMES) {
        await warmUp(servers[name].url, op[name](subjects), run.settings);
      }
    }
    const results: QueryResult[] = [];
    for (const op of operations) {
      const measured = {} as Record<ServerName, Measured>;
      let header: number | null = null;
      for (const name of SERVER_NAMES) {
        const server = servers[name];
        const request = op[name](subjects);
        const answer = await probe(server.url, request);
        const body = answer.body as { data?: unknown; errors?: { message: string }[] };
        if (answer.status !== 200 || body.errors) {
          throw new Error(
            `${name} failed ${op.name} at ${run.scale}: ${answer.status} ${JSON.stringify(body.errors ?? body)}`,
          );
        }
        if (name === 'ours') header = answer.roundTrips;
        const options = { connections: run.settings.connections };
        // A quick run relies on the warm-up pass alone, to stay within its three minutes.
        if (run.settings.warmupSeconds > 0 && !run.settings.quick) {
          await loadTest(server.url, request, { ...options, seconds: run.settings.warmupSeconds });
        }
        const before = await server.stats(true);
        const load = await loadTest(server.url, request, {
          ...options,
          seconds: run.settings.seconds,
        });
        const after = await server.stats();
        const requests = Math.max(1, load.requests);
        measured[name] = {
          rps: load.rps,
          p50: load.p50,
          p99: load.p99,
          requests: load.requests,
          errors: load.errors,
          roundTrips: round((after.roundTrips - before.roundTrips) / requests, 2),
          cpuMsPerReq: round((after.cpuMicros - before.cpuMicros) / 1000 / requests, 3),
          rssMb: after.peakRssMb,
          bytes: answer.bytes,
          rows: op.rows[name](body.data ?? body),
        };
      }
      const r: QueryResult = {
        query: op.name,
        title: op.title,
        scale: run.scale,
        statements: run.statements,
        ours: measured.ours,
        anchor: measured.anchor,
        floor: measured.floor,
        ratioVsAnchor: ratio(measured.ours.rps, measured.anchor.rps),
        ratioVsFloor: ratio(measured.ours.rps, measured.floor.rps),
        oursHeaderRoundTrips: header,
      };
      const rows = SERVER_NAMES.map((n) => measured[n].rows);
      const agree = rows.every((n) => n === rows[0])
        ? ''
        : ` (answers differ in size: ${rows.join('/')})`;
      run.log(
        `${run.scale} ${op.name}: ours ${r.ours.rps} rps, anchor ${r.anchor.rps}, floor ${r.floor.rps}` +
          ` (x${r.ratioVsAnchor} anchor, x${r.ratioVsFloor} floor)${agree}`,
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
