import 'reflect-metadata';
import { Command } from 'commander';
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import { loadConfig, type Config } from '../config/config';
import { connectGraph, localNeo4jOptions } from '../db/connect';
import { createLogger } from '../logging/logger';
import { repoPath } from '../paths';
import { seedFileInputs } from './inputs';
import { graphCounts, loadSeeds, type GraphCounts, type LoadProgress } from './loader';
import { offlineImport } from './offline-import';
import { SeedValidationError } from './problems';
import { replaceLocalStore } from './reset';

/** `npm run seed [-- <file or directory>…] [--reset]` */
async function main(argv: string[]): Promise<number> {
  const program = new Command('seed')
    .description('Validate seed files, then load each in one transaction (idempotent).')
    .argument('[paths...]', 'seed YAML files or directories', [repoPath('seed')])
    .option(
      '--reset',
      "delete the whole graph before loading (the local Neo4j's store is replaced: a restart)",
    )
    .option('--quiet', 'print only errors')
    .option(
      '--offline-import',
      "replace the local Neo4j's database with these files through Neo4j's offline importer (NEO4J_URI unset; an empty database unless --reset)",
    )
    .parse(argv);
  const paths = program.args.length > 0 ? program.args : [repoPath('seed')];
  const { reset, quiet, offlineImport } = program.opts<{
    reset?: boolean;
    quiet?: boolean;
    offlineImport?: boolean;
  }>();

  const config = loadConfig();
  const logger = createLogger(
    quiet ? 'error' : config.logLevel === 'info' ? 'warn' : config.logLevel,
  );
  if (offlineImport) return importOffline(paths, { reset, quiet }, config);
  const graph = await connectGraph(config, logger);
  try {
    const inputs = seedFileInputs(paths);
    // Bars redraw in place, which only a terminal shows; a log gets the summary lines alone.
    const bars = !quiet && process.stdout.isTTY && inputs.length > 20 ? progressBars() : undefined;
    // The restart of --reset is told, except under bars, which redraw over other lines.
    const say = quiet || bars ? undefined : (line: string) => console.log(line);
    const started = Date.now();
    const report = await loadSeeds(graph.executor, inputs, {
      reset,
      emptyGraph: config.neo4j.uri
        ? undefined
        : replaceLocalStore(localNeo4jOptions(config, say), graph.executor),
      onChecked: bars?.checked,
      onProgress: bars?.written,
    });
    bars?.stop();
    if (!quiet) {
      if (inputs.length <= 20) {
        for (const f of report.files) {
          console.log(
            `${f.file}: ${f.entities} entities, ${f.relations} relations, ${f.statements} statements (source ${f.source})`,
          );
        }
      }
      const t = report.totals;
      const counts = await graphCounts(graph.executor);
      const seconds = (Date.now() - started) / 1000;
      console.log(
        `Loaded ${report.files.length} file(s): ${t.entities} entities, ${t.relations} relations, ` +
          `${t.statements} statements, in ${seconds.toFixed(1)} s ` +
          `(${Math.round(t.statements / seconds)} statements/s).`,
      );
      printCounts(counts);
    }
    return 0;
  } finally {
    await graph.close();
  }
}

/** `--offline-import`: the files checked, written as CSV, and imported with the server stopped. */
async function importOffline(
  paths: string[],
  flags: { reset?: boolean; quiet?: boolean },
  config: Config,
): Promise<number> {
  if (config.neo4j.uri) {
    throw new Error(
      '--offline-import writes the store files of the local Neo4j directly, with the server ' +
        `stopped; NEO4J_URI is set (${config.neo4j.uri}). Unset it, or load without --offline-import.`,
    );
  }
  const inputs = seedFileInputs(paths);
  const bars =
    !flags.quiet && process.stdout.isTTY && inputs.length > 20 ? progressBars() : undefined;
  const started = Date.now();
  const counts = await offlineImport(inputs, {
    local: localNeo4jOptions(config),
    neo4j: config.neo4j,
    reset: flags.reset,
    log: flags.quiet || bars ? undefined : (line) => console.log(line),
    onChecked: bars?.checked,
  });
  bars?.stop();
  if (!flags.quiet) {
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `Imported ${inputs.length} file(s), ${counts.statementsWritten} statements, in ` +
        `${seconds.toFixed(1)} s (${Math.round(counts.statementsWritten / seconds)} statements/s).`,
    );
    printCounts(counts);
  }
  return 0;
}

function printCounts(counts: GraphCounts): void {
  console.log(
    `Graph now holds ${counts.entities} entities, ${counts.statements} statements, ${counts.sources} sources, ${counts.relationships} relationships.`,
  );
}

/**
 * Two bars: files checked (nothing is written before every file passed), then statements written,
 * with the rate and cli-progress's estimate of the time left.
 */
function progressBars() {
  const bars = new MultiBar(
    {
      format: '{phase} |{bar}| {value}/{total} {unit} | {rate}/s | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 20,
    },
    Presets.shades_classic,
  );
  let checking: SingleBar | undefined;
  let writing: SingleBar | undefined;
  let started = 0;
  const rate = (done: number) => Math.round(done / Math.max((Date.now() - started) / 1000, 1e-3));
  return {
    checked(files: number, totalFiles: number) {
      if (!checking) {
        started = Date.now();
        checking = bars.create(totalFiles, 0, { phase: 'checked', unit: 'files', rate: 0 });
      }
      checking.update(files, { rate: rate(files) });
    },
    written(progress: LoadProgress) {
      if (!writing) {
        started = Date.now();
        writing = bars.create(progress.totalStatements, 0, {
          phase: 'written',
          unit: 'statements',
          rate: 0,
        });
      }
      writing.update(progress.statements, { rate: rate(progress.statements) });
    },
    stop: () => bars.stop(),
  };
}

main(process.argv).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof SeedValidationError || error instanceof Error ? error.message : error,
    );
    process.exit(1);
  },
);
