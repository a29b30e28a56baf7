import { loadConfig } from '../../src/config/config';
import { openTestGraph, snapshotGraph, type TestGraph } from '../helpers/graph';
import { codesOf, postGraphQL, send } from '../helpers/http';
import { authHeader, startTestServer, TEST_API_KEY, type TestServer } from '../helpers/server';

/**
 * Who may do what, and what the server shows of itself: API keys for writes (and for reads when
 * READS_REQUIRE_KEY), introspection, the Sandbox and "Did you mean" hints in production, CSRF
 * prevention and CORS. Each configuration gets its own server over the one seeded graph.
 */
let graph: TestGraph;
const servers: TestServer[] = [];

beforeAll(async () => {
  graph = await openTestGraph();
  await graph.seed();
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await graph?.close();
});

async function serverWith(env: Record<string, string>): Promise<TestServer> {
  const server = await startTestServer(env);
  servers.push(server);
  return server;
}

// Production refuses to start on the default password, so production servers name it.
const PRODUCTION = { NODE_ENV: 'production', NEO4J_PASSWORD: loadConfig().neo4j.password };
const READ = '{ entity(id: "armenia") { name } }';
const UPSERT = `mutation { upsertEntity(input: { id: "auth-test-land", kind: COUNTRY, name: "Auth Test Land" }) { id } }`;
const INTROSPECTION = '{ __schema { queryType { name } } }';

describe('API keys', () => {
  it('keeps reads public by default', async () => {
    const server = await serverWith({});
    const { status, body } = await server.gql(READ);
    expect({ status, body }).toEqual({
      status: 200,
      body: { data: { entity: { name: 'Armenia' } } },
    });
  });

  it('requires a key for reads with READS_REQUIRE_KEY, and says which one is missing', async () => {
    const server = await serverWith({ READS_REQUIRE_KEY: 'true' });
    const none = await postGraphQL(server.url, { query: READ });
    expect({ status: none.status, codes: codesOf(none) }).toEqual({
      status: 401,
      codes: ['UNAUTHENTICATED'],
    });
    expect(none.json?.errors?.[0]?.message).toContain('Authorization: Bearer');
    const wrong = await postGraphQL(
      server.url,
      { query: READ },
      { authorization: 'Bearer wrong-key-0123456789abcdef' },
    );
    expect({ status: wrong.status, codes: codesOf(wrong) }).toEqual({
      status: 403,
      codes: ['FORBIDDEN'],
    });
    const right = await postGraphQL(server.url, { query: READ }, authHeader);
    expect({ status: right.status, data: right.json?.data }).toEqual({
      status: 200,
      data: { entity: { name: 'Armenia' } },
    });
    // Probes stay open: a load balancer holds no key.
    expect((await send(`${server.url}/health/ready`)).status).toBe(200);
  });

  it('accepts any of several configured keys for writes, and refuses writes without one', async () => {
    const keys = ['writer-one-0123456789abcdef', 'writer-two-0123456789abcdef'];
    const server = await serverWith({ API_KEYS: keys.join(',') });
    const before = await snapshotGraph(graph.executor);
    const none = await postGraphQL(server.url, { query: UPSERT });
    expect({ status: none.status, codes: codesOf(none) }).toEqual({
      status: 401,
      codes: ['UNAUTHENTICATED'],
    });
    const old = await postGraphQL(
      server.url,
      { query: UPSERT },
      { authorization: `Bearer ${TEST_API_KEY}` },
    );
    expect({ status: old.status, codes: codesOf(old) }).toEqual({
      status: 403,
      codes: ['FORBIDDEN'],
    });
    expect(await snapshotGraph(graph.executor)).toBe(before);
    for (const key of keys) {
      const answer = await postGraphQL(
        server.url,
        { query: UPSERT },
        { authorization: `Bearer ${key}` },
      );
      expect(answer.json).toEqual({ data: { upsertEntity: { id: 'auth-test-land' } } });
    }
  });

  it('refuses every write when no key is configured', async () => {
    const server = await serverWith({ API_KEYS: '' });
    const answer = await postGraphQL(server.url, { query: UPSERT }, authHeader);
    expect(codesOf(answer)).toEqual(['FORBIDDEN']);
    expect(answer.json?.errors?.[0]?.message).toContain('no API_KEYS configured');
  });
});

