import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The pid file of a local instance, and whether the pid in it is still our Neo4j. A pid alone can
 * be reused by an unrelated process after a crash or reboot, so on Linux we also require the
 * process's command line to carry this instance's `--home-dir`.
 */

export function readPidFile(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export function writePidFile(pidFile: string, pid: number): void {
  mkdirSync(dirname(pidFile), { recursive: true });
  writeFileSync(pidFile, `${pid}\n`);
}

export function removePidFile(pidFile: string): void {
  rmSync(pidFile, { force: true });
}

/** Whether a process has this pid, a zombie or another user's included. */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function isNeo4jProcess(pid: number, home: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    // ESRCH: gone. EPERM: alive but another user's, so not the one we started.
    return false;
  }
  if (!existsSync('/proc/self/cmdline')) return true; // no procfs (macOS): trust the pid
  try {
    // A zombie (exited, not yet reaped) has an empty command line, and counts as gone.
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.includes(`--home-dir=${home}`);
  } catch {
    return false;
  }
}

/** The pid of the running instance, or undefined; a pid file left by a dead process is removed. */
export function livePid(pidFile: string, home: string): number | undefined {
  const pid = readPidFile(pidFile);
  if (pid !== undefined && isNeo4jProcess(pid, home)) return pid;
  removePidFile(pidFile);
  return undefined;
}
