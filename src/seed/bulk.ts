import { Neo4jError, type ManagedTransaction } from 'neo4j-driver';
import type { Executor } from '../db/executor';
import { sentenceBounds } from './check';
import type { ParsedSeed } from './parse';
import { disputeRows, sourceRow, statementRows } from './rows';
import { entitiesOf, summary, writeEntities, writeSeed, type WriteSummary } from './write';
import * as B from './bulk.cypher';
import { addTallies, tallyRows, type TallyRow } from '../tallies/tallies';

/**
 * Several whole documents written in one transaction: the unit of a bulk load. Sources the graph
 * already holds are merged document by document (writeSeed, which also removes statements a
 * corrected file dropped); sources it does not hold are created, all in one query.
 */
export interface PreparedBatch {
  seeds: ParsedSeed[];
  entities: ReturnType<typeof entitiesOf>;
  stored: ParsedSeed[];
  fresh: { source: ReturnType<typeof sourceRow>; statements: ReturnType<typeof statementRows> }[];
  disputes: ReturnType<typeof disputeRows>;
  /** The stance tallies of the fresh sources' statements (tallies/). */
  tallies: TallyRow[];
  statements: number;
}

/**
 * The rows of a batch, built before its turn to be written, while Neo4j still writes the one
 * before it. `isStored` says which sources the graph held when the files were checked.
 */
export function prepareBatch(
  seeds: ParsedSeed[],
  isStored: (sourceId: string) => boolean,
): PreparedBatch {
  const stored = seeds.filter((s) => isStored(s.document.source.id));
  const fresh = seeds.filter((s) => !isStored(s.document.source.id));
  const rows = fresh.map((seed) => {
    const bounds = sentenceBounds(seed.text);
    return { source: sourceRow(seed, bounds), statements: statementRows(seed, bounds) };
  });
  return {
    seeds,
    entities: entitiesOf(seeds),
    stored,
    fresh: rows,
    disputes: fresh.flatMap(disputeRows),
    tallies: tallyRows(rows.flatMap((r) => r.statements)),
    statements: seeds.reduce((n, s) => n + s.document.statements.length, 0),
  };
}

/**
 * A batch in one transaction. Its new sources were new when checked; if another writer created one
 * since, the unique constraint refuses the batch, and it is written again through the merging path.
 */
export async function writeBatch(
  executor: Executor,
  batch: PreparedBatch,
): Promise<WriteSummary[]> {
  try {
    return await executor.writeTx((tx) => writeInTransaction(executor, tx, batch));
  } catch (error) {
    const collided =
      error instanceof Neo4jError &&
      error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
    if (!collided || batch.fresh.length === 0) throw error;
    const merged = { ...batch, stored: batch.seeds, fresh: [], disputes: [], tallies: [] };
    return executor.writeTx((tx) => writeInTransaction(executor, tx, merged));
  }
}

async function writeInTransaction(
  executor: Executor,
  tx: ManagedTransaction,
  batch: PreparedBatch,
): Promise<WriteSummary[]> {
  await writeEntities(executor, tx, batch.entities);
  for (const seed of batch.stored) {
    await writeSeed(executor, tx, seed, { entitiesWritten: true });
  }
  if (batch.fresh.length > 0) {
    await executor.run(tx, B.CREATE_SOURCES, { sources: batch.fresh }, 'WRITE');
    if (batch.disputes.length > 0) {
      await executor.run(tx, B.CREATE_DISPUTES, { disputes: batch.disputes }, 'WRITE');
    }
    await addTallies(executor, tx, batch.tallies);
  }
  return batch.seeds.map(summary);
}
