import { execute, parse, type GraphQLSchema } from 'graphql';
import type { Executor } from '../db/executor';
import type { ReadLimits } from './plan/plan';
import type { ReadTrace } from './read';

export type { ReadTrace };

/**
 * The reads an operation makes, planned and translated but not run: every read is answered with
 * no rows. For looking at the Cypher of a query without a database (the snapshot tests, and
 * anyone wondering what a query sends). Only what the read resolvers use is in the context.
 * `errors` are those the execution met, which include the answers' own: no rows is a path
 * between entities that do not exist, for instance.
 */
export async function traceReads(
  schema: GraphQLSchema,
  limits: ReadLimits,
  document: string,
  variables: Record<string, unknown> = {},
): Promise<{ reads: ReadTrace[]; errors: string[] }> {
  const executor = { read: async () => ({ records: [] }) } as unknown as Executor;
  const reads: ReadTrace[] = [];
  const result = await execute({
    schema,
    document: parse(document),
    variableValues: variables,
    contextValue: { executor, limits, reads },
  });
  return { reads, errors: (result.errors ?? []).map((e) => e.message) };
}
