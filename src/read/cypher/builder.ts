/**
 * What one read query is assembled with. Every value travels as a parameter (`param`); the text
 * holds only the constant fragments of the translators, names made here, labels and relationship
 * types of the closed vocabularies, and the response keys of the query, which are GraphQL names
 * (`key` checks them). The same plan therefore always gives the same text, which is what Neo4j
 * caches its query plans by.
 */
export class CypherBuilder {
  private names = 0;
  private parameters = 0;
  readonly params: Record<string, unknown> = {};
  private readonly preludes: string[] = [];

  /** A fresh variable: every variable of the query is unique, so no subquery shadows another. */
  variable(prefix: string): string {
    return `${prefix}${this.names++}`;
  }

  /** Fresh variables, one per prefix. */
  variables<const P extends readonly string[]>(...prefixes: P): { [K in keyof P]: string } {
    return prefixes.map((prefix) => this.variable(prefix)) as { [K in keyof P]: string };
  }

  /** A parameter holding `value`, as `$p<n>`. */
  param(value: unknown): string {
    const name = `p${this.parameters++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /**
   * A clause run once before the answer is built, whose variables are in scope for the rest of
   * the query: the entities a filter names are found once, not once per row they filter.
   */
  prelude(clause: string): void {
    this.preludes.push(clause);
  }

  /** The whole query: the preludes, then `body`, which ends in `RETURN … AS answer`. */
  query(body: string): { cypher: string; params: Record<string, unknown> } {
    return { cypher: [...this.preludes, body].join('\n'), params: this.params };
  }
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * A response key as a map key. GraphQL's grammar admits only names (`[_A-Za-z][_0-9A-Za-z]*`) as
 * aliases and fields, so a key never holds anything but those characters; anything else is a bug.
 */
export function key(name: string): string {
  if (!NAME.test(name)) throw new Error(`not a GraphQL name: ${JSON.stringify(name)}`);
  return `\`${name}\``;
}

/**
 * Keys of the answer that are not GraphQL names, so they can never meet a response key: what the
 * answer carries for the server rather than for the client (the GraphQL type of an entity).
 */
export const TYPE_KEY = '`#type`';

/** A map of `[key, expression]` entries, the keys response keys. */
export function map(entries: readonly (readonly [string, string])[]): string {
  return `{${entries.map(([k, v]) => `${key(k)}: ${v}`).join(', ')}}`;
}

/**
 * `body` with `variable` bound to the value of `expression`, computed once: Cypher has no `let`
 * inside an expression, and a one-element list comprehension is one.
 */
export function bind(variable: string, expression: string, body: string): string {
  return `[${variable} IN [${expression}] | ${body}][0]`;
}
