import { Command } from 'commander';
import { evaluate } from './evaluate';
import { formatTable } from './table';

/**
 * `npm run eval:extraction -- [dirs...] [--details]`: extraction scores on the annotated articles
 * (default: seed/ and eval/articles/, from the working directory). Always exits 0: the scores are
 * a measurement, not a gate.
 */
const program = new Command('eval:extraction')
  .description('Precision, recall and F1 of article extraction against the annotated articles.')
  .argument('[dirs...]', 'directories (or files) of annotated articles', ['seed', 'eval/articles'])
  .option('--details', 'list missed, spurious and mislabelled statements')
  .parse(process.argv);

const report = evaluate(program.processedArgs[0] as string[]);
console.log(formatTable(report, Boolean(program.opts<{ details?: boolean }>().details)));
