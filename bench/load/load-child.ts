import 'reflect-metadata';
import { loadConfig } from '../../src/config/config';
import { connectGraph } from '../../src/db/connect';
import { createLogger } from '../../src/logging/logger';
import { seedFileInputs } from '../../src/seed/inputs';
import { loadSeeds, resetGraph } from '../../src/seed/loader';

/**
 * Loads a folder through the normal loader (`loadSeeds`, what `npm run seed` runs) in a process of
 * its own, so that its peak memory is the loader's alone, and prints one JSON line:
 * `node dist/bench/load/load-child.js <dir> [--reset]` with NEO4J_URI set.
 */
export interface LoadResult {
  files: number;
  statements: number;
  ms: number;
  resetMs: number;
  statementsPerSecond: number;
  /** Peak resident set size of this process over the whole load, from the kernel. */
  peakRssMb: number;
  /**
   * Time and rate after the first batch was written: the time before it is mostly the check of
   * every file, which comes before any write.
   */
  afterFirstBatchMs: number;
  afterFirstBatchStatementsPerSecond: number;
  /** RSS sampled once per batch: how memory evolved while batches were written. */
  rssMbByBatch: number[];
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: load-child.js <dir> [--reset]');
  const config = loadConfig();
  const graph = await connectGraph(config, createLogger('error'));
  try {
    // Emptying the graph first is not part of the load: it is timed apart.
    const resetStarted = Date.now();
    if (process.argv.includes('--reset')) await resetGraph(graph.executor);
    const resetMs = Date.now() - resetStarted;
    const inputs = seedFileInputs([dir]);
    const rss: number[] = [];
    const started = process.hrtime.bigint();
    let firstDone = started;
    let firstStatements = 0;
    const report = await loadSeeds(graph.executor, inputs, {
      onProgress: (progress) => {
        rss.push(mb(process.memoryUsage.rss()));
        if (rss.length === 1)
          [firstDone, firstStatements] = [process.hrtime.bigint(), progress.statements];
      },
    });
    const ended = process.hrtime.bigint();
    const ms = Number(ended - started) / 1e6;
    const restMs = Number(ended - firstDone) / 1e6;
    const rest = report.totals.statements - firstStatements;
    const result: LoadResult = {
      files: report.files.length,
      statements: report.totals.statements,
      ms: Math.round(ms),
      resetMs,
      statementsPerSecond: Math.round(report.totals.statements / (ms / 1000)),
      afterFirstBatchMs: Math.round(restMs),
      afterFirstBatchStatementsPerSecond: restMs > 0 ? Math.round(rest / (restMs / 1000)) : 0,
      peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
      rssMbByBatch: rss,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await graph.close();
  }
}

const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
