import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

/**
 * Reading what Neo4j wrote during one start. The log files grow across starts, so we remember
 * their size before spawning and show only what came after: an old error would mislead.
 */

export function fileSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

export function tailSince(path: string, offset: number, lines: number): string {
  if (!existsSync(path)) return '';
  const size = statSync(path).size;
  const start = size >= offset ? offset : 0; // the file was replaced: read it all
  // A bounded read: the last 64 KiB hold far more than the lines we show.
  const from = Math.max(start, size - 65_536);
  const buffer = Buffer.alloc(size - from);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, from);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8').trimEnd().split(/\r?\n/).slice(-lines).join('\n');
}
