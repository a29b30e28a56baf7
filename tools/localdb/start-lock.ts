import { linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { LocalNeo4jError } from './errors';
import { processExists, readPidFile } from './pid-file';

/**
 * One start at a time per instance. `npm start` and `npm run seed` in two terminals may both find
 * the server down; without this both would spawn a JVM on the same data folder and port, and the
 * pid file would name the one that loses. The later caller waits, then finds the server running.
 */
export async function withStartLock<T>(
  lockFile: string,
  deadline: number,
  fn: () => Promise<T>,
): Promise<T> {
  mkdirSync(dirname(lockFile), { recursive: true });
  while (!tryLock(lockFile)) {
    const holder = readPidFile(lockFile);
    if (holder === undefined || !processExists(holder)) {
      // Left by a start that was killed: nobody holds it.
      rmSync(lockFile, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      throw new LocalNeo4jError(
        'START_TIMEOUT',
        `Another start of this local Neo4j (pid ${holder}) did not finish in time.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  try {
    return await fn();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

/** Creates the lock with our pid already in it: link() either makes the whole file or fails. */
function tryLock(lockFile: string): boolean {
  const candidate = `${lockFile}.${process.pid}`;
  writeFileSync(candidate, `${process.pid}\n`);
  try {
    linkSync(candidate, lockFile);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(candidate, { force: true });
  }
}
