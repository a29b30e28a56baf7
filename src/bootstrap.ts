import type { Config } from './config/config';
import type { Executor } from './db/executor';
import type { Logger } from './logging/logger';
import type { Driver } from 'neo4j-driver';
import { waitForNeo4j } from './db/wait';
import { migrate } from './db/migrations';
import { seedFileInputs } from './seed/inputs';
import { graphCounts, loadSeeds } from './seed/loader';
import { repoPath } from './paths';
import type { ReadinessState } from './http/readiness';

/**
 * Brings the graph up behind a serving HTTP server: waits for Neo4j (bounded retries, each failure
 * logged plainly), applies migrations, loads the seed when the graph is empty, then marks the
 * service ready. If Neo4j never comes within the retries, it says so and keeps trying at a slow
 * pace, so the service becomes ready by itself once Neo4j is up.
 */
export async function bootstrapGraph(args: {
  config: Config;
  logger: Logger;
  driver: Driver;
  executor: Executor;
  uri: string;
  readiness: ReadinessState;
  isStopping: () => boolean;
}): Promise<void> {
  const { config, logger, readiness } = args;
  for (let round = 1; !args.isStopping(); round++) {
    try {
      await waitForNeo4j(args.driver, {
        uri: args.uri,
        database: config.neo4j.database,
        retries: round === 1 ? config.neo4j.startupRetries : 1,
        logger,
      });
      await migrate(args.executor);
      if (config.seedOnStart && (await graphCounts(args.executor)).nodes === 0) {
        const report = await loadSeeds(args.executor, seedFileInputs([repoPath('seed')]));
        logger.info(report.totals, 'the graph was empty: loaded the seed');
      }
      if (args.isStopping()) return; // shutdown has said not ready; it stays so
      readiness.set({ state: 'ready' });
      logger.info('ready');
      return;
    } catch (error) {
      const detail = (error as Error).message;
      readiness.set({ state: 'degraded', detail });
      logger.error(
        { detail },
        round === 1 ? 'Neo4j is not available; retrying every 5 s' : 'still waiting for Neo4j',
      );
      await new Promise((r) => setTimeout(r, 5_000));
    }
  }
}
