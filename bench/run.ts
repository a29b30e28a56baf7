import { measureExport, type ExportResult } from './measure/exports';
import 'reflect-metadata';
import { Command, InvalidArgumentError } from 'commander';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../src/config/config';
import { connectGraph, type GraphConnection } from '../src/db/connect';
import { createLogger } from '../src/logging/logger';
import { repoPath } from '../src/paths';
import { startBenchNeo4j, type BenchNeo4j } from './db/bench-neo4j';
import { existingManifest, generate } from './generator/generate';
import { diskMb, floorLoad, importFolder, loadFolder } from './load/load';
import { resetGraph } from '../src/seed/loader';
import { replaceLocalStore } from '../src/seed/reset';
import { databaseStoreDirs } from '../tools/localdb';
import { instancePaths } from '../tools/localdb/paths';
import { measureScale } from './measure/scale';
import { describeMachine, loadAverage } from './report/machine';
import { writeReport } from './report/write';
import type { RunReport, ScaleLoad } from './report/results';

/**
 * `npm run bench [-- --quick] [--scales seed,10k,100k,1m] [--seconds 12] [--rounds 3] ...`
 *
 * For each scale: an empty bench Neo4j, the data loaded through the normal loader (timed, with the
 * loader's peak memory), then every canonical question asked of this service, of @neo4j/graphql,
 * of the raw driver, and of the stack alone (the raw driver's Cypher behind Apollo Server), in turn
 * and in rounds, at a fixed concurrency. Writes bench/results/.
 */
const count = (value: string): number => {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError(`"${value}" is not a number such as 10000 or 100k`);
  const unit = match[2]!.toLowerCase();
  return Math.round(Number(match[1]) * (unit === 'm' ? 1e6 : unit === 'k' ? 1e3 : 1));
};

const program = new Command('bench')
  .option('--quick', 'the seed graph and 2k generated statements, 1 s per measurement (< 3 min)')
  .option('--scales <list>', 'seed and/or statement counts, e.g. seed,10k,100k,1m')
  .option('--seconds <n>', 'measured seconds per server and question, over all rounds', Number)
  .option('--rounds <n>', 'rounds the measured seconds are split into (quick: 1)', Number)
  .option('--warmup <n>', 'unmeasured seconds before each measurement', Number)
  .option('--connections <n>', 'concurrent connections', Number, 10)
  .option('--seed <n>', 'generator seed', Number, 1)
  .option(
    '--only <questions>',
    'a comma-separated subset of the questions, and `ingest`, `load` or `export` for those measurements',
  )
  .option('--heap <size>', "bench Neo4j's heap", '2g')
  .option('--page-cache <size>', "bench Neo4j's page cache", '3g')
  .option(
    '--out <dir>',
    'where to write the results (default bench/results, quick: bench/results/tmp)',
  )
  .option('--keep-neo4j', 'leave the bench Neo4j running afterwards')
  .parse(process.argv);

interface Options {
  quick?: boolean;
  scales?: string;
  seconds?: number;
  rounds?: number;
  warmup?: number;
  connections: number;
  seed: number;
  only?: string;
  heap: string;
  pageCache: string;
  out?: string;
  keepNeo4j?: boolean;
}

const BOLT_PORT = 7752;
const INSTANCE = 'bench-run';

