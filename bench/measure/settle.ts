import type { Executor } from '../../src/db/executor';

const RUNNING = `
SHOW TRANSACTIONS YIELD transactionId, currentQuery
WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
RETURN collect(transactionId) AS ids`;

/**
 * Ends the queries that clients gave up on: a request that autocannon timed out (10 s) leaves its
 * query running in Neo4j, which then took the CPU from the next server measured (at 1M statements
 * the anchor's aliased aggregates ran for minutes, and the stack server measured after them
 * answered nothing). Called after each load, so every server meets an idle database.
 */
export async function settleNeo4j(executor: Executor): Promise<number> {
  const result = await executor.read<{ ids: string[] }>(RUNNING);
  const ids = result.records[0]?.get('ids') ?? [];
  if (ids.length > 0) await executor.read('TERMINATE TRANSACTIONS $ids', { ids });
  return ids.length;
}
