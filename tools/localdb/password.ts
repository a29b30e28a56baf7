import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LocalNeo4jError } from './errors';
import { classpath, NEO4J_ADMIN_CLASS } from './jvm';
import type { InstancePaths } from './paths';
import { lastLines, runCommand } from './run-command';

/**
 * Neo4j takes an initial password only before its first start: the admin tool writes it to
 * data/dbms/auth.ini and the first start moves it into the system database. Later changes of
 * NEO4J_PASSWORD therefore do not reach an existing data folder (see the AUTH_FAILED message).
 */

/** No system database yet, so the next start is the first one. */
export function isFreshDataDir(dataDir: string): boolean {
  return !existsSync(join(dataDir, 'databases', 'system'));
}

export async function setInitialPassword(
  paths: InstancePaths,
  libDir: string,
  password: string,
): Promise<void> {
  const args = ['-cp', classpath(libDir), NEO4J_ADMIN_CLASS, 'dbms', 'set-initial-password'];
  const { code, output } = await runCommand('java', [...args, password], {
    cwd: paths.home,
    // The admin tool finds the home and the conf only through these two variables.
    env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.confDir },
  });
  if (code !== 0) {
    throw new LocalNeo4jError(
      'PASSWORD_SETUP_FAILED',
      `Could not set the initial Neo4j password (exit code ${code}):\n${lastLines(output, 10)}`,
    );
  }
}
