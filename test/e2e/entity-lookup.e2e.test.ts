import { fixture, openTestGraph, SEED_DIR, type TestGraph } from '../helpers/graph';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * A lookup fetches in its one query what the fields below it read (src/read): only the relations
 * they follow, of related entities only what is asked, and the pages of statements asked of
 * related entities. Found by name (a name key, aliases, the busiest of several) or by id, the same
 * entity must be answered alike, field for field, and each in one round trip.
 */
let graph: TestGraph;
let server: TestServer;

beforeAll(async () => {
  graph = await openTestGraph();
  await graph.seed([SEED_DIR, fixture('second-article')]);
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
  await graph?.close();
});

const STATEMENTS =
  'edges { cursor node { id text stance about { name } } } pageInfo { hasNextPage }';

const SELECTIONS: Record<string, string> = {
  "a country's leaders, what each said, and its allies": `name
    ... on Country { allies { name } leaders { name statementsBy(first: 5) { ${STATEMENTS} } } }`,
  'related entities asked for their aliases and descriptions, with typed relations': `name
    ... on Country {
      leaders { name aliases description office country { name } }
      cities { name } capital { name description } weapons { name }
    }
    relations(types: [HOLDS_OFFICE, ALLY_OF], direction: IN) { type direction title other { id name aliases } }`,
  'pages with different arguments on different related entities, and one of its own': `
    statementsAbout(first: 3) { totalCount ${STATEMENTS} }
    ... on Country {
      leaders { statementsBy(first: 2, where: { stance: [DENY, ACCUSE, CLAIM] }) { ${STATEMENTS} } }
      allies { statementsAbout(first: 3) { totalCount ${STATEMENTS} } }
    }`,
  'every relation, their other ends by kind, and the pages of all of them': `
    relations { type direction other { __typename name ... on Leader { office } } }
    ... on Country { allies { relations { type other { name } } } }
    relations { other { statementsBy(first: 1) { ${STATEMENTS} } } }`,
  'typed relations, and a list of relations with their sources and sentences': `name
    ... on Country { allies { name } leaders { name } }
    relations(types: [ALLY_OF, HOLDS_OFFICE]) { type sourceId sentence other { name } }`,
  'typed relations, and a list of relations without their titles or sources': `
    ... on Country { allies { name } }
    relations { type direction other { name } }`,
  'fields that read no relations at all': 'id name kind aliases description',
  "a leader's office alone": '... on Leader { office }',
  "a leader's office, country and what it serves": `name
    ... on Leader { office country { name leaders { name } } serves { id } }`,
};

const REFS = [
  ['Azerbaijan', 'azerbaijan'],
  ['Armenia', 'armenia'],
  ['Turkey', 'turkey'],
  ['Pashinyan', 'nikol-pashinyan'],
  ['Aliyev', 'ilham-aliyev'],
] as const;

async function ask(by: 'name' | 'id', ref: string, selection: string) {
  const { body, roundTrips } = await server.gql(
    `query ($ref: ${by === 'name' ? 'String' : 'ID'}!) { entity(${by}: $ref) { ${selection} } }`,
    { ref },
  );
  expect(body.errors).toBeUndefined();
  return { entity: (body.data as { entity: unknown }).entity, roundTrips };
}

describe('an entity looked up by name or by id', () => {
  for (const [name, selection] of Object.entries(SELECTIONS)) {
    it(`answers as a lookup by id does: ${name}`, async () => {
      for (const [ref, id] of REFS) {
        const byName = await ask('name', ref, selection);
        const byId = await ask('id', id, selection);
        expect(byName.entity).not.toBeNull();
        expect(byName.entity).toEqual(byId.entity);
        expect(byName.roundTrips).toBe(1);
        expect(byId.roundTrips).toBe(1);
      }
    });
  }

  it("costs one round trip for a country, its leaders and each leader's statements", async () => {
    for (const [by, ref] of [
      ['name', 'Azerbaijan'],
      ['id', 'azerbaijan'],
    ] as const) {
      const found = await ask(by, ref, Object.values(SELECTIONS)[0]!);
      const leaders = (found.entity as { leaders: { statementsBy: { edges: unknown[] } }[] })
        .leaders;
      expect(leaders.some((l) => l.statementsBy.edges.length > 0)).toBe(true);
      expect(found.roundTrips).toBe(1);
    }
  });

  it('still reports a refused page argument as the field does', async () => {
    const { body } = await server.gql(
      `{ entity(name: "Azerbaijan") { ... on Country { leaders { statementsBy(first: 1000) { edges { cursor } } } } } }`,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/"first" must be at most/);
  });
});
