import { retallySources } from '../tallies/tallies';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Executor } from '../db/executor';
import { sentenceBounds } from './check';
import {
  disputeRows,
  edgeLists,
  entityRows,
  mergeEntityRows,
  nameRows,
  type EntityRow,
  relationRows,
  sourceRow,
  statementRows,
} from './rows';
import type { ParsedSeed } from './parse';
import * as Q from './write.cypher';

export interface WriteSummary {
  file: string;
  source: string;
  entities: number;
  relations: number;
  statements: number;
}

/**
 * Writes one checked seed document inside the caller's transaction. Statements of this source that
 * the document no longer holds are removed, and each statement's edges are rebuilt, so loading a
 * corrected file makes the graph match it and loading the same file twice changes nothing.
 * With `partial`, the document only adds to what is stored (used by the curation mutations).
 */
export async function writeSeed(
  executor: Executor,
  tx: ManagedTransaction,
  seed: ParsedSeed,
  options: { partial?: boolean; entitiesWritten?: boolean } = {},
): Promise<WriteSummary> {
  const doc = seed.document;
  const sourceId = doc.source.id;
  const run = (cypher: string, params: Record<string, unknown>) =>
    executor.run(tx, cypher, params, 'WRITE');
  if (!options.entitiesWritten) await writeEntities(executor, tx, entitiesOf([seed]));

  // The source and all its statements in one round trip (see WRITE_SOURCE). A partial write (a
  // curation mutation) adds to a source that exists and leaves the rest alone.
  if (options.partial && doc.statements.length === 0) return summary(seed);
  const bounds = sentenceBounds(seed.text);
  const statements = statementRows(seed, bounds);
  // The stance tallies of the source's stored statements are taken away and counted again after,
  // whatever the write changed (tallies/).
  await retallySources(executor, tx, [sourceId], -1);
  await run(options.partial ? Q.ADD_STATEMENTS : Q.WRITE_SOURCE, {
    sourceId,
    ids: statements.map((s) => s.id),
    ...(options.partial ? {} : { source: sourceRow(seed, bounds) }),
    statements: statements.map(({ id, date, at, props }) => ({ id, date, at, props })),
    ...edgeLists(statements),
    disputes: disputeRows(seed),
  });
  await retallySources(executor, tx, [sourceId], 1);
  return summary(seed);
}

export type EntityRows = ReturnType<typeof entitiesOf>;

/**
 * The entities, names and relations of several documents as rows, in file order: a later
 * definition of an entity wins and aliases accumulate, as if the files were written one by one.
 */
export function entitiesOf(seeds: readonly ParsedSeed[]) {
  // One row per entity: UPSERT_ENTITIES reads the aliases stored before the query, so a second row
  // for the same entity would not see the aliases of the first.
  const entities = new Map<string, EntityRow>();
  for (const seed of seeds) mergeEntityRows(entities, entityRows(seed));
  return {
    entities: [...entities.values()],
    names: seeds.flatMap(nameRows),
    relations: seeds.flatMap(relationRows),
  };
}

/** Three round trips at most, whatever the number of documents the rows came from. */
export async function writeEntities(
  executor: Executor,
  tx: ManagedTransaction,
  rows: EntityRows,
): Promise<void> {
  if (rows.entities.length > 0) {
    await executor.run(tx, Q.UPSERT_ENTITIES, { entities: rows.entities }, 'WRITE');
    await executor.run(tx, Q.UPSERT_NAMES, { names: rows.names }, 'WRITE');
  }
  if (rows.relations.length > 0) {
    await executor.run(tx, Q.UPSERT_RELATIONS, { relations: rows.relations }, 'WRITE');
  }
}

export function summary(seed: ParsedSeed): WriteSummary {
  const doc = seed.document;
  return {
    file: seed.file,
    source: doc.source.id,
    entities: doc.entities.length,
    relations: doc.relations.length,
    statements: doc.statements.length,
  };
}
