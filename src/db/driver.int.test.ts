import net from 'node:net';
import { loadConfig } from '../config/config';
import { createDriver } from './driver';

// patches/neo4j-driver-bolt-connection+*.patch, applied by patch-package after `npm ci`: without
// it every query longer than one 1,400-byte chunk waits ~40 ms for the server's delayed ACK.
describe('the driver', () => {
  it("opens its sockets with Nagle's algorithm off", async () => {
    const config = loadConfig(process.env);
    const setNoDelay = jest.spyOn(net.Socket.prototype, 'setNoDelay');
    const driver = createDriver({ ...config.neo4j, uri: config.neo4j.uri! });
    try {
      await driver.executeQuery('RETURN 1', {}, { database: config.neo4j.database });
      expect(setNoDelay).toHaveBeenCalledWith(true);
    } finally {
      setNoDelay.mockRestore();
      await driver.close();
    }
  });
});
