/**
 * The key of a page's arguments: the same text for the same arguments, whatever the order of
 * their keys or the class of their objects (type-graphql hands resolvers class instances, the
 * look-ahead of graph/lookahead.ts plain objects), so that a page fetched ahead is found.
 */
export function pageKey(args: object): string {
  return JSON.stringify(args, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
