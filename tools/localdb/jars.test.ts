import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasNeo4jJar, pinnedNeo4jVersion } from './jars';

describe('pinnedNeo4jVersion', () => {
  it('reads the 5.26 pin of the project pom', () => {
    const pom = readFileSync(join(__dirname, '..', '..', 'neo4j', 'pom.xml'), 'utf8');
    expect(pinnedNeo4jVersion(pom)).toMatch(/^5\.26\.\d+$/);
  });
});

describe('hasNeo4jJar', () => {
  it('wants the server jar of the pinned version, not just any jar', () => {
    const lib = mkdtempSync(join(tmpdir(), 'localdb-lib-'));
    try {
      expect(hasNeo4jJar(join(lib, 'missing'), '5.26.30')).toBe(false);
      writeFileSync(join(lib, 'neo4j-kernel-5.26.30.jar'), '');
      writeFileSync(join(lib, 'neo4j-5.26.29.jar'), '');
      expect(hasNeo4jJar(lib, '5.26.30')).toBe(false);
      writeFileSync(join(lib, 'neo4j-5.26.30.jar'), '');
      expect(hasNeo4jJar(lib, '5.26.30')).toBe(true);
    } finally {
      rmSync(lib, { recursive: true, force: true });
    }
  });
});
