import 'reflect-metadata';
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../config/config';
import { connectGraph } from '../db/connect';
import { createLogger } from '../logging/logger';
import { repoPath } from '../paths';
import { graphCounts, loadSeeds, seedFileInputs } from './loader';
import { SeedValidationError } from './problems';

/** `npm run seed [-- <file or directory>…] [--reset]` */
async function main(argv: string[]): Promise<number> {
  const program = new Command('seed')
    .description('Validate seed files, then load each in one transaction (idempotent).')
    .argument('[paths...]', 'seed YAML files or directories', [repoPath('seed')])
    .option('--reset', 'delete the whole graph before loading')
    .option('--quiet', 'print only errors')
    .parse(argv);
  const paths = program.args.length > 0 ? program.args : [repoPath('seed')];
  const { reset, quiet } = program.opts<{ reset?: boolean; quiet?: boolean }>();

  const config = loadConfig();
  const logger = createLogger(
    quiet ? 'error' : config.logLevel === 'info' ? 'warn' : config.logLevel,
  );
  const graph = await connectGraph(config, logger);
  try {
    const inputs = seedFileInputs(paths);
    const bar =
      !quiet && inputs.length > 20 ? new SingleBar({}, Presets.shades_classic) : undefined;
    bar?.start(inputs.length, 0);
    const report = await loadSeeds(graph.executor, inputs, {
      reset,
      onProgress: (done) => bar?.update(done),
    });
    bar?.stop();
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
      console.log(
        `Loaded ${report.files.length} file(s): ${t.entities} entities, ${t.relations} relations, ${t.statements} statements.`,
      );
      console.log(
        `Graph now holds ${counts.entities} entities, ${counts.statements} statements, ${counts.sources} sources, ${counts.relationships} relationships.`,
      );
    }
    return 0;
  } finally {
    await graph.close();
  }
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
