import type { ApolloServerPlugin } from '@apollo/server';
import {
  defaultFieldResolver,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { BadUserInputError } from '../errors/errors';

/**
 * The one limit the query's text cannot tell: how big the answer gets. Lists without pages
 * (`relations`, `about`, `allies`, …) multiply by how much data there is, so a query well inside
 * the depth and cost limits, say `relations { other { relations { other { relations { … } } } } }`,
 * can ask for millions of fields on a large graph. Neo4j answers it in one query (src/read), and
 * graphql-js would then complete every field of it in this process's memory.
 *
 * So the fields of an answer are counted while it is built, and past `maxFields` the request is
 * stopped: every further list fails at once, and the answer is replaced by a single
 * BAD_USER_INPUT error (HTTP 400) naming the limit, rather than partial data and an error per
 * branch still running.
 *
 * Only lists can make an answer outgrow its query, so only lists are counted: a list of n items,
 * each asked for k fields, adds n × k (n for a list of scalars). The fields outside lists are
 * bounded by the query's own size (the token limit). Counting there, rather than with Apollo's
 * `willResolveField` hook, spares a call on every field of every answer: Apollo wraps every
 * resolver of the schema when a plugin has that hook (its wrapper was among the busiest functions
 * in a CPU profile of the benchmark's entity lookup).
 */
export interface FieldBudget {
  /** Makes the schema's list fields count; once per schema, however often it is called. */
  countLists: (schema: GraphQLSchema) => GraphQLSchema;
  plugin: ApolloServerPlugin;
}

interface Count {
  resolved: number;
  max: number;
  /** The fields asked of each item of a list field, worked out once per field of the request. */
  widths: Map<FieldNode, number>;
}

/** Where a request's count is kept on its context value: set by the plugin, read by the lists. */
const COUNT = Symbol('the field budget of this request');
type Counted = { [COUNT]?: Count };
const COUNTED = Symbol('counts its items against the field budget');

export function fieldBudget(maxFields: number): FieldBudget {
  const message =
    `The answer would hold more than ${maxFields} fields; ask for less ` +
    '(smaller pages, fewer nested lists).';
  return {
    countLists: (schema) => countListFields(schema, message),
    plugin: {
      async requestDidStart({ contextValue }) {
        const count: Count = { resolved: 0, max: maxFields, widths: new Map() };
        (contextValue as Counted)[COUNT] = count;
        return {
          async willSendResponse({ response }) {
            if (count.resolved <= maxFields || response.body.kind !== 'single') return;
            response.body.singleResult = {
              errors: [{ message, extensions: { code: 'BAD_USER_INPUT', limit: 'fields' } }],
            };
            response.http.status = 400;
          },
        };
      },
    },
  };
}

function countListFields(schema: GraphQLSchema, message: string): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      if ((resolve as { [COUNTED]?: true })[COUNTED]) continue;
      const counted: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
        const count = (context as Counted | undefined)?.[COUNT];
        if (count === undefined) return resolve(source, args, context, info);
        if (count.resolved > count.max) throw new BadUserInputError(message, { limit: 'fields' });
        const value = resolve(source, args, context, info);
        if (isThenable(value)) return value.then((items) => add(count, items, info));
        return add(count, value, info);
      };
      field.resolve = Object.assign(counted, { [COUNTED]: true as const });
    }
  }
  return schema;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

function add(count: Count, items: unknown, info: GraphQLResolveInfo): unknown {
  if (Array.isArray(items)) count.resolved += items.length * widthOf(count, info);
  return items;
}

/** The fields asked of each item of a list (1 for scalars), fragments included. */
function widthOf(count: Count, info: GraphQLResolveInfo): number {
  const key = info.fieldNodes[0]!;
  let width = count.widths.get(key);
  if (width === undefined) {
    width = 0;
    for (const node of info.fieldNodes) {
      width += node.selectionSet ? selected(node.selectionSet, info, new Set()) : 1;
    }
    width = Math.max(1, width);
    count.widths.set(key, width);
  }
  return width;
}

function selected(set: SelectionSetNode, info: GraphQLResolveInfo, seen: Set<string>): number {
  let n = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) n++;
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      n += selected(selection.selectionSet, info, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = info.fragments[selection.name.value];
      if (fragment) n += selected(fragment.selectionSet, info, seen);
    }
  }
  return n;
}
