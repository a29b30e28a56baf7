/**
 * graphql-js helps a client that mistyped a name by suggesting the right one ("Did you mean
 * "name"?", "Did you mean the enum value "DENY"?", "Did you mean to use an inline fragment on
 * "Leader"?"). With introspection off, those hints would let a client map the schema name by name,
 * so the server removes them. Suggested names never hold a question mark, so the hint ends at the
 * first one.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean\b[^?]*\?/g, '');
}
