/** A problem found in a seed file, located so that a person can go straight to it. */
export interface SeedProblem {
  file: string;
  line?: number;
  column?: number;
  /** Where in the document, e.g. `statements[3].evidence.start`. */
  path?: string;
  message: string;
}

export function formatProblem(p: SeedProblem): string {
  const at = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
  return `${at}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
}

export class SeedValidationError extends Error {
  constructor(readonly problems: readonly SeedProblem[]) {
    super(
      `Seed validation failed; nothing was written (${problems.length} problem${
        problems.length === 1 ? '' : 's'
      }):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'SeedValidationError';
  }
}

export function pathToString(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`))
    .join('');
}
