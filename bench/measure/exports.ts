import { spawn } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '../../src/paths';

/** One export of a whole scale by `npm run export` (src/export/cli.ts), in a process of its own. */
export interface ExportResult {
  scale: string;
  kind: 'statements' | 'dyads' | 'graphml';
  rows: number;
  ms: number;
  megabytes: number;
  /** The export process's peak RSS, as it reports it (`process.resourceUsage().maxRSS`). */
  peakRssMb: number;
}

const SUMMARY = /: (\d+) rows to .* in ([\d.]+) s, peak RSS ([\d.]+) MiB/;

/**
 * Runs the export CLI for `kind` over the whole graph into a scratch file and reads the summary
 * line it ends with. Peak RSS that stays flat from one scale to the next is what shows that the
 * export streams.
 */
export function measureExport(
  scale: string,
  kind: ExportResult['kind'],
  env: Record<string, string>,
  extra: string[] = [],
): Promise<ExportResult> {
  const out = repoPath('bench', 'results', 'tmp', `export-${scale}.${kind}`);
  const cli = join(repoPath('dist', 'src', 'export', 'cli.js'));
  const child = spawn(process.execPath, [cli, kind, '--out', out, ...extra], {
    env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      const summary = SUMMARY.exec(stderr);
      if (code !== 0 || !summary) {
        reject(new Error(`export ${kind} failed (exit code ${code}): ${stderr.trim()}`));
        return;
      }
      const megabytes = Math.round(statSync(out).size / 1e5) / 10;
      rmSync(out, { force: true });
      resolve({
        scale,
        kind,
        rows: Number(summary[1]),
        ms: Math.round(Number(summary[2]) * 1000),
        megabytes,
        peakRssMb: Number(summary[3]),
      });
    });
  });
}
