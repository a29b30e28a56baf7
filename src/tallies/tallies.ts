import type { ManagedTransaction } from 'neo4j-driver';
import type { Executor } from '../db/executor';
import type { StatementRow } from '../seed/rows';
import { AboutRole } from '../statements/vocabulary';
import * as T from './tally.cypher';

/** One increment of a stance tally: `n` statements of one speaker, target, stance and month. */
export interface TallyRow {
  key: string;
  speaker: string;
  target: string;
  stance: string;
  /** The first day of the month, YYYY-MM-DD. */
  month: string;
  n: number;
}

/**
 * The tallies of new statements, counted in JavaScript from the loader's rows while Neo4j writes
 * the batch before (seed/loader.ts pipelines them): each statement once per distinct speaker and
 * distinct target, in the month of the day it sorts by.
 */
export function tallyRows(statements: readonly StatementRow[]): TallyRow[] {
  const rows = new Map<string, TallyRow>();
  for (const s of statements) {
    const month = `${s.at.slice(0, 7)}-01`;
    const speakers = new Set(s.speakers.map((x) => x.entity));
    const targets = new Set(
      s.about.filter((a) => a.role === AboutRole.TARGET).map((a) => a.entity),
    );
    for (const speaker of speakers) {
      for (const target of targets) {
        const stance = s.props.stance;
        const key = `${speaker}|${target}|${stance}|${month}`;
        const row = rows.get(key);
        if (row) row.n += 1;
        else rows.set(key, { key, speaker, target, stance, month, n: 1 });
      }
    }
  }
  return [...rows.values()];
}

/** Adds the tallies of new statements, in the caller's transaction. */
export async function addTallies(
  executor: Executor,
  tx: ManagedTransaction,
  tallies: readonly TallyRow[],
): Promise<void> {
  if (tallies.length > 0) await executor.run(tx, T.ADD_TALLIES, { tallies }, 'WRITE');
}

/**
 * Adds (1) or takes away (-1) the tallies of the statements stored for `sources`, counted from the
 * graph, in the caller's transaction: a writer that changes stored statements takes theirs away
 * before and adds them back after.
 */
export async function retallySources(
  executor: Executor,
  tx: ManagedTransaction,
  sources: readonly string[],
  sign: 1 | -1,
): Promise<void> {
  await executor.run(tx, T.RETALLY_SOURCES, { sources, sign }, 'WRITE');
}

/** The same for statements by id (a statement removed by hand). */
export async function retallyStatements(
  executor: Executor,
  tx: ManagedTransaction,
  ids: readonly string[],
  sign: 1 | -1,
): Promise<void> {
  await executor.run(tx, T.RETALLY_STATEMENTS, { ids, sign }, 'WRITE');
}

/** Sources per transaction when every tally is counted again. */
const REBUILD_SOURCES = 200;

/**
 * Every tally counted again from the statements, 200 sources per transaction: after an offline
 * import, which writes no tallies, and at start-up for a graph loaded before tallies existed.
 */
export async function rebuildTallies(executor: Executor): Promise<void> {
  for (;;) {
    const result = await executor.write<{ deleted: number }>(T.DROP_TALLIES_BATCH);
    if ((result.records[0]?.get('deleted') ?? 0) === 0) break;
  }
  for (let after = ''; ; ) {
    const page = await executor.read<{ id: string }>(T.SOURCE_IDS_AFTER, {
      after,
      first: REBUILD_SOURCES,
    });
    const sources = page.records.map((r) => r.get('id'));
    if (sources.length === 0) return;
    await executor.writeTx((tx) => retallySources(executor, tx, sources, 1));
    after = sources.at(-1)!;
  }
}

/** Whether the graph has statements with targets and no tallies (loaded before they existed). */
export async function talliesMissing(executor: Executor): Promise<boolean> {
  const result = await executor.read<{ missing: boolean }>(T.TALLIES_MISSING);
  return result.records[0]?.get('missing') === true;
}
