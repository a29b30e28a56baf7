import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { readSeedFile, type ParseResult } from './parse';

/**
 * What the loader reads: a name for messages and a way to parse it. Inputs are read twice (once to
 * check, once to write) rather than held, so memory stays flat however many files are loaded.
 */
export interface SeedInput {
  /** Where the input came from, for messages. */
  name: string;
  read: () => ParseResult;
}

export function seedFileInputs(paths: readonly string[]): SeedInput[] {
  return collectSeedFiles(paths).map((file) => ({ name: file, read: () => readSeedFile(file) }));
}

/** Expands directories into their `*.yaml`/`*.yml` files (not recursive), in name order. */
export function collectSeedFiles(paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    const full = resolve(p);
    let isDir = false;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      return [full]; // reported as unreadable by the parser, with its name
    }
    if (!isDir) return [full];
    return readdirSync(full)
      .filter((f) => ['.yaml', '.yml'].includes(extname(f)))
      .sort()
      .map((f) => join(full, f));
  });
}

/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a substring as
 * a slice of its parent, so an id parsed from a file would keep the whole file's text alive as long
 * as the id is kept: a source id held for each of 5,000 files kept every file (about 400 MB at a
 * million statements). Everything the loader keeps across files goes through here.
 */
export function unshared(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
