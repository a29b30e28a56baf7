import { basename } from 'node:path';
import { Command } from 'commander';
import { evaluate } from './evaluate';
import { formatSetSummary } from './confusion';
import { formatTable } from './table';

/**
 * `npm run eval:extraction -- [dirs...] [--details]`: extraction scores on the annotated articles,
 * each directory reported as a set of its own (default: the seed article, the invented articles
 * of eval/articles and the real reports of eval/real, from the working directory). Always exits
 * 0: the scores are a measurement, not a gate.
 */
const SET_NAMES: Record<string, string> = {
  seed: 'seed article',
  'eval/articles': 'invented set',
  'eval/real': 'real set',
};

const program = new Command('eval:extraction')
  .description('Precision, recall and F1 of article extraction against the annotated articles.')
  .argument('[dirs...]', 'directories (or files) of annotated articles, one set each', [
    'seed',
    'eval/articles',
    'eval/real',
  ])
  .option('--details', 'list missed, spurious and mislabelled statements')
  .parse(process.argv);

// The seed and the invented set are annotated without headline statements (eval/README.md):
// they are extracted without them, so that a convention of the annotation is not scored as an
// error. The real set annotates them (ids h01, …).
const WITHOUT_HEADLINES = new Set(['seed', 'eval/articles']);

const details = Boolean(program.opts<{ details?: boolean }>().details);
for (const dir of program.processedArgs[0] as string[]) {
  const key = dir.replace(/\/+$/, '');
  const name = SET_NAMES[key] ?? basename(dir);
  const report = evaluate([dir], WITHOUT_HEADLINES.has(key) ? { headlines: false } : {});
  console.log(`== ${name} (${dir}): ${report.articles.length} articles\n`);
  console.log(formatTable(report, details));
  console.log('');
  console.log(formatSetSummary(report));
  console.log('');
}
