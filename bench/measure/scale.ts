import type { Executor } from '../../src/db/executor';
import { OPERATIONS, type Subjects } from '../operations';
import { ratio, type Measured, type QueryResult } from '../report/results';
import { loadTest, probe } from './load-test';
import { SERVER_NAMES, startServer, type ServerName, type ServerProcess } from './servers';
import { findSubjects } from './subjects';

const PORTS: Record<ServerName, number> = { ours: 4151, anchor: 4152, floor: 4153 };

export interface ScaleRun {
  scale: string;
  statements: number;
  executor: Executor;
  env: Record<string, string>;
  settings: { connections: number; seconds: number; warmupSeconds: number };
  only?: string[];
  log: (line: string) => void;
}

/**
 * Asks every canonical question of the three servers over the graph as loaded. The servers run
 * side by side; each question is measured on one server at a time (ours, then the anchor, then
 * the floor), after a warm-up, so the three see the same machine within seconds of each other.
 */
export async function measureScale(
  run: ScaleRun,
): Promise<{ subjects: Subjects; results: QueryResult[] }> {
  const subjects = await findSubjects(
    run.executor,
    run.scale === 'seed' ? 'genocide' : 'ceasefire',
  );
  run.log(`Subjects at ${run.scale}: ${JSON.stringify(subjects)}`);
  const servers = {} as Record<ServerName, ServerProcess>;
  const env = { ...run.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', SEED_ON_START: 'false' };
  try {
    for (const name of SERVER_NAMES) servers[name] = await startServer(name, PORTS[name], env);
    const results: QueryResult[] = [];
    for (const op of OPERATIONS) {
      if (run.only && !run.only.includes(op.name)) continue;
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
        if (run.settings.warmupSeconds > 0) {
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
    return { subjects, results };
  } finally {
    for (const name of SERVER_NAMES) await servers[name]?.stop();
  }
}

const round = (v: number, digits: number): number => Math.round(v * 10 ** digits) / 10 ** digits;
