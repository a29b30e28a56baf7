import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { LoadResult } from './load-child';

/**
 * Loads a folder with the normal loader in a child process (load-child.ts), so its peak RSS is the
 * loader's own, and returns what the child measured.
 */
export function loadFolder(
  folder: string,
  env: Record<string, string>,
  options: { reset: boolean },
): Promise<LoadResult> {
  const args = [join(__dirname, 'load-child.js'), folder, ...(options.reset ? ['--reset'] : [])];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`loading ${folder} failed (exit code ${code})`));
      resolve(JSON.parse(output.trim().split('\n').at(-1)!) as LoadResult);
    });
  });
}
