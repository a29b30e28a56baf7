import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LocalNeo4jError } from './errors';
import { assertJava } from './java';
import { findRepoRoot } from './paths';
import { isNotInstalled, lastLines, runCommand } from './run-command';

/**
 * The Neo4j server as jars in neo4j/lib, fetched by Maven from the version pinned in
 * neo4j/pom.xml. They are a build output (git-ignored, 123 MB), fetched once on first start.
 */

export function neo4jLibDir(repoRoot: string): string {
  return join(repoRoot, 'neo4j', 'lib');
}

/** The org.neo4j:neo4j version pinned in the pom, so that a bumped pin fetches again. */
export function pinnedNeo4jVersion(pomXml: string): string | undefined {
  return /<artifactId>neo4j<\/artifactId>\s*<version>([^<\s]+)<\/version>/.exec(pomXml)?.[1];
}

export function hasNeo4jJar(libDir: string, version: string): boolean {
  return existsSync(libDir) && readdirSync(libDir).includes(`neo4j-${version}.jar`);
}

export async function ensureNeo4jJars(log: (line: string) => void = () => {}): Promise<void> {
  await assertJava();
  const root = findRepoRoot();
  const pom = join(root, 'neo4j', 'pom.xml');
  const version = pinnedNeo4jVersion(readFileSync(pom, 'utf8'));
  if (version === undefined) {
    throw new LocalNeo4jError('BAD_CONF', `No org.neo4j:neo4j <version> found in ${pom}`);
  }
  const libDir = neo4jLibDir(root);
  if (hasNeo4jJar(libDir, version)) return;

  // Maven copies into a staging folder that replaces lib only when complete, so an interrupted
  // fetch never leaves a lib that looks ready but lacks jars.
  const staging = join(root, 'neo4j', 'target', 'lib');
  rmSync(staging, { recursive: true, force: true });
  log(`Fetching Neo4j ${version} with Maven into neo4j/lib (once; about a minute on a cold cache)`);
  const started = Date.now();
  const args = ['-q', '-B', '-Dstyle.color=never', '-f', pom, 'dependency:copy-dependencies'];
  args.push(`-DoutputDirectory=${staging}`, '-DincludeScope=runtime');
  let result;
  try {
    result = await runCommand('mvn', args, { cwd: root });
  } catch (error) {
    if (!isNotInstalled(error)) throw error;
    throw new LocalNeo4jError(
      'MAVEN_MISSING',
      "The local Neo4j is fetched with Maven on first use, and 'mvn' is not on the PATH. Install " +
        'Maven (e.g. apt-get install maven), or set NEO4J_URI to a Neo4j you run elsewhere.',
    );
  }
  if (result.code !== 0 || !hasNeo4jJar(staging, version)) {
    throw new LocalNeo4jError(
      'JARS_FETCH_FAILED',
      `Maven could not fetch Neo4j ${version} (exit code ${result.code}):\n` +
        lastLines(result.output, 20),
    );
  }
  rmSync(libDir, { recursive: true, force: true });
  mkdirSync(join(root, 'neo4j'), { recursive: true });
  renameSync(staging, libDir);
  const count = readdirSync(libDir).length;
  log(`Fetched ${count} jars in ${Math.round((Date.now() - started) / 1000)} s`);
}
