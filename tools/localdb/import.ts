import { existsSync } from 'node:fs';
import { LocalNeo4jError } from './errors';
import { neo4jLibDir } from './jars';
import { classpath, NEO4J_ADMIN_CLASS } from './jvm';
import { instancePaths } from './paths';
import { livePid } from './pid-file';
import { lastLines, runCommand } from './run-command';

export interface ImportFiles {
  /** CSV files with their header line, each one label group of nodes. */
  nodes: string[];
  /** CSV files with their header line, each one relationship type. */
  relationships: string[];
}

/** The delimiter of array fields in the CSV files; no seed text holds it (document.ts refuses it). */
export const ARRAY_DELIMITER = '\u001f';

/**
 * Replaces the instance's `neo4j` database with the CSV files, through Neo4j's offline importer
 * (`neo4j-admin database import full`, class AdminTool of the same jars the server runs from). The
 * importer writes the store files itself, so the server must be stopped, and it starts from
 * nothing: the database's earlier content, indexes and constraints are gone (the migrations put
 * the latter back at the next connection, see src/db/migrations.ts).
 */
export async function importIntoLocalNeo4j(
  instance: string,
  files: ImportFiles,
  log: (line: string) => void = () => {},
): Promise<{ output: string }> {
  const paths = instancePaths(instance);
  if (livePid(paths.pidFile, paths.home) !== undefined) {
    throw new LocalNeo4jError(
      'IMPORT_FAILED',
      `Neo4j '${instance}' must be stopped to import into it`,
    );
  }
  if (!existsSync(paths.confFile)) {
    throw new LocalNeo4jError(
      'IMPORT_FAILED',
      `Neo4j '${instance}' has never been started, so it has no conf or password yet`,
    );
  }
  const args = [
    '-cp',
    classpath(neo4jLibDir(paths.repoRoot)),
    NEO4J_ADMIN_CLASS,
    'database',
    'import',
    'full',
    'neo4j', // the database comes before the options, or the tool takes it for a file
    '--overwrite-destination=true',
    '--multiline-fields=true',
    `--array-delimiter=${ARRAY_DELIMITER}`,
    ...files.nodes.map((f) => `--nodes=${f}`),
    ...files.relationships.map((f) => `--relationships=${f}`),
  ];
  log(`Importing ${files.nodes.length + files.relationships.length} CSV files into '${instance}'`);
  const { code, output } = await runCommand('java', args, {
    cwd: paths.home,
    // The admin tool finds the home and the conf only through these two variables.
    env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.confDir },
  });
  if (code !== 0) {
    throw new LocalNeo4jError(
      'IMPORT_FAILED',
      `The Neo4j importer failed (exit code ${code}):\n${lastLines(output, 15)}`,
    );
  }
  return { output };
}
