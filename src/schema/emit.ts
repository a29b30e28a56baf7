import { writeFileSync } from 'node:fs';
import { repoPath } from '../paths';
import { printGraphSchema } from './build';

export const SCHEMA_FILE = repoPath('schema', 'schema.graphql');

/** Writes the built schema to schema/schema.graphql (done at start-up and by `npm run schema:emit`). */
export function emitSchema(): string {
  const sdl = printGraphSchema();
  writeFileSync(SCHEMA_FILE, sdl);
  return SCHEMA_FILE;
}

if (require.main === module) {
  console.log(`wrote ${emitSchema()}`);
}
