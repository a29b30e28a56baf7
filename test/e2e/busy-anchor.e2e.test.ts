import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FAST_PATH_BUDGET } from '../../src/read/cypher/page.cypher';
import { writeGeneratedSeed } from '../helpers/generated-seed';
import { openTestGraph, SEED_DIR, type TestGraph } from '../helpers/graph';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * A speaker or target with more statements than FAST_PATH_BUDGET has its pages found by walking
 * the statements newest first (src/read/cypher/page.cypher.ts) rather than expanding all of
 * them. Whichever way a page is found, it must be the same page: the newest statements, in order,
 * with the next page where this one ends. Each expectation is read from the graph with plain
 * Cypher, not through the service.
 */
const SOURCE = 'busy-anchor-test';
const LEADER = `${SOURCE}-person-0`;
const COUNTRY = { id: `${SOURCE}-country`, name: 'Busy Anchor Land' };
const STATEMENTS = FAST_PATH_BUDGET + 40;

let graph: TestGraph;
let server: TestServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'busy-anchor-'));
  // One leader says every statement, each about himself: busy as a speaker and as a target.
  const { file } = writeGeneratedSeed(dir, SOURCE, {
    statements: STATEMENTS,
    people: 1,
    country: COUNTRY,
  });
  graph = await openTestGraph();
  await graph.seed([SEED_DIR, file]);
  server = await startTestServer();
}, 120_000);

afterAll(async () => {
  await server?.close();
  await graph?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The ids of the newest statements linked to the leader by `rel`, skipping `skip`. */
async function newest(rel: 'SAID_BY' | 'ABOUT', count: number, skip = 0): Promise<string[]> {
  const result = await graph.executor.read<{ id: string }>(
    `MATCH (:Entity {id: $id})<-[:${rel}]-(s:Statement)
     RETURN s.id AS id ORDER BY s.at DESC, s.id DESC SKIP $skip LIMIT $count`,
    { id: LEADER, skip, count },
  );
  return result.records.map((r) => r.get('id'));
}

type Page = {
  totalCount?: number;
  edges: { node: { id: string } }[];
  pageInfo?: { hasNextPage: boolean; endCursor: string };
};
const ids = (page: Page) => page.edges.map((e) => e.node.id);

async function entity<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await server.gql<{ entity: T }>(query, { id: LEADER, ...variables });
  expect(body.errors).toBeUndefined();
  return body.data!.entity;
}

describe('the statements of a speaker busier than the fast path budget', () => {
  it('are more than the budget, so the walk is the path taken', async () => {
    const { statementsBy } = await entity<{ statementsBy: Page }>(
      `query ($id: ID!) { entity(id: $id) { statementsBy(first: 1) { totalCount edges { node { id } } } } }`,
    );
    expect(statementsBy.totalCount).toBe(STATEMENTS);
    expect(STATEMENTS).toBeGreaterThan(FAST_PATH_BUDGET);
  });

  it('come newest first, as the page asked of the speaker', async () => {
    const { statementsBy } = await entity<{ statementsBy: Page }>(
      `query ($id: ID!) { entity(id: $id) { statementsBy(first: 5) { edges { node { id } } } } }`,
    );
    expect(ids(statementsBy)).toEqual(await newest('SAID_BY', 5));
  });

  it('continue where the first page ends', async () => {
    const query = `query ($id: ID!, $after: String) {
      entity(id: $id) { statementsBy(first: 5, after: $after) {
        edges { node { id } } pageInfo { hasNextPage endCursor } } } }`;
    const first = (await entity<{ statementsBy: Page }>(query)).statementsBy;
    expect(first.pageInfo!.hasNextPage).toBe(true);
    const second = (
      await entity<{ statementsBy: Page }>(query, { after: first.pageInfo!.endCursor })
    ).statementsBy;
    expect(ids(second)).toEqual(await newest('SAID_BY', 5, 5));
  });

  it('are the same page when fetched ahead with the country that the speaker leads', async () => {
    const { body } = await server.gql<{
      entity: { leaders: { id: string; statementsBy: Page }[] };
    }>(
      `query ($name: String!) { entity(name: $name) { ... on Country {
        leaders { id statementsBy(first: 5) { edges { node { id } } } } } } }`,
      { name: COUNTRY.name },
    );
    expect(body.errors).toBeUndefined();
    const [leader, ...others] = body.data!.entity.leaders;
    expect(others).toEqual([]);
    expect(leader!.id).toBe(LEADER);
    expect(ids(leader!.statementsBy)).toEqual(await newest('SAID_BY', 5));
  });

  it('are the same page when the root list filters by that speaker', async () => {
    const { body } = await server.gql<{ statements: Page }>(
      `query ($id: String!) { statements(first: 5, where: { speaker: $id }) { edges { node { id } } } }`,
      { id: LEADER },
    );
    expect(body.errors).toBeUndefined();
    expect(ids(body.data!.statements)).toEqual(await newest('SAID_BY', 5));
  });
});

describe('the statements about a target busier than the fast path budget', () => {
  it('come newest first, filtered by stance', async () => {
    const { statementsAbout } = await entity<{ statementsAbout: Page }>(
      `query ($id: ID!) { entity(id: $id) {
        statementsAbout(first: 5, where: { stance: [CLAIM] }) { edges { node { id } } } } }`,
    );
    expect(ids(statementsAbout)).toEqual(await newest('ABOUT', 5));
  });

  it('are empty for a stance no statement takes, after the walk finds nothing', async () => {
    const { statementsAbout } = await entity<{ statementsAbout: Page }>(
      `query ($id: ID!) { entity(id: $id) {
        statementsAbout(first: 5, where: { stance: [DENY] }) { edges { node { id } } } } }`,
    );
    expect(ids(statementsAbout)).toEqual([]);
  });
});
