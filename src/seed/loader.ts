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

/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a substring as
 * a slice of its parent, so an id parsed from a file would keep the whole file's text alive as long
 * as the id is kept: a source id held for each of 5,000 files kept every file (about 400 MB at a
 * million statements). Everything the loader keeps across files goes through here.
 */
function unshared(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** A reference to an entity or statement that a file does not define itself. */
interface Ref extends RefSite {
  file: string;
  /** Order of discovery, so problems are listed file by file as they were found. */
  seq: number;
}

/**
 * References not yet satisfied, by the id they want. An id leaves as soon as a file defining it is
 * read or it is found in the graph, so this holds what is still missing, not every reference made.
 */
class PendingRefs {
  private readonly byId = new Map<string, Ref[]>();
  private count = 0;

  add(id: string, ref: Ref): void {
    const refs = this.byId.get(id);
    if (refs) refs.push(ref);
    else this.byId.set(id, [ref]);
    this.count++;
  }

  resolve(id: string): void {
    const refs = this.byId.get(id);
    if (!refs) return;
    this.count -= refs.length;
    this.byId.delete(id);
  }

  /** How many references are pending. */
  get size(): number {
    return this.count;
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  refs(): (Ref & { id: string })[] {
    return [...this.byId].flatMap(([id, refs]) => refs.map((r) => ({ ...r, id })));
  }
}

// Pending entity references are looked up in the graph once this many have gathered, so that a
// large load onto an existing graph does not collect every reference of every file first.
const GRAPH_LOOKUP_BATCH = 5_000;

/**
 * Checks every input and what it references; throws SeedValidationError listing every problem.
 *
 * Memory stays flat however many statements are loaded: one file is held at a time, and what is
 * kept across files is bounded by the number of entities and files, not statements. Entity ids
 * are remembered as they are defined, and a reference is kept only while nothing defines it yet.
 * Statement ids are not remembered at all (a million of them would be): a reference to a statement
 * of a file read earlier (a dispute across articles, which is rare) is checked at the end by
 * reading that file again, as the write pass reads every file again anyway.
 */
export async function validateSeeds(
  executor: Executor,
  inputs: readonly SeedInput[],
  options: { graphIsEmpty?: boolean } = {},
): Promise<void> {
  const problems: SeedProblem[] = [];
  const definedEntities = new Set<string>();
  const entitiesInGraph = new Set<string>();
  /** Source id → index of the input that defines it. */
  const sources = new Map<string, number>();
  const entities = new PendingRefs();
  const statements = new PendingRefs();
  let seq = 0;

  const lookUp = async (query: string, ids: string[]): Promise<string[]> =>
    options.graphIsEmpty || ids.length === 0
      ? []
      : ((await executor.read<{ found: string[] }>(query, { ids })).records[0]?.get('found') ?? []);
  const lookUpEntities = async () => {
    for (const id of await lookUp(Q.EXISTING_ENTITIES, entities.ids())) {
      entitiesInGraph.add(id);
      entities.resolve(id);
    }
  };

  for (const [index, input] of inputs.entries()) {
    const parsed = input.read();
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const { document: doc } = parsed.seed;
    const previous = sources.get(doc.source.id);
    if (previous !== undefined) {
      problems.push({
        file: input.name,
        path: 'source.id',
        message: `source id "${doc.source.id}" is also used by ${inputs[previous]!.name}`,
      });
    }
    sources.set(unshared(doc.source.id), index);
    const checked = checkSeed(parsed.seed);
    problems.push(...checked.problems);
    for (const e of doc.entities) {
      definedEntities.add(unshared(e.id));
      entities.resolve(e.id);
    }
    if (statements.size > 0) {
      for (const s of doc.statements) statements.resolve(`${doc.source.id}/${s.id}`);
    }
    checked.external.entities.forEach((at, id) => {
      if (!definedEntities.has(id) && !entitiesInGraph.has(id)) {
        entities.add(unshared(id), { file: input.name, seq: seq++, ...at });
      }
    });
    checked.external.statements.forEach((at, id) =>
      statements.add(unshared(id), { file: input.name, seq: seq++, ...at }),
    );
    if (entities.size >= GRAPH_LOOKUP_BATCH) await lookUpEntities();
  }
  await lookUpEntities();

  // Disputed statements of files read before the file that disputes them: read those again.
  const earlier = new Set(
    statements.ids().flatMap((id) => {
      const index = sources.get(id.split('/')[0]!);
      return index === undefined ? [] : [index];
    }),
  );
  for (const index of earlier) {
    const parsed = inputs[index]!.read();
    if (!parsed.ok) continue; // already reported
    const { document: doc } = parsed.seed;
    for (const s of doc.statements) statements.resolve(`${doc.source.id}/${s.id}`);
  }
  for (const id of await lookUp(Q.EXISTING_STATEMENTS, statements.ids())) statements.resolve(id);

  const at = (r: Ref, message: string): SeedProblem => ({
    file: r.file,
    line: r.line,
    column: r.column,
    path: r.path,
    message,
  });
  const bySeq = (a: Ref, b: Ref) => a.seq - b.seq;
  for (const r of entities.refs().sort(bySeq)) {
    problems.push(
      at(
        r,
        `entity "${r.id}" is referenced but defined neither in the loaded files nor in the graph`,
      ),
    );
  }
  for (const r of statements.refs().sort(bySeq)) {
    problems.push(
      at(r, `disputed statement "${r.id}" exists neither in the loaded files nor in the graph`),
    );
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
    files.push({ ...summary, source: unshared(summary.source) });
    totals.entities += summary.entities;
    totals.relations += summary.relations;
    totals.statements += summary.statements;
    options.onProgress?.(files.length, inputs.length, summary);
  }
  return { files, totals };
}

export async function resetGraph(executor: Executor): Promise<void> {
  for (const batch of [Q.RESET_RELATIONSHIPS_BATCH, Q.RESET_NODES_BATCH]) {
    for (;;) {
      const result = await executor.write<{ deleted: number }>(batch);
      if ((result.records[0]?.get('deleted') ?? 0) === 0) break;
    }
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
