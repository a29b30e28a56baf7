import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isNeo4jProcess, livePid, readPidFile, removePidFile, writePidFile } from './pid-file';

let dir: string;
let pidFile: string;
const children: ChildProcess[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'localdb-pid-'));
  pidFile = join(dir, 'run', 'neo4j.pid');
});

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A stand-in for the Neo4j JVM: a process whose command line carries `--home-dir=<home>`. The `--`
 * keeps Node from reading `--home-dir` as an option of its own, which would make it exit at once.
 */
async function fakeNeo4j(home: string): Promise<number> {
  const child = spawn(process.execPath, [
    '-e',
    'setInterval(() => {}, 1000)',
    '--',
    `--home-dir=${home}`,
  ]);
  children.push(child);
  await new Promise((resolve, reject) => child.once('spawn', resolve).once('error', reject));
  return child.pid!;
}

/** A pid that no process has: one that just exited and was reaped. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid ?? 0;
}

describe('pid file', () => {
  it('round-trips a pid, creating the run folder', () => {
    writePidFile(pidFile, 4242);
    expect(readPidFile(pidFile)).toBe(4242);
    removePidFile(pidFile);
    expect(existsSync(pidFile)).toBe(false);
  });

  it('reads a missing or garbled pid file as no pid', () => {
    expect(readPidFile(pidFile)).toBeUndefined();
    writePidFile(pidFile, 1);
    writeFileSync(pidFile, 'not a pid\n');
    expect(readPidFile(pidFile)).toBeUndefined();
  });

  it('removing a missing pid file is harmless', () => {
    expect(() => removePidFile(pidFile)).not.toThrow();
  });
});

describe('livePid', () => {
  it('gives the pid of a running server of this home', async () => {
    const pid = await fakeNeo4j(dir);
    writePidFile(pidFile, pid);
    expect(livePid(pidFile, dir)).toBe(pid);
    expect(existsSync(pidFile)).toBe(true);
  });

  it('removes a stale pid file whose process is gone', async () => {
    writePidFile(pidFile, await deadPid());
    expect(livePid(pidFile, dir)).toBeUndefined();
    expect(existsSync(pidFile)).toBe(false);
  });
});

describe('isNeo4jProcess', () => {
  const linux = existsSync('/proc/self/cmdline');

  (linux ? it : it.skip)(
    'does not take a reused pid of an unrelated process for the server',
    async () => {
      const pid = await fakeNeo4j(join(dir, 'another-instance'));
      expect(isNeo4jProcess(pid, dir)).toBe(false);
      expect(isNeo4jProcess(process.pid, dir)).toBe(false);
    },
  );

  it('says a process that has exited is not running', async () => {
    expect(isNeo4jProcess(await deadPid(), dir)).toBe(false);
  });
});
