import { createServer } from 'node:net';
import { LocalNeo4jError } from './errors';

/** Whether nothing listens on 127.0.0.1:<port>, found by trying to listen there ourselves. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(false);
      else reject(error);
    });
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      server.close(() => resolve(true));
    });
  });
}

/**
 * Checked before spawning, because Neo4j started on a taken port only says so deep in its log,
 * after several seconds, and by then the user has been told nothing useful.
 */
export async function assertPortFree(port: number, instance: string): Promise<void> {
  if (await isPortFree(port)) return;
  const variable = instance === 'test' ? 'NEO4J_LOCAL_TEST_BOLT_PORT' : 'NEO4J_LOCAL_BOLT_PORT';
  throw new LocalNeo4jError(
    'PORT_IN_USE',
    `Port ${port} on 127.0.0.1 is already in use by another program, so the local Neo4j ` +
      `'${instance}' cannot listen there. Stop that program, or choose another port with ` +
      `${variable}=<port>.`,
  );
}
