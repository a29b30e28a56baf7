import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LocalNeo4jError } from './errors';

/** Where one local instance keeps everything it writes; all of it lives under `.neo4j/<name>/`. */
export interface InstancePaths {
  repoRoot: string;
  home: string;
  confDir: string;
  confFile: string;
  dataDir: string;
  logsDir: string;
  runDir: string;
  pidFile: string;
  consoleLog: string;
  neo4jLog: string;
}

/**
 * The repository root is the first folder above `from` that holds both package.json and
 * neo4j/pom.xml. Looking for package.json alone is not enough: a compiled tree can carry its own
 * copy (dist/package.json when a module imports it), and the same code runs from tools/localdb under
 * ts-jest and from dist/tools/localdb once compiled.
 */
export function findRepoRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'neo4j', 'pom.xml'))) {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) {
      throw new LocalNeo4jError(
        'BAD_CONF',
        `Could not find the project root (a folder with package.json and neo4j/pom.xml) above ` +
          `${from}, so the local Neo4j cannot run here. Set NEO4J_URI to a Neo4j server instead.`,
      );
    }
    dir = parent;
  }
}

// The name becomes a folder name, so it must not be able to point outside `.neo4j/`.
const INSTANCE_NAME = /^[a-z0-9][a-z0-9_-]*$/i;

export function instancePaths(instance: string, repoRoot: string = findRepoRoot()): InstancePaths {
  if (!INSTANCE_NAME.test(instance)) {
    throw new LocalNeo4jError(
      'BAD_INSTANCE',
      `Invalid instance name ${JSON.stringify(instance)}: use letters, digits, '-' or '_'`,
    );
  }
  const home = join(repoRoot, '.neo4j', instance);
  const logsDir = join(home, 'logs');
  const runDir = join(home, 'run');
  return {
    repoRoot,
    home,
    confDir: join(home, 'conf'),
    confFile: join(home, 'conf', 'neo4j.conf'),
    dataDir: join(home, 'data'),
    logsDir,
    runDir,
    pidFile: join(runDir, 'neo4j.pid'),
    consoleLog: join(logsDir, 'console.log'),
    neo4jLog: join(logsDir, 'neo4j.log'),
  };
}

export function boltUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}
