import { openTestGraph, type TestGraph } from '../helpers/graph';
import { startTestServer, type TestServer } from '../helpers/server';

let graph: TestGraph;
let server: TestServer;

beforeAll(async () => {
  graph = await openTestGraph();
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
  await graph?.close();
});

describe('health and the GraphQL endpoint over HTTP', () => {
  it('is live, and ready when Neo4j answers', async () => {
    expect((await fetch(`${server.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${server.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('reports not ready until start-up has finished', async () => {
    server.readiness.set({ state: 'starting', detail: 'connecting to Neo4j' });
    try {
      const res = await fetch(`${server.url}/health/ready`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({
        status: 'not ready',
        detail: 'connecting to Neo4j',
      });
    } finally {
      server.readiness.set({ state: 'ready' });
    }
  });

  it('answers { __typename }', async () => {
    const { status, body } = await server.gql('{ __typename }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { __typename: 'Query' } });
  });
});
