import 'reflect-metadata';
import {
  isAbstractType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLSchema,
  type GraphQLTypeResolver,
} from 'graphql';
import { buildSchemaSync, type NonEmptyArray } from 'type-graphql';
import { authChecker } from '../security/auth-checker';
import { EntityResolver } from '../graph/entity.resolver';
import { KIND_FIELD_RESOLVERS } from '../graph/kind-fields.resolver';
import { StatementResolver } from '../statements/statement.resolver';
import { SourceResolver } from '../sources/source.resolver';
import { SearchResolver } from '../search/search.resolver';
import { PathResolver } from '../graph-paths/path.resolver';
import { DisputeResolver } from '../disputes/dispute.resolver';
import { CurationResolver } from '../curation/curation.resolver';
import { IngestResolver } from '../ingest/ingest.resolver';
import { entityTypeName } from '../graph/entity.type';
import { pathNodeTypeName } from '../graph-paths/path.type';

export const RESOLVERS = [
  EntityResolver,
  ...KIND_FIELD_RESOLVERS,
  StatementResolver,
  SourceResolver,
  SearchResolver,
  PathResolver,
  DisputeResolver,
  CurationResolver,
  IngestResolver,
] as unknown as NonEmptyArray<Function>; // eslint-disable-line @typescript-eslint/no-unsafe-function-type

/**
 * How each interface and union tells the type of a value. type-graphql wraps these in async
 * functions, and graphql-js then waits for a promise for every entity or path node of an answer;
 * ours are synchronous, so the schema gets them as they are.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each takes the rows of its own type
const TYPE_RESOLVERS: Record<string, GraphQLTypeResolver<any, unknown>> = {
  Entity: entityTypeName,
  PathNode: pathNodeTypeName,
};

let built: GraphQLSchema | undefined;

/** Builds the schema from the type-graphql classes, once per process. */
export function buildGraphSchema(): GraphQLSchema {
  if (built) return built;
  built = buildSchemaSync({
    resolvers: RESOLVERS,
    authChecker,
    // class-validator runs only where an argument asks for it (the mutation inputs): validating
    // every read argument on every field call would cost more than the query itself.
    validate: false,
  });
  for (const type of Object.values(built.getTypeMap())) {
    if (!isAbstractType(type)) continue;
    const resolveType = TYPE_RESOLVERS[type.name];
    if (!resolveType) throw new Error(`no synchronous type resolver for ${type.name}`);
    type.resolveType = resolveType;
  }
  return built;
}

/** The schema as SDL, sorted so that the committed snapshot only changes when the schema does. */
export function printGraphSchema(schema = buildGraphSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
