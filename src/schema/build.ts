import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
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

let built: GraphQLSchema | undefined;

/** Builds the schema from the type-graphql classes, once per process. */
export function buildGraphSchema(): GraphQLSchema {
  built ??= buildSchemaSync({
    resolvers: RESOLVERS,
    authChecker,
    // class-validator runs only where an argument asks for it (the mutation inputs): validating
    // every read argument on every field call would cost more than the query itself.
    validate: false,
  });
  return built;
}

/** The schema as SDL, sorted so that the committed snapshot only changes when the schema does. */
export function printGraphSchema(schema = buildGraphSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
