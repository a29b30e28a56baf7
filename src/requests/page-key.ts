const keys = new WeakMap<object, string>();

/**
 * The key of a page's arguments: the same text for the same arguments, whatever the order of
 * their keys or the class of their objects (type-graphql hands resolvers class instances, the
 * look-ahead of graph/lookahead.ts plain objects), so that a page fetched ahead is found. Kept per
 * arguments object, which field-memo.ts hands out again on later requests: page arguments are
 * never changed once made.
 */
export function pageKey(args: object): string {
  let key = keys.get(args);
  if (key === undefined) {
    key = JSON.stringify(args, (_key, v: unknown) =>
      v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
        : v,
    );
    keys.set(args, key);
  }
  return key;
}
