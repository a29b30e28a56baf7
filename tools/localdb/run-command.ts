import { spawn, type SpawnOptions } from 'node:child_process';

export interface CommandResult {
  code: number | null;
  output: string;
}

/**
 * Runs a short-lived command to completion and collects its stdout and stderr together (Java
 * tools print their errors on either). Rejects only when the command cannot be started, with the
 * Node error whose `code` is ENOENT when the program is not installed.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: Pick<SpawnOptions, 'cwd' | 'env'> = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('error', reject);
    child.once('close', (code) =>
      resolve({ code, output: Buffer.concat(chunks).toString('utf8') }),
    );
  });
}

export function isNotInstalled(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** The last lines of a tool's output, which is where Java and Maven put the reason they failed. */
export function lastLines(text: string, count: number): string {
  return text.trimEnd().split(/\r?\n/).slice(-count).join('\n');
}
