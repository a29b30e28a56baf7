import net from 'node:net';
import type { Session } from 'neo4j-driver';
import { loadConfig } from '../config/config';
import { createDriver } from './driver';

/** Runs `work` with a session on a driver of its own, whose connection is already open. */
async function withSession(work: (session: Session) => Promise<void>): Promise<void> {
  const config = loadConfig(process.env);
  const driver = createDriver({ ...config.neo4j, uri: config.neo4j.uri! });
  const session = driver.session({ database: config.neo4j.database });
  try {
    await session.run('RETURN 1'); // the connection's own set-up is not what is tested
    await work(session);
  } finally {
    await session.close();
    await driver.close();
  }
}

// patches/ (applied by patch-package after `npm ci`; patches/README.md): without it every query
// longer than one 1,400-byte chunk waits ~40 ms for the server's delayed ACK, and leaves in two
// socket writes.
describe('the driver', () => {
  it("opens its sockets with Nagle's algorithm off", async () => {
    const setNoDelay = jest.spyOn(net.Socket.prototype, 'setNoDelay');
    try {
      await withSession(async () => {
        expect(setNoDelay).toHaveBeenCalledWith(true);
      });
    } finally {
      setNoDelay.mockRestore();
    }
  });

  it('sends a query longer than 1,400 bytes in one socket write', async () => {
    await withSession(async (session) => {
      const write = jest.spyOn(net.Socket.prototype, 'write');
      try {
        const long = `RETURN ${Array.from({ length: 400 }, (_, i) => i).join(' + ')} AS total`;
        expect(long.length).toBeGreaterThan(1_400);
        const result = await session.run(long);
        expect(result.records[0]?.get('total')).toBe(79_800);
        expect(write).toHaveBeenCalledTimes(1);
      } finally {
        write.mockRestore();
      }
    });
  });

  it("still gives a failed query's error the stack of the code that ran it", async () => {
    await withSession(async (session) => {
      async function askForTheImpossible() {
        return session.run('RETURN 1 / toInteger($zero)', { zero: 0 });
      }
      const error = (await askForTheImpossible().catch((e: unknown) => e)) as Error;
      expect(error.message).toMatch(/by zero/i);
      expect(error.stack).toMatch(/^Neo4jError: .*by zero/i);
      expect(error.stack).toContain('askForTheImpossible');
    });
  });
});
