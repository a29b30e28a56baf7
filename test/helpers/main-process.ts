import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { repoPath } from '../../src/paths';

/**
 * The service as `npm start` runs it: `node dist/src/main.js`, in a child process of its own with
 * the environment given, so signals and exit codes are the real ones.
 */
export interface MainProcess {
  url: string;
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far (pino's JSON lines). */
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export const MAIN_JS = repoPath('dist', 'src', 'main.js');

/**
 * Compiles src into dist (incremental, a few seconds when little changed). tsc still writes every
 * file when some other file has a type error, so the build only fails when main.js is missing.
 */
export async function buildDist(): Promise<void> {
  const tsc = repoPath('node_modules', 'typescript', 'bin', 'tsc');
  await new Promise<void>((resolve) => {
    execFile(process.execPath, [tsc, '-p', repoPath('tsconfig.build.json')], () => resolve());
  });
  if (!existsSync(MAIN_JS)) throw new Error(`the build did not produce ${MAIN_JS}`);
}

export async function startMain(env: Record<string, string>): Promise<MainProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN_JS], {
    cwd: repoPath(),
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;
  const listening = new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (output.includes('"msg":"listening"')) {
        clearInterval(check);
        resolve();
      }
    }, 50);
    void exited.then(({ code }) => {
      clearInterval(check);
      reject(new Error(`main.js exited with ${code} before listening:\n${output}`));
    });
  });
  await listening;
  return { url, child, output: () => output, exited };
}

/** A port nobody listens on right now (the OS picks it; the child takes it a moment later). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
