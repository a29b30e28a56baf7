import neo4j, { type Driver } from 'neo4j-driver';
import { toNeo4jParams } from '../../src/db/executor';

/**
 * Runs one floor query as an auto-commit read: one RUN and PULL, no BEGIN and COMMIT. The cheapest
 * way the driver has to run one read, and the one the service's Executor.read uses too.
 */
export async function askFloor(
  driver: Driver,
  database: string,
  cypher: string,
  params: object,
): Promise<Record<string, unknown>[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(cypher, toNeo4jParams(params) as Record<string, unknown>);
    return result.records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}
