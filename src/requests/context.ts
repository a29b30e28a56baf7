import type { Config } from '../config/config';
import type { Executor } from '../db/executor';
import { EntityRepository } from '../graph/entity.repository';
import type { Logger } from '../logging/logger';
import { SourceRepository } from '../sources/source.repository';
import { StatementRepository } from '../statements/statement.repository';
import { Loaders, type Repositories } from './loaders';

export type Principal = { kind: 'anonymous' } | { kind: 'key' } | { kind: 'invalid-key' };

export interface RequestContext {
  config: Config;
  logger: Logger;
  executor: Executor;
  repos: Repositories;
  loaders: Loaders;
  principal: Principal;
  /** Round trips to Neo4j made for this request so far. */
  roundTrips: { count: number };
}

export function createRequestContext(args: {
  config: Config;
  logger: Logger;
  executor: Executor;
  principal: Principal;
}): RequestContext {
  const roundTrips = { count: 0 };
  const executor = args.executor.observed(() => {
    roundTrips.count++;
  });
  const repos: Repositories = {
    entities: new EntityRepository(executor),
    statements: new StatementRepository(executor),
    sources: new SourceRepository(executor),
  };
  return { ...args, executor, repos, loaders: new Loaders(repos), roundTrips };
}
