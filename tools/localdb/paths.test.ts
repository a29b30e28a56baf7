import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRepoRoot, instancePaths } from './paths';

describe('findRepoRoot', () => {
  it('finds the project from tools/localdb, where ts-jest runs this code', () => {
    expect(findRepoRoot(__dirname)).toBe(join(__dirname, '..', '..'));
  });

  it('skips a package.json of a compiled tree and stops at the folder holding neo4j/pom.xml', () => {
    const root = mkdtempSync(join(tmpdir(), 'localdb-root-'));
    try {
      mkdirSync(join(root, 'neo4j'));
      writeFileSync(join(root, 'neo4j', 'pom.xml'), '<project/>');
      writeFileSync(join(root, 'package.json'), '{}');
      const compiled = join(root, 'dist', 'tools', 'localdb');
      mkdirSync(compiled, { recursive: true });
      writeFileSync(join(root, 'dist', 'package.json'), '{}');
      expect(findRepoRoot(compiled)).toBe(root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('instancePaths', () => {
  it('keeps everything of an instance under .neo4j/<instance>', () => {
    const paths = instancePaths('test', '/repo');
    expect(paths.home).toBe('/repo/.neo4j/test');
    expect(paths.confFile).toBe('/repo/.neo4j/test/conf/neo4j.conf');
    expect(paths.pidFile).toBe('/repo/.neo4j/test/run/neo4j.pid');
    expect(paths.consoleLog).toBe('/repo/.neo4j/test/logs/console.log');
  });

  it('rejects an instance name that would leave .neo4j', () => {
    expect(() => instancePaths('../etc', '/repo')).toThrow(/Invalid instance name/);
  });
});
