import 'reflect-metadata';
import {
  isAbstractType,
  isObjectType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { buildSchemaSync, type NonEmptyArray } from 'type-graphql';
import { AnalysisResolver } from '../analysis/analysis.resolver';
import { CurationResolver } from '../curation/curation.resolver';
import { EntityResolver } from '../entities/entity.resolver';
import { IngestResolver } from '../ingest/ingest.resolver';
import { PathResolver } from '../paths/path.resolver';
import {
  answerField,
  cursorField,
  sentencesField,
  typeOfAnswer,
  type Answer,
} from '../read/answer';
import { SearchResolver } from '../search/search.resolver';
import { authChecker } from '../security/auth-checker';
import { SourceResolver } from '../sources/source.resolver';
import { DisputeResolver } from '../statements/dispute.resolver';
import { StatementResolver } from '../statements/statement.resolver';

export const RESOLVERS = [
  EntityResolver,
  StatementResolver,
  DisputeResolver,
  SourceResolver,
  SearchResolver,
  PathResolver,
  AnalysisResolver,
  CurationResolver,
  IngestResolver,
] as unknown as NonEmptyArray<Function>; // eslint-disable-line @typescript-eslint/no-unsafe-function-type

/** The fields whose value is worked out in JavaScript from what the answer holds. */
const COMPUTED: Record<string, GraphQLFieldResolver<Answer, unknown>> = {
  'StatementEdge.cursor': cursorField,
  'EntityEdge.cursor': cursorField,
  'SourceEdge.cursor': cursorField,
  'PageInfo.startCursor': cursorField,
  'PageInfo.endCursor': cursorField,
  'Source.sentences': sentencesField,
};

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * The schema from the type-graphql classes, answered as the read layer answers (src/read): the
 * root fields plan and run one query, and every field below reads its value from that answer by
 * its response key (`answerField`), but for the COMPUTED ones. type-graphql's own resolvers for
 * the fields below the roots (its wrappers of plain fields, and the resolvers that only declare
 * arguments) are replaced, so a field costs graphql-js one property read. Entities and path nodes
 * carry their GraphQL type in the answer, which the interface and the union read.
 */
export function buildGraphSchema(): GraphQLSchema {
  const schema = buildSchemaSync({
    resolvers: RESOLVERS,
    authChecker,
    // class-validator runs only where an argument asks for it (the mutation inputs).
    validate: false,
  });
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isAbstractType(type)) type.resolveType = typeOfAnswer;
    if (!isObjectType(type) || ROOTS.has(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      field.resolve = COMPUTED[`${type.name}.${field.name}`] ?? answerField;
    }
  }
  return schema;
}

/** The schema as SDL, sorted so that the committed snapshot only changes when the schema does. */
export function printGraphSchema(schema = buildGraphSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
