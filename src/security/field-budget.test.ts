import { ApolloServer } from '@apollo/server';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { fieldBudget } from './field-budget';

/** A graph where every node has ten neighbours (and ten tags), so answers grow tenfold per level. */
function fanOutSchema() {
  const schema = buildSchema(`
    type Node { id: Int!, tags: [String!]!, neighbours: [Node!]! }
    type Query { node: Node }
  `);
  schema.getQueryType()!.getFields().node!.resolve = () => ({ id: 0 });
  const node = schema.getType('Node') as GraphQLObjectType;
  node.getFields().neighbours!.resolve = async ({ id }: { id: number }) =>
    Array.from({ length: 10 }, (_, i) => ({ id: id * 10 + i }));
  node.getFields().tags!.resolve = () => Array.from({ length: 10 }, (_, i) => `t${i}`);
  return schema;
}

async function server(maxFields: number) {
  const budget = fieldBudget(maxFields);
  const apollo = new ApolloServer({
    schema: budget.countLists(fanOutSchema()),
    plugins: [budget.plugin],
  });
  await apollo.start();
  return apollo;
}

async function run(query: string, maxFields: number) {
  const apollo = await server(maxFields);
  try {
    const response = await apollo.executeOperation({ query });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, result: response.body.singleResult };
  } finally {
    await apollo.stop();
  }
}

const FANOUT = '{ node { neighbours { neighbours { neighbours { id } } } } }'; // 10 + 100 + 1000
const REFUSED = {
  errors: [
    {
      message:
        'The answer would hold more than 500 fields; ask for less (smaller pages, fewer nested lists).',
      extensions: { code: 'BAD_USER_INPUT', limit: 'fields' },
    },
  ],
};

describe('the field budget', () => {
  it('lets an answer within the budget through', async () => {
    const { status, result } = await run(FANOUT, 1_200);
    expect(status).toBeUndefined();
    expect(result.errors).toBeUndefined();
  });

  it('stops a request whose answer grows past the budget, with one error naming the limit', async () => {
    const { status, result } = await run(FANOUT, 500);
    expect(status).toBe(400);
    expect(result).toEqual(REFUSED);
  });

  it('counts every field asked of each item, in fragments too', async () => {
    // 10 neighbours asked one field, 100 asked two (id, tags: 200), and 100 lists of 10 tags: 1,210.
    const query = `{ node { neighbours { neighbours { ...F } } } }
      fragment F on Node { id ... on Node { tags } }`;
    expect((await run(query, 1_300)).result.errors).toBeUndefined();
    expect((await run(query, 500)).result).toEqual(REFUSED);
  });

  it('counts the items of lists of scalars', async () => {
    // 10 neighbours asked one field (tags), and their 10 lists of 10 tags: 110.
    const query = '{ node { neighbours { tags } } }';
    expect((await run(query, 110)).result.errors).toBeUndefined();
    expect((await run(query, 109)).status).toBe(400);
  });

  it('counts per request, not per server', async () => {
    const apollo = await server(200);
    try {
      for (let i = 0; i < 5; i++) {
        const response = await apollo.executeOperation({
          query: '{ node { neighbours { neighbours { id } } } }',
        });
        expect(
          response.body.kind === 'single' && response.body.singleResult.errors,
        ).toBeUndefined();
      }
    } finally {
      await apollo.stop();
    }
  });

  it('wraps a schema once, however often it is prepared', async () => {
    const schema = fanOutSchema();
    const budget = fieldBudget(10_000);
    budget.countLists(schema);
    const once = (schema.getType('Node') as GraphQLObjectType).getFields().neighbours!.resolve;
    budget.countLists(schema);
    fieldBudget(5).countLists(schema);
    expect((schema.getType('Node') as GraphQLObjectType).getFields().neighbours!.resolve).toBe(
      once,
    );
  });
});
