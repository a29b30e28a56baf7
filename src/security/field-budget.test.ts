import { ApolloServer } from '@apollo/server';
import { fieldBudgetPlugin } from './field-budget';

/** A graph where every node has ten neighbours, so answers grow tenfold per level. */
const typeDefs = `
  type Node { id: Int!, neighbours: [Node!]! }
  type Query { node: Node }
`;
const resolvers = {
  Query: { node: () => ({ id: 0 }) },
  Node: {
    neighbours: ({ id }: { id: number }) =>
      Array.from({ length: 10 }, (_, i) => ({ id: id * 10 + i })),
  },
};

async function run(query: string, maxFields: number) {
  const server = new ApolloServer({ typeDefs, resolvers, plugins: [fieldBudgetPlugin(maxFields)] });
  await server.start();
  try {
    const response = await server.executeOperation({ query });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, result: response.body.singleResult };
  } finally {
    await server.stop();
  }
}

const FANOUT = '{ node { neighbours { neighbours { neighbours { id } } } } }'; // 1 + 10 + 100 + 1000 × 2

describe('the field budget', () => {
  it('lets an answer within the budget through', async () => {
    const { status, result } = await run(FANOUT, 2_500);
    expect(status).toBeUndefined();
    expect(result.errors).toBeUndefined();
  });

  it('stops a request whose answer grows past the budget, with one error naming the limit', async () => {
    const { status, result } = await run(FANOUT, 500);
    expect(status).toBe(400);
    expect(result).toEqual({
      errors: [
        {
          message:
            'The answer would hold more than 500 fields; ask for less (smaller pages, fewer nested lists).',
          extensions: { code: 'BAD_USER_INPUT', limit: 'fields' },
        },
      ],
    });
  });

  it('counts per request, not per server', async () => {
    const server = new ApolloServer({ typeDefs, resolvers, plugins: [fieldBudgetPlugin(200)] });
    await server.start();
    try {
      for (let i = 0; i < 5; i++) {
        const response = await server.executeOperation({
          query: '{ node { neighbours { neighbours { id } } } }',
        });
        expect(
          response.body.kind === 'single' && response.body.singleResult.errors,
        ).toBeUndefined();
      }
    } finally {
      await server.stop();
    }
  });
});
