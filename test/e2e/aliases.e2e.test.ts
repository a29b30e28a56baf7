import { openTestGraph, SEED_DIR, type TestGraph } from '../helpers/graph';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * Answers are keyed by response key (src/read/answer.ts), so aliases behave as GraphQL says they
 * do: one field asked twice with different arguments answers each, a field asked under another
 * field's name answers under that name, and one property asked twice deep in a page answers both
 * times (which a Neo4j 5.26 map projection does not: src/read/cypher/entity.cypher.ts).
 */
let graph: TestGraph;
let server: TestServer;

beforeAll(async () => {
  graph = await openTestGraph();
  await graph.seed([SEED_DIR]);
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
  await graph?.close();
});

type Page = { totalCount?: number; edges: { node: { id: string } }[] };

async function ask<T>(query: string): Promise<{ data: T; roundTrips: number }> {
  const { body, roundTrips } = await server.gql<T>(query);
  expect(body.errors).toBeUndefined();
  return { data: body.data!, roundTrips };
}

describe('aliases', () => {
  it('answer one field asked twice with different arguments, each with its own', async () => {
    const { data } = await ask<{ entity: { one: Page; three: Page } }>(`{
      entity(name: "Azerbaijan") {
        one: statementsAbout(first: 1) { edges { node { id } } }
        three: statementsAbout(first: 3) { totalCount edges { node { id } } }
      }
    }`);
    expect(data.entity.one.edges).toHaveLength(1);
    expect(data.entity.three.edges).toHaveLength(3);
    expect(data.entity.three.totalCount).toBeGreaterThan(3);
    expect(data.entity.one.edges[0]!.node.id).toBe(data.entity.three.edges[0]!.node.id);
  });

  it("answer a field asked under another field's name under that name", async () => {
    const { data } = await ask<{ entity: { name: string; id: string } }>(
      '{ entity(name: "Azerbaijan") { name: id id: name } }',
    );
    expect(data.entity).toEqual({ name: 'azerbaijan', id: 'Azerbaijan' });
  });

  it('answer one property asked twice, two lists deep, both times', async () => {
    type Node = { x: string; y: string; about: { k: string; kind: string; n: string }[] };
    const { data } = await ask<{ statements: { edges: { node: Node }[] } }>(`{
      statements(first: 10) { edges { node { x: text y: text about { k: kind kind n: name } } } }
    }`);
    const nodes = data.statements.edges.map((e) => e.node);
    expect(nodes.length).toBe(10);
    for (const node of nodes) {
      expect(node.x).toBe(node.y);
      expect(node.about.length).toBeGreaterThan(0);
      for (const about of node.about) {
        expect(about.k).toBe(about.kind);
        expect(about.kind).toMatch(/^[A-Z_]+$/);
        expect(about.n).toEqual(expect.any(String));
      }
    }
  });

  it('answer two root fields, one query each', async () => {
    const { data, roundTrips } = await ask<{ a: { name: string }; b: { name: string } }>(
      '{ a: entity(name: "Armenia") { name } b: entity(name: "Turkey") { name } }',
    );
    expect(data).toEqual({ a: { name: 'Armenia' }, b: { name: 'Turkey' } });
    expect(roundTrips).toBe(2);
  });
});
