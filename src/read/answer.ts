import {
  getNamedType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
} from 'graphql';
import { encodeCursor } from '../pagination/cursor';
import { fieldsOn, selectionOf, type Selection } from './selection';

/**
 * An object of the answer: built by the read layer's Cypher, keyed by the response keys of the
 * query (aliases included), so that two aliases of one field with different arguments each have
 * their own value. Every field of the schema's object types reads its value from here (schema/
 * build.ts sets the resolvers); the few computed in JavaScript are below.
 */
export type Answer = Record<string, unknown>;

/** A field's value in its parent, under the key the client asked it with. */
export const answerField: GraphQLFieldResolver<Answer, unknown> = (parent, _args, _ctx, info) =>
  parent[info.path.key];

/** The GraphQL type of an entity or a path node, which the answer carries (cypher/builder.ts). */
export const typeOfAnswer = (value: Answer): string => value['#type'] as string;

/** A cursor: the answer holds the row's sort key, and the cursor is its opaque encoding. */
export const cursorField: GraphQLFieldResolver<Answer, unknown> = (parent, _args, _ctx, info) => {
  const sortKey = parent[info.path.key] as (string | number | null)[] | null | undefined;
  return sortKey == null ? null : encodeCursor(sortKey);
};

/**
 * `Source.sentences`: the answer holds the text and the offsets of each sentence, in UTF-16 code
 * units as evidence offsets are; Cypher's `substring` counts code points, JavaScript's `slice`
 * code units, so the cut is made here.
 */
export const sentencesField: GraphQLFieldResolver<Answer, unknown> = (
  parent,
  _args,
  _ctx,
  info,
) => {
  const source = parent[info.path.key] as { text: string; starts: number[]; ends: number[] };
  const sentences = source.starts.map((start, index) => {
    const end = source.ends[index] ?? start;
    return { index, start, end, text: source.text.slice(start, end) };
  });
  return answerFrom(sentences, info);
};

/**
 * A value computed in JavaScript (what ingestion extracted, a mutation's payload), whose objects
 * are keyed by field name, as an answer: keyed by the response keys of the field's selection.
 * Only object types are followed; what the read layer answers never needs this.
 */
export function answerFrom(value: unknown, info: GraphQLResolveInfo): unknown {
  return keyedBy(value, getNamedType(info.returnType), selectionOf(info));
}

function keyedBy(value: unknown, type: GraphQLNamedType, selection: Selection): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map((item) => keyedBy(item, type, selection));
  if (!isObjectType(type)) {
    if (typeof value === 'object') throw new Error(`cannot key a ${type.name} computed in JS`);
    return value;
  }
  const fields = type.getFields();
  const out: Answer = {};
  for (const field of fieldsOn(selection, type.name)) {
    const definition = fields[field.name];
    if (!definition) throw new Error(`${type.name} has no field ${field.name}`);
    const own = (value as Record<string, unknown>)[field.name];
    out[field.alias] = keyedBy(own, getNamedType(definition.type), field);
  }
  return out;
}
