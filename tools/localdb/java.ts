import { LocalNeo4jError } from './errors';
import { isNotInstalled, runCommand } from './run-command';

/** Neo4j 5.26 runs on Java 17 or 21. */
export const MIN_JAVA_MAJOR = 17;

/** The major version from `java -version` output: `openjdk version "17.0.15"` → 17, `"1.8.0_392"` → 8. */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

export async function assertJava(): Promise<void> {
  let output: string;
  try {
    ({ output } = await runCommand('java', ['-version']));
  } catch (error) {
    if (!isNotInstalled(error)) throw error;
    throw new LocalNeo4jError(
      'JAVA_MISSING',
      `The local Neo4j needs Java ${MIN_JAVA_MAJOR} or 21, and 'java' is not on the PATH. Install a ` +
        'JDK (e.g. apt-get install openjdk-17-jre-headless), or set NEO4J_URI to a Neo4j you run ' +
        'elsewhere (e.g. `docker compose up -d neo4j`).',
    );
  }
  const major = parseJavaMajor(output);
  if (major !== undefined && major < MIN_JAVA_MAJOR) {
    throw new LocalNeo4jError(
      'JAVA_TOO_OLD',
      `The local Neo4j needs Java ${MIN_JAVA_MAJOR} or 21, and 'java' on the PATH is Java ${major}.`,
    );
  }
}
