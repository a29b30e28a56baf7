import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository root, found by walking up to package.json so that the same code works from
 * `src/` under ts-jest and from `dist/src/` when compiled.
 */
function findRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

export const REPO_ROOT = findRoot();

export function repoPath(...parts: string[]): string {
  return join(REPO_ROOT, ...parts);
}
