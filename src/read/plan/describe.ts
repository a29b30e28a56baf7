/**
 * A plan as an indented outline, one line per node: its scalar parts on the line, what it holds
 * below. `{ key, field }` pairs print as `key: field`. For reading plans in snapshots and logs.
 *
 *   root="statements"
 *     page descending=true first=20 after=null
 *       where speaker="Pashinyan"
 *       connection
 *         edges: of="edges"
 */
export function describePlan(plan: unknown): string {
  const lines: string[] = [];
  describeNode(plan as Node, '', 0, lines);
  return lines.join('\n');
}

type Node = Record<string, unknown>;

const isScalar = (v: unknown): boolean =>
  v === null ||
  typeof v !== 'object' ||
  (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object'));

const isEmpty = (v: unknown): boolean => typeof v === 'object' && Object.keys(v!).length === 0;

function describeNode(node: Node, label: string, depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth);
  if ('key' in node && 'field' in node && Object.keys(node).length === 2) {
    const name = `${node.key as string}:`;
    if (isScalar(node.field)) lines.push(`${indent}${name} ${String(node.field)}`);
    else describeNode(node.field as Node, name, depth, lines);
    return;
  }
  const scalars = Object.entries(node)
    .filter(([, v]) => isScalar(v))
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  lines.push(`${indent}${[label, ...scalars].filter(Boolean).join(' ')}`);
  for (const [k, v] of Object.entries(node)) {
    if (isScalar(v) || isEmpty(v)) continue;
    if (!Array.isArray(v)) {
      describeNode(v as Node, k, depth + 1, lines);
      continue;
    }
    // The fields of a value are its children; any other list is a child holding its items.
    const at = k === 'fields' ? depth + 1 : depth + 2;
    if (k !== 'fields') lines.push(`${indent}  ${k}`);
    for (const item of v) describeNode(item as Node, '', at, lines);
  }
}
