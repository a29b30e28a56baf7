import 'reflect-metadata';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Argument, Command } from 'commander';
import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../config/config';
import { connectGraph } from '../db/connect';
import type { Executor } from '../db/executor';
import { BadUserInputError } from '../errors/errors';
import { createLogger } from '../logging/logger';
import { EXPORT_KINDS, EXPORTS, runExport, type ExportKind } from './exports';
import { parseExportRequest, type ExportRequest, type RawParams } from './filters';
import { countStatements } from './keyset';

/** The options that are query parameters of the HTTP exports, by the parameter's name. */
const FILTER_OPTIONS = [
  ['speaker', '--speaker <ref>', 'said by this entity: id, name or alias'],
  ['about', '--about <ref>', 'about this entity: id, name or alias'],
  ['target', '--target <ref>', 'aimed at this entity (about it as target)'],
  ['stance', '--stance <stances>', 'stances, comma-separated or repeated (CLAIM,ACCUSE)'],
  ['isQuote', '--is-quote <bool>', 'true: direct quotes only; false: reported speech only'],
  ['from', '--from <day>', 'said on or after this day (YYYY-MM-DD)'],
  ['to', '--to <day>', 'said on or before this day (YYYY-MM-DD)'],
  ['source', '--source <id>', 'reported in this source'],
  ['text', '--text <text>', 'the text contains this, ignoring case'],
  ['bucket', '--bucket <bucket>', 'dyads: DAY, WEEK, MONTH, YEAR or ALL (default)'],
  ['speakers', '--speakers <refs>', 'dyads: only these speakers, comma-separated or repeated'],
  ['targets', '--targets <refs>', 'dyads: only these targets, comma-separated or repeated'],
] as const;

// Every option keeps all the values it is given, so that one given twice is refused as the HTTP
// parameter is, rather than the last one silently winning.
const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * `npm run export -- <statements|dyads|graphml> [filters] --out FILE`: the files of GET
 * /export/…, checked and written by the same code. The file appears under its name only once it
 * is complete (it is written beside it as FILE.part, then renamed), so a failed export leaves no
 * file that looks whole. Ends with one line on standard error: rows, seconds and peak RSS, which
 * the benchmark reads.
 */
async function main(argv: string[]): Promise<number> {
  const program = new Command('export')
    .description('Write the statements, the dyads or the graph of the knowledge graph to a file.')
    .addArgument(new Argument('<kind>', 'what to export').choices(EXPORT_KINDS))
    .requiredOption('-o, --out <file>', 'the file to write')
    .option('--quiet', 'no progress bar and no summary line');
  for (const [, flags, description] of FILTER_OPTIONS) {
    program.option(flags, description, collect);
  }
  program.parse(argv);
  const kind = program.args[0] as ExportKind;
  const options = program.opts<Record<string, string[] | string | boolean | undefined>>();
  const raw: RawParams = Object.fromEntries(
    FILTER_OPTIONS.flatMap(([name]) => {
      const values = options[name];
      return Array.isArray(values) ? [[name, values]] : [];
    }),
  );
  const request = parseExportRequest(raw, EXPORTS[kind].params);
  const out = String(options.out);
  const quiet = options.quiet === true;

  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const graph = await connectGraph(config, logger, { migrate: false });
  const started = Date.now();
  try {
    const bar =
      !quiet && process.stderr.isTTY ? await progressBar(kind, graph.executor, request) : undefined;
    const { rows } = await writeFile(out, (file) =>
      runExport(kind, { executor: graph.executor, request, out: file, onProgress: bar?.update }),
    ).finally(() => bar?.stop());
    if (!quiet) {
      const seconds = ((Date.now() - started) / 1000).toFixed(2);
      const rss = (process.resourceUsage().maxRSS / 1024).toFixed(1);
      console.error(`export ${kind}: ${rows} rows to ${out} in ${seconds} s, peak RSS ${rss} MiB`);
    }
    return 0;
  } finally {
    await graph.close();
  }
}

/** Writes `path` through `write`, as `path.part` renamed when done; removed if `write` fails. */
async function writeFile<T>(
  path: string,
  write: (file: ReturnType<typeof createWriteStream>) => Promise<T>,
): Promise<T> {
  const part = `${path}.part`;
  const file = createWriteStream(part);
  try {
    const result = await write(file);
    await rename(part, path);
    return result;
  } catch (error) {
    file.destroy();
    await rm(part, { force: true });
    throw error;
  }
}

/**
 * A bar on the terminal: statements read of those the filters keep, counted first by one cheap
 * query. The dyads come from one aggregation whose size is not known before it ends, so their
 * bar only counts rows.
 */
async function progressBar(kind: ExportKind, executor: Executor, request: ExportRequest) {
  const counted = kind !== 'dyads';
  const total = counted ? await countStatements(executor, request.where) : 0;
  const bar = new SingleBar(
    {
      format: counted
        ? `${kind} |{bar}| {value}/{total} statements | ETA {eta_formatted}`
        : `${kind}: {value} rows`,
      hideCursor: true,
      etaBuffer: 20,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done: number) => bar.update(done), stop: () => bar.stop() };
}

main(process.argv).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`export: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(error instanceof BadUserInputError ? 2 : 1);
  },
);
