import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import type { PromiseOrValue } from 'graphql/jsutils/PromiseOrValue';
import {
  execute,
  getOperationAST,
  getVariableValues,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/**
 * Executes operations with graphql-jit once they recur, with graphql-js's `execute` until then.
 * graphql-jit turns an operation into a JavaScript function for its exact selection, so completing
 * an answer (checking each value's type, serializing scalars, building the result) no longer walks
 * the schema and the query field by field. `npm run bench:execution` measures what that spares:
 * on the benchmark's questions, half or more of the CPU graphql-js spends executing our schema.
 *
 * Compiling costs far more than executing once (0.6–7 ms for our example operations, against
 * 0.1–0.6 ms to parse and validate them), so an operation is compiled on its `compileAfter`-th
 * execution: a client sending ever new queries cannot make each request pay for a compilation,
 * and one that repeats a query pays for it once in `compileAfter` requests at most.
 *
 * Apollo Server's only seam for another executor is the gateway interface, so this is one: it hands
 * Apollo the schema once and never changes it. Everything before execution is still Apollo's (the
 * parse, the validation rules of security/armor.ts, the document cache, the plugins), and so is
 * everything after (error formatting, status codes). Apollo keeps one parsed document per query
 * text, so the count and the compiled function are kept with the document, as long as Apollo
 * keeps it.
 */
export function compiledExecution(schema: GraphQLSchema, compileAfter: number): Gateway {
  const execute = compiledExecutor(schema, compileAfter);
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return {
        executor: async ({ document, request, context }) =>
          execute(document, request.operationName ?? null, context, request.variables),
      };
    },
    async stop() {},
  };
}

export type CompiledExecutor = (
  document: DocumentNode,
  operationName: string | null,
  context: unknown,
  variables: Record<string, unknown> | undefined,
) => PromiseOrValue<ExecutionResult>;

interface Operation {
  executions: number;
  compiled?:
    | { query: CompiledQuery; variables: readonly VariableDefinitionNode[] }
    | ExecutionResult;
}

/** Executes an operation, by graphql-js until its `compileAfter`-th execution, then compiled. */
export function compiledExecutor(schema: GraphQLSchema, compileAfter: number): CompiledExecutor {
  const operations = new WeakMap<DocumentNode, Map<string | null, Operation>>();
  const operationOf = (document: DocumentNode, operationName: string | null): Operation => {
    let byName = operations.get(document);
    if (!byName) operations.set(document, (byName = new Map()));
    let operation = byName.get(operationName);
    if (!operation) byName.set(operationName, (operation = { executions: 0 }));
    return operation;
  };

  return (document, operationName, contextValue, variableValues = {}) => {
    const operation = operationOf(document, operationName);
    if (!operation.compiled) {
      if (++operation.executions < compileAfter) {
        return execute({ schema, document, operationName, contextValue, variableValues });
      }
      // A document Apollo validated compiles; what cannot (an unknown operation name) comes back
      // as an ExecutionResult holding the same error graphql-js gives.
      const query = compileQuery(schema, document, operationName ?? undefined);
      operation.compiled = isCompiledQuery(query)
        ? {
            query,
            variables: getOperationAST(document, operationName)?.variableDefinitions ?? [],
          }
        : query;
    }
    const { compiled } = operation;
    if (!('query' in compiled)) return compiled;
    // graphql-js checks the variables first, so that a bad one is answered exactly as graphql-js
    // answers it: its messages name the value and the expected type, and carry the variable's node,
    // by which Apollo answers BAD_USER_INPUT with status 400. graphql-jit's own check is terser and
    // has no node.
    if (compiled.variables.length) {
      const checked = getVariableValues(schema, compiled.variables, variableValues, {
        maxErrors: 50,
      });
      if (checked.errors) return { errors: checked.errors };
    }
    return compiled.query.query(undefined, contextValue, variableValues);
  };
}
