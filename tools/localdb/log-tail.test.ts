import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileSize, tailSince } from './log-tail';

describe('tailSince', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'localdb-log-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('shows only what was written after the offset, so an old failure does not mislead', () => {
    const log = join(dir, 'neo4j.log');
    writeFileSync(log, 'old error\n');
    const offset = fileSize(log);
    appendFileSync(log, 'line 1\nline 2\nline 3\n');
    expect(tailSince(log, offset, 2)).toBe('line 2\nline 3');
    expect(tailSince(log, offset, 10)).toBe('line 1\nline 2\nline 3');
  });

  it('reads a replaced (shorter) file from its start, and a missing one as empty', () => {
    const log = join(dir, 'console.log');
    writeFileSync(log, 'fresh\n');
    expect(tailSince(log, 1_000, 5)).toBe('fresh');
    expect(tailSince(join(dir, 'missing.log'), 0, 5)).toBe('');
    expect(fileSize(join(dir, 'missing.log'))).toBe(0);
  });
});
