import { createServer, type Server } from 'node:net';
import { assertPortFree, isPortFree } from './port';

/** Listens on a free port the system chooses, as another program holding a port would. */
async function occupy(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { server, port: address.port };
}

const close = (server: Server): Promise<void> =>
  new Promise((resolve) => server.close(() => resolve()));

describe('isPortFree', () => {
  it('says a port another program listens on is taken, and free once it has closed', async () => {
    const { server, port } = await occupy();
    expect(await isPortFree(port)).toBe(false);
    await close(server);
    expect(await isPortFree(port)).toBe(true);
  });
});

describe('assertPortFree', () => {
  it('names the port and the variable that moves the dev instance', async () => {
    const { server, port } = await occupy();
    try {
      await expect(assertPortFree(port, 'dev')).rejects.toThrow(
        new RegExp(`Port ${port} .*NEO4J_LOCAL_BOLT_PORT=<port>`),
      );
      await expect(assertPortFree(port, 'test')).rejects.toMatchObject({
        code: 'PORT_IN_USE',
        message: expect.stringContaining('NEO4J_LOCAL_TEST_BOLT_PORT'),
      });
    } finally {
      await close(server);
    }
  });
});
