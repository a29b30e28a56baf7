import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { fieldBudget } from './field-budget';

/**
 * How big a query may be. All but the last are checked while it is parsed and validated, so a
 * hostile query is refused before any resolver runs and costs no round trip to Neo4j; the number of
 * fields needs the data, so it is counted while the query runs.
 *
 * Measured with these very rules (fragments flattened) on every operation we know:
 * schema/operations are at most 8 deep (10-country-profile, 12-sources), cost at most 2,896
 * (12-sources: `first: 10` × `first: 3`), 85 tokens, no aliases, no directives; the round-trips test's
 * queries are 9 deep, cost 769 and 233 tokens. The limits leave room above those:
 * - depth 10: a connection takes three levels (`statements { edges { node`), so 10 allows two
 *   nested pages (at most MAX_PAGE_SIZE² rows) and refuses a third.
 * - cost 20,000: Armor multiplies a subtree by a literal `first`, so one full page of 100 with a
 *   rich selection (09-statements-with-provenance with `first: 100` costs about 11,600) passes, and
 *   two nested literal pages of 100 do not. A `first` given as a variable counts once; pages are
 *   still capped by MAX_PAGE_SIZE and nesting by the depth limit.
 * - aliases 15, directives 10: none of our operations needs either, yet a client may batch a few
 *   lookups under aliases or switch fields with @include; far below what it takes to make one
 *   request do the work of hundreds.
 * - tokens 1,000: four times the largest known query, and cheap to parse.
 * - fields 200,000 (items of lists times the fields asked of each, see field-budget.ts): twice what
 *   the largest legitimate answer needs, two nested pages of 100 with a few fields each; a few
 *   megabytes of JSON.
 */
export interface QueryLimits {
  depth: number;
  cost: number;
  aliases: number;
  directives: number;
  tokens: number;
  fields: number;
}

export const QUERY_LIMITS: Readonly<QueryLimits> = Object.freeze({
  depth: 10,
  cost: 20_000,
  aliases: 15,
  directives: 10,
  tokens: 1_000,
  fields: 200_000,
});

export interface QueryProtection {
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  plugins: ApolloServerPlugin[];
  /** Readies the schema for the limits that are checked while a query runs (the field budget). */
  prepareSchema: (schema: GraphQLSchema) => GraphQLSchema;
}

/**
 * GraphQL Armor's depth, cost, alias and directive rules, tuned to our schema, plus the token
 * limit. A refused query is answered 400 GRAPHQL_VALIDATION_FAILED (or GRAPHQL_PARSE_FAILED for
 * tokens) with a message naming the limit, e.g. "Query depth limit of 10 exceeded, found 20.", and
 * `extensions.limit` saying which one. The field budget, which needs the data to tell, counts the
 * items of lists while the query runs and stops the request (400 BAD_USER_INPUT).
 *
 * Two of Armor's protections are replaced rather than used:
 * - max tokens: Armor's Apollo plugin throws from `parsingDidStart`, which Apollo Server 5 treats
 *   as an unexpected failure and answers with status 500; graphql-js enforces the same limit in its
 *   parser (`maxTokens`), which Apollo reports as an ordinary 400 parse error.
 * - field suggestions: Armor's pattern misses graphql-js's "Did you mean the enum value …" and
 *   "Did you mean to use an inline fragment on …", which reveal the schema just the same; see
 *   suggestions.ts.
 */
export function queryProtection(limits: QueryLimits = QUERY_LIMITS): QueryProtection {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.depth, flattenFragments: true, ...reportAs('depth') },
    costLimit: { maxCost: limits.cost, flattenFragments: true, ...reportAs('cost') },
    maxAliases: { n: limits.aliases, ...reportAs('aliases') },
    maxDirectives: { n: limits.directives, ...reportAs('directives') },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  const budget = fieldBudget(limits.fields);
  return {
    validationRules: armor.protect().validationRules,
    parseOptions: { maxTokens: limits.tokens },
    plugins: [budget.plugin],
    prepareSchema: budget.countLists,
  };
}

/**
 * Armor prefixes its messages with "Syntax Error:", which misleads a client whose query parsed
 * fine; the error is reported as a validation error of its own instead, naming the limit.
 */
function reportAs(limit: 'depth' | 'cost' | 'aliases' | 'directives') {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(
          new GraphQLError(error.message.replace(/^Syntax Error:\s*/, ''), {
            extensions: { limit },
          }),
        ),
    ],
  };
}
