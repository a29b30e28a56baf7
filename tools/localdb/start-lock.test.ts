import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withStartLock } from './start-lock';

let dir: string;
let lockFile: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'localdb-lock-'));
  lockFile = join(dir, 'run', 'start.lock');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const later = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('withStartLock', () => {
  it('lets one start run at a time and releases the lock afterwards', async () => {
    const events: string[] = [];
    const start = (name: string) =>
      withStartLock(lockFile, Date.now() + 5_000, async () => {
        events.push(`${name} in`);
        await later(300);
        events.push(`${name} out`);
      });
    await Promise.all([start('a'), later(50).then(() => start('b'))]);
    expect(events).toEqual(['a in', 'a out', 'b in', 'b out']);
    expect(existsSync(lockFile)).toBe(false);
  });

  it('takes over a lock left by a process that has died', async () => {
    const child = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => child.once('exit', resolve));
    const stale = join(dir, 'stale.lock');
    writeFileSync(stale, `${child.pid}\n`);
    await expect(withStartLock(stale, Date.now(), async () => 'ran')).resolves.toBe('ran');
    expect(existsSync(stale)).toBe(false);
  });

  it('gives up at the deadline while a live process holds the lock', async () => {
    writeFileSync(join(dir, 'held.lock'), `${process.pid}\n`);
    await expect(
      withStartLock(join(dir, 'held.lock'), Date.now() + 300, async () => 'ran'),
    ).rejects.toMatchObject({ code: 'START_TIMEOUT' });
  });
});
