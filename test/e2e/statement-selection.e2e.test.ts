import { fixture, openTestGraph, SEED_DIR, type TestGraph } from '../helpers/graph';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * A page of statements, and the statements among search hits, fetch only the parts of each row
 * their selection needs (src/read). Whatever is fetched, the fields asked for must answer
 * exactly as they do when every part is fetched.
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

const FEW = 'id text stance date speaker { id name } about { id }';
const DETAIL = 'id speaker { id aliases } about { ... on Country { description } }';
const EVERY_PART = `${FEW} isQuote cameo cue speakerMention confidence needsReview
  figures { killed injured } evidence { sentence start end } speakers { id }
  targets { role entity { id } } onBehalfOf { id } medium { id } source { id title publishedAt }`;

type Node = Record<string, unknown>;

async function nodes(path: string, fields: string): Promise<Node[]> {
  const query = {
    root: `{ statements(first: 100) { edges { node { ${fields} } } } }`,
    speaker: `{ entity(name: "Aliyev") { statementsBy(first: 50) { edges { node { ${fields} } } } } }`,
    about: `{ entity(name: "Armenia") { statementsAbout(first: 50, where: { stance: [ACCUSE, DENY, CLAIM] }) { edges { node { ${fields} } } } } }`,
    search: `{ search(text: "forces", first: 50) { statement { ${fields} } } }`,
  }[path]!;
  const { body } = await server.gql(query);
  expect(body.errors).toBeUndefined();
  const data = body.data as Record<string, unknown>;
  if (path === 'search') {
    return (data.search as { statement: Node | null }[]).flatMap((h) =>
      h.statement ? [h.statement] : [],
    );
  }
  const connection =
    path === 'root'
      ? data.statements
      : (data.entity as Record<string, unknown>)[
          path === 'speaker' ? 'statementsBy' : 'statementsAbout'
        ];
  return (connection as { edges: { node: Node }[] }).edges.map((e) => e.node);
}

describe('a page of statements fetched for a few fields', () => {
  it("gives the speakers' aliases and the targets' descriptions when they are asked for", async () => {
    const detail = await nodes('root', DETAIL);
    const speakers = new Map(detail.map((n) => [(n.speaker as Node).id as string, n.speaker]));
    for (const [id, speaker] of speakers) {
      const { body } = await server.gql(
        `query ($id: String!) { entity(name: $id) { id aliases } }`,
        {
          id,
        },
      );
      expect(speaker).toEqual((body.data as { entity: Node }).entity);
    }
    expect([...speakers.values()].some((s) => ((s as Node).aliases as string[]).length > 0)).toBe(
      true,
    );
    expect(
      detail.some((n) => (n.about as Node[]).some((a) => typeof a.description === 'string')),
    ).toBe(true);
  });

  it.each(['root', 'speaker', 'about', 'search'])(
    'answers them (%s list) exactly as when every part of the row is fetched',
    async (path) => {
      const few = await nodes(path, FEW);
      const every = await nodes(path, EVERY_PART);
      expect(few.length).toBeGreaterThan(1);
      const pick = (n: Node) => ({
        id: n.id,
        text: n.text,
        stance: n.stance,
        date: n.date,
        speaker: n.speaker,
        about: n.about,
      });
      expect(few).toEqual(every.map(pick));
      // The fuller answer really carries the other parts.
      expect(every.every((n) => typeof (n.source as Node).title === 'string')).toBe(true);
      expect(every.every((n) => typeof (n.evidence as Node).sentence === 'string')).toBe(true);
    },
  );
});

describe('the nodes of paths fetched for a few fields', () => {
  const path = async (entity: string, statement: string) => {
    const { body } = await server.gql(`{ path(from: "S-300", to: "Azerbaijan", maxHops: 4) {
      nodes { __typename ... on Entity { ${entity} } ... on Statement { ${statement} } }
    } }`);
    expect(body.errors).toBeUndefined();
    return (body.data as { path: { nodes: Node[] }[] }).path.flatMap((p) => p.nodes);
  };

  it('answer them exactly as when every part of every node is fetched', async () => {
    const few = await path('id name', 'id text');
    const every = await path(
      'id name kind aliases description',
      'id text stance speaker { id aliases } source { title } evidence { sentence }',
    );
    expect(few.some((n) => n.__typename === 'Statement')).toBe(true);
    expect(few).toEqual(
      every.map((n) =>
        n.__typename === 'Statement'
          ? { __typename: n.__typename, id: n.id, text: n.text }
          : { __typename: n.__typename, id: n.id, name: n.name },
      ),
    );
    // The fuller answer really carries the entities' detail.
    expect(every.some((n) => typeof n.description === 'string')).toBe(true);
    expect(every.some((n) => Array.isArray(n.aliases) && n.aliases.length > 0)).toBe(true);
  });
});
