import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { RunnerMessage, ServerMessage, ServerStats } from '../servers/instrument';

export type ServerName = 'ours' | 'anchor' | 'floor' | 'stack';
export const SERVER_NAMES: readonly ServerName[] = ['ours', 'anchor', 'floor', 'stack'];

/** One benchmarked server, each in a child process of its own so its CPU and memory are its own. */
export interface ServerProcess {
  name: ServerName;
  url: string;
  stats: (resetPeak?: boolean) => Promise<ServerStats>;
  stop: () => Promise<void>;
}

const READY_TIMEOUT_MS = 60_000;

export async function startServer(
  name: ServerName,
  port: number,
  env: Record<string, string>,
): Promise<ServerProcess> {
  const child = fork(join(__dirname, '..', 'servers', `${name}.js`), [], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the ${name} server did not start within 60 s`)),
      READY_TIMEOUT_MS,
    );
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the ${name} server exited while starting (code ${code})`));
    });
    child.on('message', (message: ServerMessage) => {
      if (message.type !== 'ready') return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve();
    });
  });
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    stats: (resetPeak = false) => askStats(child, resetPeak),
    stop: () => stop(child),
  };
}

function askStats(child: ChildProcess, resetPeak: boolean): Promise<ServerStats> {
  return new Promise((resolve) => {
    const onMessage = (message: ServerMessage) => {
      if (message.type !== 'stats') return;
      child.off('message', onMessage);
      resolve(message.stats);
    };
    child.on('message', onMessage);
    child.send({ type: 'stats', resetPeak } satisfies RunnerMessage);
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
