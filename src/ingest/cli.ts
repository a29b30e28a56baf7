import 'reflect-metadata';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../config/config';
import { connectGraph } from '../db/connect';
import { createLogger } from '../logging/logger';
import { SeedValidationError } from '../seed/problems';
import { ExtractionInputError, type ArticleInput } from './extract';
import { ingestArticle } from './ingest.service';
import { toSeedYaml } from './seed-yaml';

/**
 * `npm run ingest -- <file or directory> [--title … --url … --outlet … --published YYYY-MM-DD] [--dry-run]`
 *
 * Each plain-text file is one article. A dry run writes `<name>.yaml` beside it (or under --out) in
 * the curated seed format, for a person to review, correct and load with `npm run seed`.
 */
interface Options {
  title?: string;
  url?: string;
  outlet?: string;
  published?: string;
  dryRun?: boolean;
  out?: string;
}

function articleFiles(paths: string[]): string[] {
  return paths.flatMap((p) => {
    const full = resolve(p);
    if (!statSync(full).isDirectory()) return [full];
    return readdirSync(full)
      .filter((f) => extname(f) === '.txt')
      .sort()
      .map((f) => join(full, f));
  });
}

async function main(argv: string[]): Promise<number> {
  const program = new Command('ingest')
    .description('Extract actors and attributed statements from plain-text news articles.')
    .argument('<paths...>', 'article files (.txt) or directories of them')
    .option('--title <title>', 'title of the article (one file only)')
    .option('--url <url>', 'address of the article (one file only)')
    .option('--outlet <outlet>', 'who published it')
    .option('--published <date>', 'publication date, YYYY-MM-DD (default: today)')
    .option('--dry-run', 'write the extraction for review instead of loading it')
    .option('--out <dir>', 'where a dry run writes its YAML (default: beside each article)')
    .parse(argv);
  const options = program.opts<Options>();
  const files = articleFiles(program.args);
  if (files.length > 1 && (options.title || options.url)) {
    throw new Error('--title and --url describe one article; give a single file with them');
  }
  if (options.published && !/^\d{4}-\d{2}-\d{2}$/.test(options.published)) {
    throw new Error(`--published must be a date as YYYY-MM-DD; got "${options.published}"`);
  }

  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const graph = await connectGraph(config, logger);
  let failures = 0;
  try {
    for (const file of files) {
      const input: ArticleInput = {
        text: readFileSync(file, 'utf8'),
        title: options.title,
        url: options.url,
        outlet: options.outlet,
        publishedAt: options.published ?? new Date().toISOString().slice(0, 10),
      };
      const started = Date.now();
      try {
        const { extraction } = await ingestArticle(graph.executor, input, {
          dryRun: Boolean(options.dryRun),
          name: file,
        });
        const s = extraction.stats;
        const took = Date.now() - started;
        console.log(
          `${file}: ${s.entities} entities, ${s.statements} statements (${s.lowConfidence} to review), ${s.sentences} sentences, ${took} ms` +
            (options.dryRun ? '' : ' — loaded'),
        );
        for (const w of extraction.warnings) console.log(`  warning: ${w}`);
        if (options.dryRun) {
          const outDir = options.out ? resolve(options.out) : dirname(file);
          const yamlFile = join(outDir, `${basename(file, extname(file))}.yaml`);
          const doc = structuredClone(extraction.document);
          delete doc.source.text;
          writeFileSync(yamlFile, toSeedYaml(doc, { textFile: relativeTo(outDir, file) }));
          console.log(`  wrote ${yamlFile} for review; load it with: npm run seed -- ${yamlFile}`);
        }
      } catch (error) {
        if (!(error instanceof ExtractionInputError || error instanceof SeedValidationError))
          throw error;
        failures++;
        console.error(`${file}: ${error.message}`);
      }
    }
  } finally {
    await graph.close();
  }
  return failures > 0 ? 1 : 0;
}

function relativeTo(dir: string, file: string): string {
  return dirname(file) === dir ? basename(file) : file;
}

main(process.argv).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
