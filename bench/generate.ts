import { Command, InvalidArgumentError } from 'commander';
import { resolve } from 'node:path';
import { generate } from './generator/generate';

/** `npm run bench:generate -- --statements N --seed S [--out dir]` */
function count(value: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError('expected a number such as 10000, 100k or 1m');
  const scale = { '': 1, k: 1_000, m: 1_000_000 }[match[2]!.toLowerCase() as '' | 'k' | 'm'];
  return Math.round(Number(match[1]) * scale);
}

const program = new Command('bench:generate')
  .description('Write synthetic statements in the seed format (see seed/README.md).')
  .requiredOption('--statements <n>', 'how many statements, e.g. 10000, 100k, 1m', count)
  .option('--seed <s>', 'PRNG seed; the same seed gives the same files', (v) => Number(v), 1)
  .option('--out <dir>', 'output folder (default bench/results/tmp/gen-<n>-<seed>)')
  .parse(process.argv);

const opts = program.opts<{ statements: number; seed: number; out?: string }>();
const out = resolve(opts.out ?? `bench/results/tmp/gen-${opts.statements}-${opts.seed}`);
const started = Date.now();
const manifest = generate({ statements: opts.statements, seed: opts.seed, out });
console.log(
  `Wrote ${manifest.statements} statements in ${manifest.files} files (${manifest.entities} entities, ` +
    `${manifest.relations} relations) to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);
console.log(`Load them with: npm run seed -- ${out}`);
