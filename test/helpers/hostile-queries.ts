/**
 * Queries built to break the limits of src/security/armor.ts, shared by its unit test and the
 * end-to-end tests. Each is valid GraphQL for our schema, so only the limit can refuse it.
 */

const STEPS: readonly [field: string, leaf: string][] = [
  ['statementsBy', 'totalCount'],
  ['edges', 'cursor'],
  ['node', 'text'],
  ['speaker', 'name'],
];

/** Exactly `levels` deep: entity → statementsBy → edges → node → speaker → statementsBy → … */
export function deepQuery(levels: number): string {
  const between = levels - 2; // `entity` is the first level and a scalar the last
  let query = between === 0 ? 'name' : STEPS[(between - 1) % STEPS.length]![1];
  for (let i = between - 1; i >= 0; i--) query = `${STEPS[i % STEPS.length]![0]} { ${query} }`;
  return `{ entity(id: "armenia") { ${query} } }`;
}

export function aliasedQuery(aliases: number): string {
  return `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: sources { totalCount }`).join(' ')} }`;
}

/** Two directives on each of seven fields. */
export const MANY_DIRECTIVES = `{ statements {
  totalCount @include(if: true) @skip(if: false)
  edges @include(if: true) @skip(if: false) {
    cursor @include(if: true) @skip(if: false)
    node @include(if: true) @skip(if: false) {
      id @include(if: true) @skip(if: false)
      text @include(if: true) @skip(if: false)
      stance @include(if: true) @skip(if: false)
    }
  }
} }`;

/** Two nested pages of 100 written as literals, which the cost rule multiplies. */
export const COSTLY_QUERY = `{ sources(first: 100) { edges { node {
  statements(first: 100) { edges { node { text } } } } } } }`;

export function manyTokens(tokens: number): string {
  return `{ ${'__typename '.repeat(tokens - 2)}}`;
}
