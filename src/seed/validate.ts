import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Executor } from '../db/executor';
import { checkSeed, type RefSite } from './check';
import { unshared, type SeedInput } from './inputs';
import type { ParsedSeed } from './parse';
import { pathToString, SeedValidationError, type SeedProblem } from './problems';
import * as Q from './write.cypher';

/** A reference to an entity or statement that a file does not define itself. */
interface Ref extends RefSite {
  /** Index of the input that makes it. */
  input: number;
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
/** What the check learned that the write pass uses. */
export interface Validated {
  statements: number;
  /** Ids of the sources that the graph held already (none when it is known to be empty). */
  storedSources: Set<string>;
}

export interface ValidateOptions {
  graphIsEmpty?: boolean;
  /** Called after each file, with how many have been checked. */
  onChecked?: (files: number, totalFiles: number) => void;
  /**
   * Given each file that passed its own checks, as it is read, so that a caller writing something
   * other than the graph (the offline import's CSV) needs no second reading. What it writes counts
   * only if the whole check passes: references across files are known at the end.
   */
  onFile?: (seed: ParsedSeed) => void;
}

// How often the check lets timers run (a progress bar's redraw) between files.
const YIELD_EVERY_FILES = 20;

export async function validateSeeds(
  executor: Executor,
  inputs: readonly SeedInput[],
  options: ValidateOptions = {},
): Promise<Validated> {
  const problems: SeedProblem[] = [];
  const definedEntities = new Set<string>();
  const entitiesInGraph = new Set<string>();
  /** Source id → index of the input that defines it. */
  const sources = new Map<string, number>();
  const entities = new PendingRefs();
  const statements = new PendingRefs();
  let seq = 0;
  let statementCount = 0;

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
    statementCount += doc.statements.length;
    problems.push(...checked.problems);
    if (checked.problems.length === 0 && problems.length === 0) options.onFile?.(parsed.seed);
    for (const e of doc.entities) {
      definedEntities.add(unshared(e.id));
      entities.resolve(e.id);
    }
    if (statements.size > 0) {
      for (const s of doc.statements) statements.resolve(`${doc.source.id}/${s.id}`);
    }
    checked.external.entities.forEach((at, id) => {
      if (!definedEntities.has(id) && !entitiesInGraph.has(id)) {
        entities.add(unshared(id), { input: index, seq: seq++, ...at });
      }
    });
    checked.external.statements.forEach((at, id) =>
      statements.add(unshared(id), { input: index, seq: seq++, ...at }),
    );
    if (entities.size >= GRAPH_LOOKUP_BATCH) await lookUpEntities();
    options.onChecked?.(index + 1, inputs.length);
    if (index % YIELD_EVERY_FILES === YIELD_EVERY_FILES - 1) await nextTurn();
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

  // Each file with a missing reference is read once more, and its lines found by that reading.
  const reread = new Map<number, ReturnType<SeedInput['read']>>();
  const at = (r: Ref, message: string): SeedProblem => {
    const input = inputs[r.input]!;
    if (!reread.has(r.input)) reread.set(r.input, input.read());
    const parsed = reread.get(r.input)!;
    return {
      file: input.name,
      ...(parsed.ok ? parsed.seed.locate(r.path) : {}),
      path: pathToString(r.path),
      message,
    };
  };
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

  const storedSources = new Set<string>();
  const ids = [...sources.keys()];
  for (let i = 0; i < ids.length; i += GRAPH_LOOKUP_BATCH) {
    const found = await lookUp(Q.EXISTING_SOURCES, ids.slice(i, i + GRAPH_LOOKUP_BATCH));
    for (const id of found) storedSources.add(id);
  }
  return { statements: statementCount, storedSources };
}
