/**
 * A small YAML emitter for the generated seed files, in the block style people write by hand (and
 * which the loader's YAML parser reads a third faster than flow style). Strings are quoted as JSON,
 * which is valid YAML, unless they are plain words.
 */
type Value = string | number | boolean | undefined | Value[] | { [key: string]: Value };

const PLAIN = /^[A-Za-z][A-Za-z0-9_-]*$/;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n)$/i;

function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return PLAIN.test(value) && !RESERVED.test(value) ? value : JSON.stringify(value);
}

function isScalar(value: Value): value is string | number | boolean {
  return typeof value !== 'object';
}

/** Lines of `value` (an object) at `indent`, skipping undefined fields. */
export function yamlLines(value: { [key: string]: Value }, indent = ''): string[] {
  const lines: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (isScalar(v)) lines.push(`${indent}${key}: ${scalar(v)}`);
    else if (Array.isArray(v)) {
      if (v.length === 0) {
        lines.push(`${indent}${key}: []`);
        continue;
      }
      lines.push(`${indent}${key}:`);
      for (const item of v) lines.push(...listItem(item, `${indent}  `));
    } else {
      lines.push(`${indent}${key}:`, ...yamlLines(v, `${indent}  `));
    }
  }
  return lines;
}

function listItem(item: Value, indent: string): string[] {
  if (item === undefined) return [];
  if (isScalar(item)) return [`${indent}- ${scalar(item)}`];
  if (Array.isArray(item)) throw new Error('nested lists are not emitted');
  const [first, ...rest] = yamlLines(item, `${indent}  `);
  return first === undefined ? [`${indent}- {}`] : [`${indent}- ${first.trimStart()}`, ...rest];
}
