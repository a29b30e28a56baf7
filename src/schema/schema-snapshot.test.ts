import { readFileSync } from 'node:fs';
import { printGraphSchema } from './build';
import { SCHEMA_FILE } from './emit';

describe('schema/schema.graphql', () => {
  it('is the schema the type-graphql classes build (run `npm run schema:emit` after changing them)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printGraphSchema());
  });
});
