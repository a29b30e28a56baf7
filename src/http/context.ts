import type { Config } from '../config/config';
import type { Executor } from '../db/executor';
import type { Logger } from '../logging/logger';
import type { ReadLimits } from '../read/plan/plan';
import type { ReadContext } from '../read/read';
import type { Principal } from '../security/api-keys';

/** What every resolver of one request is given. Nothing in it outlives the request. */
export interface RequestContext extends ReadContext {
  config: Config;
  logger: Logger;
  /** The service's executor, counting this request's round trips. */
  executor: Executor;
  principal: Principal;
  limits: ReadLimits;
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
  return {
    config: args.config,
    logger: args.logger,
    executor: args.executor.observed(() => {
      roundTrips.count++;
    }),
    principal: args.principal,
    limits: { maxPageSize: args.config.security.maxPageSize },
    roundTrips,
  };
}
