import {
  getNamedType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { buildGraphSchema } from '../../schema/build';
import { traceReads } from '../trace';

/**
 * Every field of every type a query can reach is planned and translated: for each one, a query
 * that reaches its type by the shortest way from Query and asks that field is traced (planned and
 * translated, not run). A field added to the schema without a plan fails here, naming it.
 */
const schema = buildGraphSchema();
const limits = { maxPageSize: 100 };

interface Step {
  /** The selection that leads here from Query, with a hole (`%`) for what is asked below. */
  query: string;
}

/** Arguments a field needs although none is non-null: `entity` takes an id or a name. */
const CHOSEN: Record<string, string> = { entity: '(id: "azerbaijan")' };

/** Required arguments given a value of their type; the rest keep their defaults. */
function args(field: GraphQLField<unknown, unknown>): string {
  if (CHOSEN[field.name] && field.args.length > 0) return CHOSEN[field.name]!;
  const given = field.args
    .filter((a) => isNonNullType(a.type) && a.defaultValue === undefined)
    .map((a) => `${a.name}: ${getNamedType(a.type).name === 'Int' ? 1 : '"azerbaijan"'}`);
  return given.length ? `(${given.join(', ')})` : '';
}

/** The shortest way from Query to each composite type, as a query with a hole. */
function waysIn(): Map<string, Step> {
  const ways = new Map<string, Step>();
  const queue: [GraphQLNamedType, Step][] = [[schema.getQueryType()!, { query: '{ % }' }]];
  while (queue.length) {
    const [type, step] = queue.shift()!;
    if (ways.has(type.name)) continue;
    ways.set(type.name, step);
    if (isAbstractType(type)) {
      for (const member of schema.getPossibleTypes(type)) {
        queue.push([member, { query: step.query.replace('%', `... on ${member.name} { % }`) }]);
      }
      continue;
    }
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isLeafType(named)) continue;
      queue.push([named, { query: step.query.replace('%', `${field.name}${args(field)} { % }`) }]);
    }
  }
  return ways;
}

const EMPTY_ANSWER = /^(no entity matches|Cannot return null for non-nullable field Query\.)/;

const ways = waysIn();
const reachable = [...ways.keys()]
  .map((name) => schema.getType(name))
  .filter((t): t is GraphQLObjectType => isObjectType(t) && t.name !== 'Query');

describe('every field a query can reach', () => {
  for (const type of reachable) {
    it(`is planned and translated on ${type.name}`, async () => {
      for (const field of Object.values(type.getFields())) {
        const below = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
        const query = ways
          .get(type.name)!
          .query.replace('%', `${field.name}${args(field)}${below}`);
        const { reads, errors } = await traceReads(schema, limits, query);
        // Traced reads answer no rows: a path's ends are not found, a page is not there.
        const failures = errors.filter((e) => !EMPTY_ANSWER.test(e));
        expect({ field: `${type.name}.${field.name}`, reads: reads.length, failures }).toEqual({
          field: `${type.name}.${field.name}`,
          reads: 1,
          failures: [],
        });
      }
    });
  }

  it('includes the types of entities, statements, sources, pages, search hits and paths', () => {
    const names = reachable.map((t) => t.name);
    for (const name of ['Country', 'Leader', 'Statement', 'Source', 'StatementEdge', 'Path']) {
      expect(names).toContain(name);
    }
  });
});
