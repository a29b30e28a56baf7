import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '../paths';

export const OPERATIONS_DIR = repoPath('schema', 'operations');

export interface ExampleOperation {
  file: string;
  document: string;
}

/** The example operations in schema/operations, which the Sandbox preloads and the e2e test runs. */
export function exampleOperations(dir = OPERATIONS_DIR): ExampleOperation[] {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .sort();
  } catch {
    return [];
  }
  return files.map((file) => ({ file, document: readFileSync(join(dir, file), 'utf8') }));
}
