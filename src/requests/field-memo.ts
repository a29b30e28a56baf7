import {
  visit,
  type ASTNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
} from 'graphql';

/**
 * What a resolver works out from its field's selection (which relations and pages a lookup
 * fetches ahead, which parts of a statement a page reads, the page's arguments) is the same on
 * every request of the same operation with the same values of the variables it can depend on.
 * Apollo Server keeps parsed operations, so a field's AST node is the same object from one request
 * to the next: the results are kept on it, by those values, and worked out again only when they
 * change. Working them out (parsing the selection, planning, keying) was about a tenth of the
 * server's CPU time per request in the benchmark.
 *
 * `scope` is what else the result depends on, the service's config: two apps in one process (as
 * in the tests) keep apart. A field merged from several places of an operation (`fieldNodes` of
 * more than one node) is not kept: its one node does not name the whole selection.
 */
export function memoOnField<T>(
  info: GraphQLResolveInfo,
  scope: object,
  withOwnArguments: boolean,
  compute: () => T,
): T {
  const field = info.fieldNodes[0];
  if (!field || info.fieldNodes.length > 1) return compute();
  const names = variablesOf(field, info.fragments);
  const used = withOwnArguments ? names.own.concat(names.below) : names.below;
  const key = JSON.stringify([info.parentType.name, ...used.map((n) => info.variableValues[n])]);
  let byField = memos.get(scope);
  if (!byField) memos.set(scope, (byField = new WeakMap()));
  let known = byField.get(field);
  if (!known) byField.set(field, (known = new Map()));
  if (known.has(key)) return known.get(key) as T;
  const value = compute();
  // Variables that change on every request (a name asked below the field) must not grow it.
  if (known.size >= MAX_KEPT_PER_FIELD) known.clear();
  known.set(key, value);
  return value;
}

const MAX_KEPT_PER_FIELD = 16;

const memos = new WeakMap<object, WeakMap<FieldNode, Map<string, unknown>>>();
const variablesByField = new WeakMap<FieldNode, { own: string[]; below: string[] }>();

/** The variables a field's own arguments use, and those used anywhere below it, fragments included. */
function variablesOf(
  field: FieldNode,
  fragments: Record<string, FragmentDefinitionNode>,
): { own: string[]; below: string[] } {
  let names = variablesByField.get(field);
  if (!names) {
    names = {
      own: [...collect(field.arguments ?? [], fragments)],
      below: field.selectionSet ? [...collect([field.selectionSet], fragments)] : [],
    };
    variablesByField.set(field, names);
  }
  return names;
}

function collect(
  nodes: readonly ASTNode[],
  fragments: Record<string, FragmentDefinitionNode>,
  out = new Set<string>(),
  seen = new Set<string>(),
): Set<string> {
  for (const node of nodes) {
    visit(node, {
      Variable(v) {
        out.add(v.name.value);
      },
      FragmentSpread(spread) {
        const fragment = fragments[spread.name.value];
        if (!fragment || seen.has(spread.name.value)) return;
        seen.add(spread.name.value);
        collect([fragment], fragments, out, seen);
      },
    });
  }
  return out;
}
