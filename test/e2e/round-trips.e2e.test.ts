import { fixture, openTestGraph, SEED_DIR, type TestGraph } from '../helpers/graph';
import { seedFileInputs } from '../../src/seed/inputs';
import { loadSeeds } from '../../src/seed/loader';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * No N+1: every root field is answered by one Cypher statement (src/read), so the Neo4j round
 * trips of a request are its number of root fields, whatever the query asks below them and however
 * many results it has. Each query runs with one result per list and with all results, and again
 * after a second article has grown the graph.
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

const NESTED = `query ($n: Int) {
  statements(first: $n) {
    edges { node {
      text
      speaker {
        name
        statementsBy(first: $n) { edges { node { text about { name } } } }
      }
    } }
  }
}`;

const EVERY_LIST_FIELD = `query ($n: Int) {
  statements(first: $n) {
    totalCount
    edges { node {
      speakers { name relations { type other { name } } }
      about { name ... on Country { leaders { name } cities { name } allies { name } capital { name } } }
      targets { role entity { id } }
      medium { name } onBehalfOf { name }
      source { title statements(first: $n) { totalCount edges { node { id } } } }
      disputes { text } disputedBy { text } disagreements { kind }
      speaker {
        ... on Leader { office country { name } serves { name } }
        statementsAbout(first: $n) { totalCount edges { node { id } } }
      }
    } }
  }
  entities(first: $n) { edges { node {
    relations { type }
    ... on WeaponSystem { operators { name } }
    ... on City { country { name } region { name } }
    ... on Region { controlledBy { name } recognizedAsPartOf { name } }
    ... on Organization { partOf { name } leaders { name } backers { name } }
    ... on Event { locations { name } participants { name } brokeredBy { name } }
  } } }
}`;

async function cost(query: string, n: number) {
  const { body, roundTrips } = await server.gql(query, { n });
  expect(body.errors).toBeUndefined();
  return { roundTrips, body };
}

const statementCount = (b: { data?: unknown }) =>
  (b.data as { statements: { edges: unknown[] } }).statements.edges.length;

describe('round trips to Neo4j', () => {
  it('are one for statements → speaker → statementsBy → about, however many statements there are', async () => {
    const one = await cost(NESTED, 1);
    const all = await cost(NESTED, 100);
    expect(statementCount(one.body)).toBe(1);
    expect(statementCount(all.body)).toBeGreaterThan(10);
    expect(one.roundTrips).toBe(1);
    expect(all.roundTrips).toBe(1);
  });

  it('are one for a path with the statements on it, and one for statements with their source', async () => {
    const path = await cost(
      `{ path(from: "S-300", to: "Azerbaijan") {
          nodes { __typename ... on Entity { name } ... on Statement { text speaker { name } source { title } } }
      } }`,
      0,
    );
    const nodes = (path.body.data as { path: { nodes: { __typename: string }[] }[] }).path.flatMap(
      (p) => p.nodes,
    );
    expect(nodes.some((n) => n.__typename === 'Statement')).toBe(true);
    expect(path.roundTrips).toBe(1);

    const sourced = await cost(
      `query ($n: Int) { statements(first: $n) { edges { node { text source { title publishedAt } } } } }`,
      100,
    );
    expect(statementCount(sourced.body)).toBeGreaterThan(10);
    expect(sourced.roundTrips).toBe(1);
  });

  it("are one when statements' sources are asked for their text and sentences", async () => {
    const { body, roundTrips } = await cost(
      `query ($n: Int) { statements(first: $n) { edges { node {
          text evidence { sentenceIndex start end }
          source { text sentences { index start end text } }
      } } } }`,
      100,
    );
    type Node = {
      text: string;
      evidence: { sentenceIndex: number; start: number; end: number };
      source: {
        text: string;
        sentences: { index: number; start: number; end: number; text: string }[];
      };
    };
    const nodes = (body.data as { statements: { edges: { node: Node }[] } }).statements.edges.map(
      (e) => e.node,
    );
    expect(nodes.length).toBeGreaterThan(10);
    for (const n of nodes) {
      expect(n.source.text.slice(n.evidence.start, n.evidence.end)).toBe(n.text);
      const sentence = n.source.sentences[n.evidence.sentenceIndex]!;
      expect(n.evidence.start).toBeGreaterThanOrEqual(sentence.start);
      // Evidence may run on into the next sentence (a quote spanning two); it starts in this one.
      expect(n.evidence.start).toBeLessThan(sentence.end);
    }
    expect(roundTrips).toBe(1);
  });

  it('are one per root field for a query that uses every list field, before and after the graph grows', async () => {
    const before = await cost(EVERY_LIST_FIELD, 100);
    await loadSeeds(graph.executor, seedFileInputs([fixture('second-article')]));
    const after = await cost(EVERY_LIST_FIELD, 100);
    expect(statementCount(after.body)).toBeGreaterThan(statementCount(before.body));
    expect(before.roundTrips).toBe(2);
    expect(after.roundTrips).toBe(2);
  });
});