async function main(): Promise<void> {
  const opts = program.opts<Options>();
  const quick = opts.quick ?? false;
  const scales = (opts.scales ?? (quick ? 'seed,2k' : 'seed,10k,100k,1m')).split(',');
  const settings = {
    connections: opts.connections,
    seconds: opts.seconds ?? (quick ? 1 : 12),
    rounds: Math.max(1, Math.round(opts.rounds ?? (quick ? 1 : 3))),
    warmupSeconds: opts.warmup ?? (quick ? 0.5 : 3),
    quick,
  };
  const only = opts.only?.split(',');
  const out = resolve(
    opts.out ?? (quick ? repoPath('bench', 'results', 'tmp') : repoPath('bench', 'results')),
  );
  const log = (line: string) => console.log(`[bench] ${line}`);
  const startLoad = loadAverage();

  const external = process.env.NEO4J_URI;
  let neo4j: BenchNeo4j | undefined;
  let graph: GraphConnection | undefined;
  const password = loadConfig().neo4j.password;
  const loads: ScaleLoad[] = [];
  const benchOptions = {
    instance: INSTANCE,
    boltPort: BOLT_PORT,
    password,
    heap: opts.heap,
    pageCache: opts.pageCache,
    log,
  };
  // The same instance as the seed CLI sees its local one (`--reset` replaces its store).
  const localBench = { instance: INSTANCE, boltPort: BOLT_PORT, user: 'neo4j', password, log };
  const storeDirs = () => databaseStoreDirs(instancePaths(INSTANCE));
  const report: RunReport = {
    machine: { ...describeMachine('unknown'), loadAverage: { start: startLoad, end: 0 } },
    settings,
    subjects: {},
    loads,
    results: [],
    ingestion: [],
    exports: [],
    command: [
      'npm run bench',
      ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
    ].join(' '),
  };
  try {
    let previous = 0;
    for (const scale of scales) {
      const statements = scale === 'seed' ? 0 : count(scale);
      // A big graph is not emptied with Cypher (slow, and its store stays big): start afresh.
      if (!external && (neo4j === undefined || previous > 50_000)) {
        await graph?.close();
        neo4j = await startBenchNeo4j({ ...benchOptions, empty: true });
        graph = undefined;
      }
      const uri = external ?? neo4j!.uri;
      const env = { NEO4J_URI: uri, NEO4J_PASSWORD: password, NEO4J_QUERY_TIMEOUT_MS: '600000' };
      graph ??= await connectGraph(loadConfig({ ...process.env, ...env }), createLogger('error'));
      if (report.machine.neo4j === 'unknown') {
        const v = await graph.executor.read<{ v: string }>(
          "CALL dbms.components() YIELD versions, edition RETURN versions[0] + ' ' + edition AS v",
        );
        report.machine.neo4j = v.records[0]?.get('v') ?? 'unknown';
      }

      let folder = repoPath('seed');
      if (statements > 0) {
        folder = repoPath('bench', 'results', 'tmp', `gen-${statements}-${opts.seed}`);
        const gen = { statements, seed: opts.seed, out: folder };
        if (!existingManifest(gen)) {
          log(`Generating ${statements} statements into ${folder}`);
          generate(gen);
        }
      }
      log(`Loading ${scale} (${folder}) through the seed loader`);
      const load = await loadFolder(folder, env, { reset: true });
      loads.push({ scale, ...load });
      log(
        `Loaded ${load.statements} statements in ${(load.ms / 1000).toFixed(1)} s ` +
          `(${load.statementsPerSecond}/s, loader peak RSS ${load.peakRssMb} MB)`,
      );
      previous = load.statements;

      const measured = await measureScale({
        scale,
        statements: load.statements,
        executor: graph.executor,
        env,
        settings,
        only,
        log,
      });
      report.subjects[scale] = measured.subjects;
      report.results.push(...measured.results);
      if (measured.ingestion) report.ingestion.push(measured.ingestion);

      // Whole-graph exports, each in a process of its own whose peak RSS is the export's.
      if (statements > 0 && (!only || only.includes('export'))) {
        for (const [kind, extra] of EXPORTS) {
          const result = await measureExport(scale, kind, env, extra);
          report.exports!.push(result);
          log(
            `Exported ${scale} as ${kind}: ${result.rows} rows in ${(result.ms / 1000).toFixed(1)} s, ` +
              `peak RSS ${result.peakRssMb} MB`,
          );
        }
      }

      // The loader's reset, the floor and the offline import of the same data, on generated
      // scales with the bench's own Neo4j (the import needs a local server it may stop).
      if (statements > 0 && !external && (!only || only.includes('load'))) {
        const loaded = loads.at(-1)!;
        loaded.storeMb = diskMb(storeDirs());
        const started = Date.now();
        await resetGraph(graph.executor.withTimeout(600_000));
        loaded.resetLoadedMs = Date.now() - started;
        log(
          `Emptied ${scale} with the loader's reset in ${(loaded.resetLoadedMs / 1000).toFixed(1)} s`,
        );

        await graph.close();
        neo4j = await startBenchNeo4j({ ...benchOptions, empty: true });
        graph = await connectGraph(loadConfig({ ...process.env, ...env }), createLogger('error'));
        loaded.floor = await floorLoad(folder, env);
        log(`The floor loaded ${scale}: ${loaded.floor.statementsPerSecond} statements/s`);

        // The floor left the same graph: emptied again, now as `--reset` does on the local Neo4j.
        const replacing = Date.now();
        await replaceLocalStore(localBench, graph.executor)();
        loaded.resetLocalMs = Date.now() - replacing;
        log(
          `Emptied ${scale} by replacing the store in ${(loaded.resetLocalMs / 1000).toFixed(1)} s`,
        );

        await graph.close();
        graph = undefined;
        loaded.importer = await importFolder(folder, INSTANCE, BOLT_PORT, env);
        log(
          `The offline import loaded ${scale}: ${loaded.importer.statementsPerSecond} statements/s`,
        );
        // The import restarted the instance with the project's own memory settings: the next
        // scale starts the bench's afresh.
        await neo4j.stop();
        neo4j = undefined;
      }
    }
  } finally {
    await graph?.close();
    if (neo4j && !opts.keepNeo4j) await neo4j.stop();
  }
  report.machine.loadAverage.end = loadAverage();
  mkdirSync(out, { recursive: true });
  const text = writeReport(report, out);
  console.log(`\n${text}\n`);
  console.log(`[bench] Wrote ${join(out, 'latest.json')} and ${join(out, 'latest.md')}`);
}

const EXPORTS: readonly [ExportResult['kind'], string[]][] = [
  ['statements', []],
  ['dyads', ['--bucket', 'MONTH']],
  ['graphml', []],
];

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
