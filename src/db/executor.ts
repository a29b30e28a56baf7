import neo4j, {
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type Record as Neo4jRecord,
  type RecordShape,
} from 'neo4j-driver';
import type { Logger } from '../logging/logger';
import { ServiceUnavailableError } from '../errors/errors';

export type Params = Record<string, unknown>;

/** Called once per round trip to Neo4j; per-request counters hang off it. */
export type QueryObserver = (cypher: string, mode: 'READ' | 'WRITE') => void;

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

// A transaction stopped by the timeout the executor gives it (NEO4J_QUERY_TIMEOUT_MS), or by the
// server's own db.transaction.timeout.
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.ClientError.Transaction.TransactionTimedOut',
]);

/** Pauses before each retry of a lone read that failed with a transient error. */
const READ_RETRY_DELAYS_MS = [100, 400];

/**
 * JavaScript has one number type; Cypher tells integers from floats, and LIMIT or a stored offset
 * must be an integer. Whole numbers go out as Neo4j integers (they come back as plain numbers, see
 * driver.ts), so this and the driver option are the one place integers are handled.
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toNeo4jParams(v);
    return out;
  }
  return value;
}

/** True when the error means "Neo4j cannot be reached", as opposed to a bad query or input. */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return (
    UNAVAILABLE.has(error.code) ||
    /acquisition timed out|Failed to connect|ECONNREFUSED|Connection was closed/i.test(
      error.message,
    )
  );
}

/** True when Neo4j stopped the transaction because it ran out of time. */
export function isTimedOut(error: unknown): boolean {
  return error instanceof Neo4jError && TIMED_OUT.has(error.code);
}

/**
 * Both become SERVICE_UNAVAILABLE (503): the request may well succeed later, and neither is the
 * client's mistake. A timeout says so, since asking for less is what helps then.
 */
export function translateError(error: unknown): unknown {
  if (isTimedOut(error)) {
    return new ServiceUnavailableError(
      'The query took too long and was stopped; ask for less (a smaller "first", fewer nested lists) or try again later.',
      { reason: 'timeout' },
    );
  }
  if (isUnavailable(error)) {
    return new ServiceUnavailableError('The graph database is unavailable; try again shortly.');
  }
  return error;
}

/**
 * The single way the service talks to Neo4j: every transaction names the database and its access
 * mode (so a cluster routes reads to secondaries), carries a timeout, is counted by observers, and
 * turns connectivity failures into SERVICE_UNAVAILABLE. Cypher is logged only at debug level.
 */
export class Executor {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs: number,
    private readonly logger?: Logger,
    private readonly observer?: QueryObserver,
  ) {}

  /** A view of this executor whose transactions may last `timeoutMs` (bulk loading's batches). */
  withTimeout(timeoutMs: number): Executor {
    return new Executor(this.driver, this.database, timeoutMs, this.logger, this.observer);
  }

  /** A view of this executor that also reports each round trip to `observer`. */
  observed(observer: QueryObserver): Executor {
    const outer = this.observer;
    return new Executor(this.driver, this.database, this.timeoutMs, this.logger, (c, m) => {
      outer?.(c, m);
      observer(c, m);
    });
  }

  /**
   * One read query, sent as an auto-commit transaction: a single RUN and PULL, where a transaction
   * function adds a BEGIN and a COMMIT, and with them a second exchange with the server and two
   * more writes on the socket. For a lone read the two are equivalent, and the one exchange gave
   * about half as many requests/s again to the benchmark's floor (bench/README.md). What the
   * transaction function would add is its retry of transient errors, so that is done here, within
   * the same short budget (see driver.ts).
   */
  async read<R extends RecordShape = RecordShape>(
    cypher: string,
    params: Params = {},
  ): Promise<QueryResult<R>> {
    const neo4jParams = toNeo4jParams(params) as Params;
    for (let attempt = 0; ; attempt++) {
      this.observe(cypher, params, 'READ');
      const session = this.driver.session({
        database: this.database,
        defaultAccessMode: neo4j.session.READ,
      });
      try {
        return await session.run<R>(cypher, neo4jParams, { timeout: this.timeoutMs });
      } catch (error) {
        if (attempt >= READ_RETRY_DELAYS_MS.length || !neo4j.isRetryableError(error)) {
          throw translateError(error);
        }
      } finally {
        await session.close();
      }
      await new Promise((resolve) => setTimeout(resolve, READ_RETRY_DELAYS_MS[attempt]));
    }
  }

  /**
   * One read query whose records are handed over as Neo4j sends them, for answers too large to
   * hold (the exports): the driver pulls more only as the consumer takes them, and stopping early
   * (`break`, `return`) cancels the rest. Not retried: records may already have been used.
   */
  async *stream<R extends RecordShape = RecordShape>(
    cypher: string,
    params: Params = {},
  ): AsyncGenerator<Neo4jRecord<R>> {
    this.observe(cypher, params, 'READ');
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      const result = session.run<R>(cypher, toNeo4jParams(params) as Params, {
        timeout: this.timeoutMs,
      });
      for await (const record of result) yield record;
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  async write<R extends RecordShape = RecordShape>(cypher: string, params: Params = {}) {
    return this.writeTx((tx) => this.run<R>(tx, cypher, params, 'WRITE'));
  }

  /** Runs `work` in one read transaction; every `tx.run` inside counts as a round trip. */
  readTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.transaction('READ', work);
  }

  /** Runs `work` in one write transaction, committed only if it resolves. */
  writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', work);
  }

  /** Runs a query inside a transaction given by `readTx`/`writeTx`, counting and logging it. */
  async run<R extends RecordShape = RecordShape>(
    tx: ManagedTransaction,
    cypher: string,
    params: Params,
    mode: 'READ' | 'WRITE' = 'WRITE',
  ): Promise<QueryResult<R>> {
    this.observe(cypher, params, mode);
    return tx.run<R>(cypher, toNeo4jParams(params) as Params);
  }

  private observe(cypher: string, params: Params, mode: 'READ' | 'WRITE'): void {
    this.observer?.(cypher, mode);
    if (this.logger?.isLevelEnabled('debug')) this.logger.debug({ cypher, params }, 'cypher');
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const config = { timeout: this.timeoutMs };
      return mode === 'READ'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }
}
