import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Executor } from '../db/executor';
import { prepareBatch, writeBatch, type PreparedBatch } from './bulk';
import { unshared, type SeedInput } from './inputs';
import type { ParsedSeed } from './parse';
import { SeedValidationError } from './problems';
import { validateSeeds } from './validate';
import type { WriteSummary } from './write';
import * as Q from './write.cypher';

/**
 * The one path into the graph: `npm run seed`, `npm start`, the tests, the benchmarks and
 * ingestion all load through here. Every input is checked before anything is written. Then the
 * inputs are written in batches of whole files, one transaction per batch, so a crash leaves each
 * article whole or absent; and while Neo4j writes one batch, the next is read and prepared.
 */
export interface LoadOptions {
  /** Empty the graph first: after every input passed its checks, before the first write. */
  reset?: boolean;
  /**
   * How `reset` empties it. By default `resetGraph`, deletes in batches through the executor,
   * which any Neo4j allows; the seed CLI replaces the local Neo4j's store instead (reset.ts).
   */
  emptyGraph?: () => Promise<void>;
  /**
   * Statements per transaction (files are never split: a bigger file is a batch of its own).
   * 10k: at 1k the commits cost a fifth of the load; above 20k the gain is lost in the wait
   * for the last batch and the transaction's memory grows (bench/README.md, "Loading").
   */
  batchStatements?: number;
  /** After each file checked, before anything is written. */
  onChecked?: (files: number, totalFiles: number) => void;
  /** After each batch written. */
  onProgress?: (progress: LoadProgress, written: readonly WriteSummary[]) => void;
}

export interface LoadProgress {
  files: number;
  totalFiles: number;
  statements: number;
  totalStatements: number;
}

export interface LoadReport {
  files: WriteSummary[];
  totals: { entities: number; relations: number; statements: number };
}

export const DEFAULT_BATCH_STATEMENTS = 10_000;

// A batch of 10k statements takes 4 to 8 s to write on the machines we measured (bench/README.md):
// longer than a request may take (NEO4J_QUERY_TIMEOUT_MS), so batches get a budget of their own.
// The server's db.transaction.timeout still applies (30 s in neo4j/neo4j.conf).
const BATCH_TIMEOUT_MS = 120_000;

export async function loadSeeds(
  executor: Executor,
  inputs: readonly SeedInput[],
  options: LoadOptions = {},
): Promise<LoadReport> {
  const checked = await validateSeeds(executor, inputs, {
    graphIsEmpty: options.reset,
    onChecked: options.onChecked,
  });
  if (options.reset) await (options.emptyGraph ?? (() => resetGraph(executor)))();
  const isStored = (id: string) => !options.reset && checked.storedSources.has(id);
  const files: WriteSummary[] = [];
  const totals = { entities: 0, relations: 0, statements: 0 };

  const batchExecutor = executor.withTimeout(BATCH_TIMEOUT_MS);
  const write = async (batch: PreparedBatch) => {
    const written = await writeBatch(batchExecutor, batch);
    for (const summary of written) {
      files.push({ ...summary, source: unshared(summary.source) });
      totals.entities += summary.entities;
      totals.relations += summary.relations;
      totals.statements += summary.statements;
    }
    const progress = { files: files.length, totalFiles: inputs.length };
    options.onProgress?.(
      { ...progress, statements: totals.statements, totalStatements: checked.statements },
      written,
    );
  };

  // One batch is written while the next is read: reading yields between files, so the driver
  // sends the writing batch's queries and takes their answers in the gaps.
  let writing: Promise<void> = Promise.resolve();
  for await (const seeds of readBatches(inputs, options.batchStatements)) {
    const batch = prepareBatch(seeds, isStored);
    await writing;
    writing = write(batch);
    writing.catch(() => undefined); // awaited at the next turn; not an unhandled rejection
  }
  await writing;
  return { files, totals };
}

async function* readBatches(
  inputs: readonly SeedInput[],
  batchStatements = DEFAULT_BATCH_STATEMENTS,
): AsyncGenerator<ParsedSeed[]> {
  let batch: ParsedSeed[] = [];
  let size = 0;
  for (const input of inputs) {
    const parsed = input.read();
    if (!parsed.ok) throw new SeedValidationError(parsed.problems); // changed since validation
    const statements = parsed.seed.document.statements.length;
    if (batch.length > 0 && size + statements > batchStatements) {
      yield batch;
      [batch, size] = [[], 0];
    }
    batch.push(parsed.seed);
    size += statements;
    await nextTurn();
  }
  if (batch.length > 0) yield batch;
}

/** Deletes everything in batches (a million statements: minutes; see reset.ts for faster). */
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
