import { fixture, openTestGraph, SEED_DIR, type TestGraph } from '../helpers/graph';
import { startTestServer, type TestServer } from '../helpers/server';
import { TRAVERSABLE } from '../../src/read/cypher/shortest-paths.cypher';

/**
 * `path` searches by length (a relation, then an entity or a statement between the two, then a
 * graph search; src/read/cypher/shortest-paths.cypher.ts). Whatever stage finds them, the paths it
 * answers must be shortest paths: for every pair of entities in the seed graph, each answered path
 * is one of those plain `allShortestPaths` finds, none comes more often than it exists, and there
 * are as many as asked for or as exist.
 */
let graph: TestGraph;
let server: TestServer;
let entities: string[];

beforeAll(async () => {
  graph = await openTestGraph();
  await graph.seed([SEED_DIR, fixture('second-article')]);
  server = await startTestServer();
  const found = await graph.executor.read<{ id: string }>(
    'MATCH (e:Entity) RETURN e.id AS id ORDER BY id',
  );
  entities = found.records.map((r) => r.get('id'));
}, 120_000);

afterAll(async () => {
  await server?.close();
  await graph?.close();
});

/** A path as text: each step's relationship type and the ids of its start and end nodes. */
type Step = { type: string; from: string; to: string };
const asText = (edges: Step[]) => edges.map((e) => `${e.from}-[${e.type}]->${e.to}`).join(' ');

/**
 * Every shortest path of at most `hops` between the two, read with plain Cypher, counted by text:
 * two sources may state the same relation, and then two paths read the same.
 */
async function allShortest(from: string, to: string, hops: number): Promise<Map<string, number>> {
  const result = await graph.executor.read<{ edges: Step[] }>(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = allShortestPaths((a)-[:${TRAVERSABLE}*..${hops}]-(b))
     RETURN [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS edges`,
    { from, to },
  );
  return counted(result.records.map((r) => asText(r.get('edges'))));
}

function counted(paths: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of paths) counts.set(p, (counts.get(p) ?? 0) + 1);
  return counts;
}

async function served(from: string, to: string, hops: number, first: number): Promise<Step[][]> {
  const { body } = await server.gql<{ path: { length: number; edges: Step[] }[] }>(
    `query ($from: String!, $to: String!, $hops: Int, $first: Int) {
      path(from: $from, to: $to, maxHops: $hops, first: $first) { length edges { type from to } }
    }`,
    { from, to, hops, first },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.path.map((p) => {
    expect(p.length).toBe(p.edges.length);
    return p.edges;
  });
}

/**
 * Checks every pair of entities, both ways round when `bothWays` (the two-hop search through
 * statements starts from the end named by fewer, so the order matters to the query). Answers how
 * many pairs had their shortest paths at each length.
 */
async function checkAllPairs(
  hops: number,
  first: number,
  bothWays: boolean,
): Promise<Map<number, number>> {
  const lengths = new Map<number, number>();
  for (const [i, from] of entities.entries()) {
    for (const to of bothWays ? entities.filter((e) => e !== from) : entities.slice(i + 1)) {
      const expected = await allShortest(from, to, hops);
      const answered = (await served(from, to, hops, first)).map(asText);
      // Each answered path is a shortest path, none more often than it exists.
      const extra = [...counted(answered)].filter(([p, n]) => n > (expected.get(p) ?? 0));
      expect({ from, to, extra }).toEqual({ from, to, extra: [] });
      const exist = [...expected.values()].reduce((sum, n) => sum + n, 0);
      expect({ from, to, count: answered.length }).toEqual({
        from,
        to,
        count: Math.min(first, exist),
      });
      const length = answered[0]?.split(' ').length ?? 0;
      lengths.set(length, (lengths.get(length) ?? 0) + 1);
    }
  }
  return lengths;
}

describe('the paths between two entities', () => {
  it('are shortest paths, as many as asked for or as exist, for every pair of the seed graph both ways round', async () => {
    const lengths = await checkAllPairs(4, 5, true);
    // Every stage of the search was taken: a relation, two hops, a graph search, and no path.
    for (const length of [1, 2, 3, 0]) expect(lengths.get(length)).toBeGreaterThan(0);
  }, 300_000);

  it('stop at the number of hops asked for', async () => {
    const lengths = await checkAllPairs(2, 3, false);
    expect([...lengths.keys()].sort()).toEqual([0, 1, 2]);
  }, 300_000);
});