describe('in production', () => {
  it('turns introspection, the Sandbox and "Did you mean" hints off', async () => {
    const server = await serverWith(PRODUCTION);
    const introspection = await postGraphQL(server.url, { query: INTROSPECTION });
    expect({ status: introspection.status, codes: codesOf(introspection) }).toEqual({
      status: 400,
      codes: ['GRAPHQL_VALIDATION_FAILED'],
    });
    expect(introspection.json?.errors?.[0]?.message).toMatch(/introspection is not allowed/);
    const type = await postGraphQL(server.url, { query: '{ __type(name: "Statement") { name } }' });
    expect(codesOf(type)).toEqual(['GRAPHQL_VALIDATION_FAILED']);

    const page = await send(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).not.toMatch(/html/);
    expect(page.status).toBe(400);
    expect(page.text).not.toMatch(/sandbox/i);

    const typo = await postGraphQL(server.url, { query: '{ entity(id: "armenia") { nme } }' });
    expect(typo.json?.errors?.map((e) => e.message)).toEqual([
      'Cannot query field "nme" on type "Entity".',
    ]);
    const enumTypo = await postGraphQL(server.url, {
      query: 'query ($s: [Stance!]) { statements(where: { stance: $s }) { totalCount } }',
      variables: { s: ['DENYY'] },
    });
    expect(enumTypo.json?.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect(enumTypo.json?.errors?.[0]?.message).toContain('"DENYY"');

    const plain = await postGraphQL(server.url, { query: '{ __typename }' });
    expect(plain.json).toEqual({ data: { __typename: 'Query' } });
  });

  it('turns them back on with INTROSPECTION=true', async () => {
    const server = await serverWith({ ...PRODUCTION, INTROSPECTION: 'true' });
    const introspection = await postGraphQL(server.url, { query: INTROSPECTION });
    expect(introspection.json).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const page = await send(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.text).toMatch(/embeddable-sandbox/);
    const typo = await postGraphQL(server.url, { query: '{ entity(id: "armenia") { nme } }' });
    expect(typo.json?.errors?.[0]?.message).toContain('Did you mean "name"?');
  });

  it('leaves introspection on by default outside production', async () => {
    const server = await serverWith({ NODE_ENV: 'development' });
    const introspection = await postGraphQL(server.url, { query: INTROSPECTION });
    expect(introspection.json?.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('CSRF prevention', () => {
  const query = encodeURIComponent(READ);

  it.each([
    ['a GET without a preflight header', { method: 'GET' }],
    [
      'a text/plain POST',
      {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query: READ }),
      },
    ],
    [
      'a form POST',
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `query=${query}`,
      },
    ],
  ])('refuses %s', async (_what, init: RequestInit) => {
    const server = await serverWith({});
    const url =
      init.method === 'GET' ? `${server.url}/graphql?query=${query}` : `${server.url}/graphql`;
    const answer = await send(url, init);
    expect({ status: answer.status, codes: codesOf(answer) }).toEqual({
      status: 400,
      codes: ['BAD_REQUEST'],
    });
    expect(answer.json?.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses a text/plain mutation that carries a valid key, writing nothing', async () => {
    const server = await serverWith({});
    const before = await snapshotGraph(graph.executor);
    const answer = await send(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...authHeader },
      body: JSON.stringify({ query: UPSERT.replace('auth-test-land', 'csrf-land') }),
    });
    expect(answer.status).toBe(400);
    expect(await snapshotGraph(graph.executor)).toBe(before);
  });

  it('lets a GET through with a header that forces a preflight', async () => {
    const server = await serverWith({});
    const answer = await send(`${server.url}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(answer.json).toEqual({ data: { entity: { name: 'Armenia' } } });
  });
});

describe('CORS', () => {
  const ALLOWED = 'https://allowed.example';
  const OTHER = 'https://evil.example';

  const preflight = (url: string, origin: string) =>
    send(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });

  it('allows the origins of CORS_ORIGINS, and only those', async () => {
    const server = await serverWith({ CORS_ORIGINS: `${ALLOWED}, https://also.example` });
    const allowed = await postGraphQL(server.url, { query: READ }, { origin: ALLOWED });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('vary')).toMatch(/origin/i);
    const other = await postGraphQL(server.url, { query: READ }, { origin: OTHER });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();

    const allowedPreflight = await preflight(server.url, ALLOWED);
    expect(allowedPreflight.status).toBe(204);
    expect(allowedPreflight.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowedPreflight.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
    const otherPreflight = await preflight(server.url, OTHER);
    expect(otherPreflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows no other origin by default', async () => {
    const server = await serverWith({});
    const answer = await postGraphQL(server.url, { query: READ }, { origin: ALLOWED });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(
      (await preflight(server.url, ALLOWED)).headers.get('access-control-allow-origin'),
    ).toBeNull();
  });
});
