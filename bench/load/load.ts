import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '../../src/paths';
import type { BulkResult } from '../report/results';
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
  return runChild<LoadResult>(
    'load-child.js',
    [folder, ...(options.reset ? ['--reset'] : [])],
    env,
    seedNodeFlags(),
  );
}

/**
 * The Node flags `npm run seed` gives the loader (package.json), so that the child measures what
 * users run: the heap cap that keeps the loader's memory flat.
 */
export function seedNodeFlags(): string[] {
  const scripts = (JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as Pkg).scripts;
  const words = scripts.seed.split(/\s+/);
  const flags = words.slice(words.lastIndexOf('node') + 1);
  return flags.slice(
    0,
    flags.findIndex((word) => !word.startsWith('--')),
  );
}

interface Pkg {
  scripts: { seed: string };
}

/** The same data by the bare script of the floor (floor-child.ts), into an empty database. */
export function floorLoad(folder: string, env: Record<string, string>): Promise<BulkResult> {
  return runChild<BulkResult>('floor-child.js', [folder], env);
}

/** The same data by the offline import (import-child.ts) into a local instance, which it restarts. */
export function importFolder(
  folder: string,
  instance: string,
  boltPort: number,
  env: Record<string, string>,
): Promise<BulkResult> {
  return runChild<BulkResult>('import-child.js', [folder, instance, String(boltPort)], env);
}

/** Megabytes on disk under `dirs` (du), for Neo4j's store size. */
export function diskMb(dirs: string[]): number {
  const out = execFileSync('du', ['-sk', '-c', ...dirs], { encoding: 'utf8' });
  const total = out.trim().split('\n').at(-1)!.split(/\s+/)[0]!;
  return Math.round(Number(total) / 1024);
}

function runChild<T>(
  script: string,
  args: string[],
  env: Record<string, string>,
  nodeFlags: string[] = [],
): Promise<T> {
  const child = spawn(process.execPath, [...nodeFlags, join(__dirname, script), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`${script} ${args[0]} failed (exit code ${code})`));
      resolve(JSON.parse(output.trim().split('\n').at(-1)!) as T);
    });
  });
}
