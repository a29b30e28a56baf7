import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Executor } from '../db/executor';
import { checkSeed, type RefSite } from './check';
import { readSeedFile, type ParseResult } from './parse';
import { SeedValidationError, type SeedProblem } from './problems';
import { writeSeed, type WriteSummary } from './write';
import * as Q from './write.cypher';

/**
 * The one path into the graph: `npm run seed`, `npm start`, the tests, the benchmarks and
 * ingestion all load through here. Every input is validated before anything is written; then each
 * input is written in its own transaction. Inputs are read twice (once to check, once to write)
 * rather than held, so memory stays flat however many files are loaded.
 */
export interface SeedInput {
  /** Where the input came from, for messages. */
  name: string;
  read: () => ParseResult;
}

export interface LoadOptions {
  reset?: boolean;
  onProgress?: (done: number, total: number, summary: WriteSummary) => void;
}

export interface LoadReport {
  files: WriteSummary[];
  totals: { entities: number; relations: number; statements: number };
}

export function seedFileInputs(paths: readonly string[]): SeedInput[] {
  return collectSeedFiles(paths).map((file) => ({ name: file, read: () => readSeedFile(file) }));
}

/** Expands directories into their `*.yaml`/`*.yml` files (not recursive), in name order. */
export function collectSeedFiles(paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    const full = resolve(p);
    let isDir = false;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      return [full]; // reported as unreadable by the parser, with its name
    }
    if (!isDir) return [full];
    return readdirSync(full)
      .filter((f) => ['.yaml', '.yml'].includes(extname(f)))
      .sort()
      .map((f) => join(full, f));
  });
}

/** Checks every input and what it references; throws SeedValidationError listing every problem. */
export async function validateSeeds(
  executor: Executor,
  inputs: readonly SeedInput[],
  options: { graphIsEmpty?: boolean } = {},
): Promise<void> {
  const problems: SeedProblem[] = [];
  const definedEntities = new Set<string>();
  const definedStatements = new Set<string>();
  const wanted: ({ kind: 'entity' | 'statement'; id: string; file: string } & RefSite)[] = [];
  const sources = new Map<string, string>();

  for (const input of inputs) {
    const parsed = input.read();
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const { document: doc } = parsed.seed;
    const previous = sources.get(doc.source.id);
    if (previous) {
      problems.push({
        file: input.name,
        path: 'source.id',
        message: `source id "${doc.source.id}" is also used by ${previous}`,
      });
    }
    sources.set(doc.source.id, input.name);
    const checked = checkSeed(parsed.seed);
    problems.push(...checked.problems);
    doc.entities.forEach((e) => definedEntities.add(e.id));
    doc.statements.forEach((s) => definedStatements.add(`${doc.source.id}/${s.id}`));
    checked.external.entities.forEach((at, id) =>
      wanted.push({ kind: 'entity', id, file: input.name, ...at }),
    );
    checked.external.statements.forEach((at, id) =>
      wanted.push({ kind: 'statement', id, file: input.name, ...at }),
    );
  }

  const missingEntities = wanted.filter((w) => w.kind === 'entity' && !definedEntities.has(w.id));
  const missingStatements = wanted.filter(
    (w) => w.kind === 'statement' && !definedStatements.has(w.id),
  );
  const inGraph = async (query: string, ids: string[]) =>
    options.graphIsEmpty || ids.length === 0
      ? new Set<string>()
      : new Set(
          (
            await executor.read<{ found: string[] }>(query, { ids: [...new Set(ids)] })
          ).records[0]?.get('found') ?? [],
        );
  const foundEntities = await inGraph(
    Q.EXISTING_ENTITIES,
    missingEntities.map((w) => w.id),
  );
  const foundStatements = await inGraph(
    Q.EXISTING_STATEMENTS,
    missingStatements.map((w) => w.id),
  );
  for (const w of missingEntities) {
    if (!foundEntities.has(w.id)) {
      problems.push({
        file: w.file,
        line: w.line,
        column: w.column,
        path: w.path,
        message: `entity "${w.id}" is referenced but defined neither in the loaded files nor in the graph`,
      });
    }
  }
  for (const w of missingStatements) {
    if (!foundStatements.has(w.id)) {
      problems.push({
        file: w.file,
        line: w.line,
        column: w.column,
        path: w.path,
        message: `disputed statement "${w.id}" exists neither in the loaded files nor in the graph`,
      });
    }
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
}

export async function loadSeeds(
  executor: Executor,
  inputs: readonly SeedInput[],
  options: LoadOptions = {},
): Promise<LoadReport> {
  await validateSeeds(executor, inputs, { graphIsEmpty: options.reset });
  if (options.reset) await resetGraph(executor);
  const files: WriteSummary[] = [];
  const totals = { entities: 0, relations: 0, statements: 0 };
  for (const input of inputs) {
    const parsed = input.read();
    if (!parsed.ok) throw new SeedValidationError(parsed.problems); // changed since validation
    const summary = await executor.writeTx((tx) => writeSeed(executor, tx, parsed.seed));
    files.push(summary);
    totals.entities += summary.entities;
    totals.relations += summary.relations;
    totals.statements += summary.statements;
    options.onProgress?.(files.length, inputs.length, summary);
  }
  return { files, totals };
}

export async function resetGraph(executor: Executor): Promise<void> {
  for (;;) {
    const result = await executor.write<{ deleted: number }>(Q.RESET_GRAPH_BATCH);
    if ((result.records[0]?.get('deleted') ?? 0) === 0) return;
  }
}

export interface GraphCounts {
  entities: number;
  statements: number;
  sources: number;
  relationships: number;
  nodes: number;
}

export async function graphCounts(executor: Executor): Promise<GraphCounts> {
  const result = await executor.read(Q.COUNTS);
  return result.records[0]!.toObject() as unknown as GraphCounts;
}
