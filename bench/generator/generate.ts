import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { EntityKind } from '../../src/entities/vocabulary';
import { buildArticle, type ArticleContext } from './article';
import { Prng, Zipf } from './prng';
import { buildReference } from './reference';
import { buildWorld } from './world';

export interface GenerateOptions {
  statements: number;
  seed: number;
  out: string;
  /** Statements per article, drawn uniformly from this range. */
  perFile?: [number, number];
}

/** What the runner needs to know about a generated data set: its size and what to ask about. */
export interface Manifest {
  format: number;
  seed: number;
  statements: number;
  files: number;
  entities: number;
  relations: number;
  topSpeakers: { id: string; name: string; statements: number }[];
  topTargets: { id: string; name: string; kind: string; statements: number }[];
}

const FORMAT = 2;
export const MANIFEST = 'manifest.json';

/**
 * Writes `statements` synthetic statements in the seed format to `out`: one reference file with
 * the world's entities and relations, then articles of 100 to 300 statements, each a YAML file and
 * its text. The same seed always gives the same files.
 */
export function generate(options: GenerateOptions): Manifest {
  const [minPerFile, maxPerFile] = options.perFile ?? [100, 300];
  const rng = new Prng(options.seed);
  const world = buildWorld(rng);
  mkdirSync(options.out, { recursive: true });

  const reference = buildReference(world, `bench-${options.seed}-reference`, '000000.txt');
  writeFileSync(join(options.out, '000000-reference.yaml'), reference.yaml);
  writeFileSync(join(options.out, '000000.txt'), reference.text);

  const ctx: ArticleContext = {
    world,
    rng,
    speakerRanks: new Zipf(world.speakers.length, 1.1),
    targetRanks: new Zipf(world.targets.length, 0.9),
    counts: { speakers: new Map(), targets: new Map() },
  };
  let written = 0;
  let files = 0;
  while (written < options.statements) {
    files++;
    const count = Math.min(rng.int(minPerFile, maxPerFile), options.statements - written);
    const name = String(files).padStart(6, '0');
    const article = buildArticle(ctx, {
      sourceId: `bench-${options.seed}-${name}`,
      textFile: `${name}.txt`,
      statements: count,
    });
    writeFileSync(join(options.out, `${name}.yaml`), article.yaml);
    writeFileSync(join(options.out, `${name}.txt`), article.text);
    written += count;
  }

  const top = (counts: Map<string, number>) =>
    [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10);
  const manifest: Manifest = {
    format: FORMAT,
    seed: options.seed,
    statements: written,
    files: files + 1,
    entities: world.entities.length,
    relations: world.relations.length,
    topSpeakers: top(ctx.counts.speakers).map(([id, statements]) => ({
      id,
      name: world.byId.get(id)!.name,
      statements,
    })),
    topTargets: top(ctx.counts.targets).map(([id, statements]) => {
      const e = world.byId.get(id)!;
      return { id, name: e.name, kind: e.kind, statements };
    }),
  };
  writeFileSync(join(options.out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The manifest of a complete earlier generation with these options, if `out` holds one. */
export function existingManifest(options: GenerateOptions): Manifest | undefined {
  const file = join(options.out, MANIFEST);
  if (!existsSync(file)) return undefined;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  return manifest.format === FORMAT &&
    manifest.seed === options.seed &&
    manifest.statements === options.statements
    ? manifest
    : undefined;
}

/** The world's most talked-about entity of a kind, for questions that need one. */
export function topTarget(manifest: Manifest, kind: EntityKind): Manifest['topTargets'][number] {
  const found = manifest.topTargets.find((t) => t.kind === kind);
  if (!found) throw new Error(`the data set has no talked-about ${kind} among its top targets`);
  return found;
}
