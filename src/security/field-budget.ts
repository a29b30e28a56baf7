import type { ApolloServerPlugin } from '@apollo/server';
import { BadUserInputError } from '../errors/errors';

/**
 * The one limit the query's text cannot tell: how big the answer gets. Lists without pages
 * (`relations`, `about`, `allies`, …) multiply by how much data there is, so a query well inside
 * the depth and cost limits, say `relations { other { relations { other { relations { … } } } } }`,
 * can ask for millions of fields on a large graph. Neo4j's work stays bounded (one batched query per
 * level, see requests/loaders.ts), but the answer would be built in this process's memory.
 *
 * So the fields resolved for one request are counted, and past `maxFields` the request is stopped:
 * every further field fails at once, and the answer is replaced by a single BAD_USER_INPUT error
 * (HTTP 400) naming the limit, rather than partial data and an error per branch still running.
 */
export function fieldBudgetPlugin(maxFields: number): ApolloServerPlugin {
  const message =
    `The answer would hold more than ${maxFields} fields; ask for less ` +
    '(smaller pages, fewer nested lists).';
  return {
    async requestDidStart() {
      let resolved = 0;
      return {
        async executionDidStart() {
          return {
            willResolveField() {
              if (++resolved > maxFields) {
                throw new BadUserInputError(message, { limit: 'fields' });
              }
            },
          };
        },
        async willSendResponse({ response }) {
          if (resolved <= maxFields || response.body.kind !== 'single') return;
          response.body.singleResult = {
            errors: [{ message, extensions: { code: 'BAD_USER_INPUT', limit: 'fields' } }],
          };
          response.http.status = 400;
        },
      };
    },
  };
}
