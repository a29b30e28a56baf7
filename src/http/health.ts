import { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import type { ReadinessState } from './readiness';

/**
 * Liveness says the process serves HTTP; readiness says it can answer queries, which means start-up
 * finished and Neo4j answers now. The probe uses its own short timeout, so a dead database turns
 * readiness to 503 within seconds rather than after the driver's retries.
 *
 * The endpoints are as public as the API, so the reason for a 503 (which names Neo4j's address and
 * the driver's message) is only shown with `showDetail`, i.e. outside production.
 */
export function healthRouter(args: {
  driver: Driver;
  database: string;
  readiness: ReadinessState;
  showDetail: boolean;
}): Router {
  const router = Router();
  const notReady = (state: string, detail: string) => ({
    status: 'not ready',
    state,
    ...(args.showDetail ? { detail } : {}),
  });
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'live' });
  });
  router.get('/health/ready', async (_req, res) => {
    const current = args.readiness.current;
    if (current.state !== 'ready') {
      res.status(503).json(notReady(current.state, current.detail));
      return;
    }
    try {
      await withTimeout(
        args.driver.executeQuery('RETURN 1', {}, { database: args.database }),
        2_000,
      );
      res.json({ status: 'ready' });
    } catch (error) {
      res
        .status(503)
        .json(notReady('unreachable', `Neo4j does not answer: ${(error as Error).message}`));
    }
  });
  return router;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
