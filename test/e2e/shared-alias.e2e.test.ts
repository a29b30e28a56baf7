import { fixture, openTestGraph, type TestGraph } from '../helpers/graph';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * A filter by a name several entities share names all of them, and a statement they made jointly
 * is listed once (the page is DISTINCT only then: src/read/cypher/page.cypher.ts). Fixture: two
 * countries aliased "Twin", a statement of each and one of both.
 */
let graph: TestGraph;
let server: TestServer;

beforeAll(async () => {
  graph = await openTestGraph();
  await graph.seed([fixture('shared-alias')]);
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
  await graph?.close();
});

type Page = { totalCount: number; edges: { node: { id: string } }[] };

async function page(where: string): Promise<{ total: number; ids: string[] }> {
  const { body } = await server.gql<{ statements: Page }>(
    `{ statements(where: { ${where} }) { totalCount edges { node { id } } } }`,
  );
  expect(body.errors).toBeUndefined();
  const { totalCount, edges } = body.data!.statements;
  return { total: totalCount, ids: edges.map((e) => e.node.id.replace(/^.*\//, '')).sort() };
}

describe('a filter by a shared alias', () => {
  it('keeps the statements of every entity it names, the joint one once', async () => {
    expect(await page('speaker: "Twin"')).toEqual({ total: 3, ids: ['s1', 's2', 's3'] });
    expect(await page('about: "twin"')).toEqual({ total: 3, ids: ['s1', 's2', 's3'] });
  });

  it('keeps those of one entity when it names one', async () => {
    expect(await page('speaker: "alphaland"')).toEqual({ total: 2, ids: ['s1', 's3'] });
    expect(await page('speaker: "Betaland", about: "Twin"')).toEqual({
      total: 2,
      ids: ['s2', 's3'],
    });
  });
});
