import { Neo4jError, type Driver } from 'neo4j-driver';
import { Executor } from './executor';
import { ServiceUnavailableError } from '../errors/errors';

const newError = (message: string, code: string) =>
  new Neo4jError(message, code, '50N42', 'error: general processing exception');

/** A driver whose sessions answer `run` with the given outcomes, in turn. */
function driverAnswering(outcomes: (Error | { records: [] })[]) {
  const calls: string[] = [];
  const sessions: { database?: string; defaultAccessMode?: string }[] = [];
  const driver = {
    session: (config: { database?: string; defaultAccessMode?: string }) => {
      sessions.push(config);
      return {
        run: (cypher: string) => {
          calls.push(cypher);
          const next = outcomes.shift()!;
          return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
        },
        close: () => Promise.resolve(),
      };
    },
  } as unknown as Driver;
  return { driver, calls, sessions };
}

describe('Executor.read, a lone auto-commit read', () => {
  it('retries a transient error, as a transaction function would', async () => {
    const deadlock = newError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected');
    const { driver, calls } = driverAnswering([deadlock, { records: [] }]);
    await expect(new Executor(driver, 'neo4j', 1000).read('RETURN 1')).resolves.toEqual({
      records: [],
    });
    expect(calls).toHaveLength(2);
  });

  it('gives up after two retries, answering SERVICE_UNAVAILABLE when Neo4j is gone', async () => {
    const gone = () => newError('Failed to connect', 'ServiceUnavailable');
    const { driver, calls } = driverAnswering([gone(), gone(), gone(), { records: [] }]);
    await expect(new Executor(driver, 'neo4j', 1000).read('RETURN 1')).rejects.toBeInstanceOf(
      ServiceUnavailableError,
    );
    expect(calls).toHaveLength(3);
  });

  it('runs in a session that names the database and the READ access mode, which a cluster routes to a reader', async () => {
    const { driver, sessions } = driverAnswering([{ records: [] }]);
    await new Executor(driver, 'graph', 1000).read('RETURN 1');
    expect(sessions).toEqual([{ database: 'graph', defaultAccessMode: 'READ' }]);
  });

  it('does not retry a mistake in the query', async () => {
    const syntax = newError('bad', 'Neo.ClientError.Statement.SyntaxError');
    const { driver, calls } = driverAnswering([syntax, { records: [] }]);
    await expect(new Executor(driver, 'neo4j', 1000).read('RETRUN 1')).rejects.toBe(syntax);
    expect(calls).toHaveLength(1);
  });
});
