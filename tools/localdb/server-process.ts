import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { classpath, NEO4J_JVM_FLAGS, NEO4J_MAIN_CLASS } from './jvm';
import type { InstancePaths } from './paths';
import { isNeo4jProcess } from './pid-file';

export interface SpawnedNeo4j {
  pid: number;
  /** False once the process has exited (as seen by the process that spawned it). */
  alive: () => boolean;
  exitCode: () => number | null | undefined;
}

/**
 * Starts the Neo4j JVM detached: in its own process group, with no pipe back to us, and unref'd,
 * so that it outlives `npm run db:start`, `npm start` and the Jest run that started it. Its stdout
 * and stderr go to console.log, where the JVM reports what it cannot log itself (a bad setting,
 * a missing class).
 */
export function spawnNeo4j(paths: InstancePaths, libDir: string, heap: string[]): SpawnedNeo4j {
  const out = openSync(paths.consoleLog, 'a');
  try {
    const args = [...NEO4J_JVM_FLAGS, ...heap, '-cp', classpath(libDir), NEO4J_MAIN_CLASS];
    args.push(`--home-dir=${paths.home}`, `--config-dir=${paths.confDir}`);
    const child = spawn('java', args, {
      cwd: paths.home,
      detached: true,
      stdio: ['ignore', out, out],
    });
    let exit: { code: number | null } | undefined;
    let spawnError: Error | undefined;
    child.once('exit', (code) => (exit = { code }));
    child.once('error', (error) => (spawnError = error));
    child.unref();
    if (child.pid === undefined) {
      throw new Error(`Could not start java: ${spawnError?.message ?? 'no process id'}`);
    }
    const pid = child.pid;
    return {
      pid,
      alive: () => exit === undefined && isNeo4jProcess(pid, paths.home),
      exitCode: () => exit?.code,
    };
  } finally {
    // The child holds its own copy of the descriptor.
    closeSync(out);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForExit(pid: number, home: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isNeo4jProcess(pid, home)) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}

/**
 * SIGTERM first: Neo4j then checkpoints and closes its stores, so the next start needs no
 * recovery. SIGKILL only if it has not gone after `graceMs`.
 */
export async function terminate(
  pid: number,
  home: string,
  graceMs: number,
): Promise<'terminated' | 'killed'> {
  signal(pid, 'SIGTERM');
  if (await waitForExit(pid, home, graceMs)) return 'terminated';
  signal(pid, 'SIGKILL');
  await waitForExit(pid, home, 5_000);
  return 'killed';
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    // Already gone between our check and the signal: that is what we wanted.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
