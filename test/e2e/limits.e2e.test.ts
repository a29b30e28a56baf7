import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { getNamedType, type GraphQLField } from 'graphql';
import { loadConfig } from '../../src/config/config';
import { Executor } from '../../src/db/executor';
import { createApp, type App } from '../../src/http/app';
import { ReadinessState } from '../../src/http/readiness';
import { createLogger } from '../../src/logging/logger';
import { repoPath } from '../../src/paths';
import { buildGraphSchema } from '../../src/schema/build';
import { QUERY_LIMITS } from '../../src/security/armor';
import { openTestGraph, type TestGraph } from '../helpers/graph';
import {
  aliasedQuery,
  COSTLY_QUERY,
  deepQuery,
  manyTokens,
  MANY_DIRECTIVES,
} from '../helpers/hostile-queries';
import { codesOf, postGraphQL, type HttpAnswer } from '../helpers/http';

/**
 * The limits that keep one request from costing much: query shape (depth, aliases, directives,
 * cost, tokens; refused before any Cypher runs), body size, page size, and the timeout every
 * Cypher transaction carries. The server here counts every Cypher query any request makes, besides
 * the per-request `x-neo4j-round-trips` header.
 */
let graph: TestGraph;
let app: App;
let url: string;
let cypherQueries = 0;

beforeAll(async () => {
  graph = await openTestGraph();
  await graph.seed();
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', MAX_PAGE_SIZE: '100' });
  const counted = graph.executor.observed(() => cypherQueries++);
  app = await createApp({
    config,
    logger: createLogger('silent'),
    driver: graph.driver,
    executor: counted,
    readiness: new ReadinessState(),
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app?.stop();
  await graph?.close();
});

/** Sends `query` and returns the answer with the Cypher queries it cost, as the server counted. */
async function costOf(query: string, variables?: Record<string, unknown>) {
  const before = cypherQueries;
  const answer = await postGraphQL(url, { query, variables });
  return { answer, cypher: cypherQueries - before };
}

function refusal(answer: HttpAnswer) {
  return {
    status: answer.status,
    roundTrips: answer.headers.get('x-neo4j-round-trips'),
    codes: codesOf(answer),
    messages: answer.json?.errors?.map((e) => e.message),
  };
}

describe('query shape limits', () => {
  it.each([
    ['a query 20 levels deep', deepQuery(20), 'Query depth limit of 10 exceeded, found 20.'],
    ['a query with 100 aliases', aliasedQuery(100), 'Aliases limit of 15 exceeded, found 100.'],
    ['a query with 14 directives', MANY_DIRECTIVES, 'Directives limit of 10 exceeded, found 14.'],
  ])(
    'refuses %s with GRAPHQL_VALIDATION_FAILED, before Neo4j is asked anything',
    async (_what, query, message) => {
      const { answer, cypher } = await costOf(query);
      expect(refusal(answer)).toEqual({
        status: 400,
        roundTrips: '0',
        codes: ['GRAPHQL_VALIDATION_FAILED'],
        messages: [message],
      });
      expect(cypher).toBe(0);
    },
  );

  it('refuses nested pages that cost too much, naming the limit', async () => {
    const { answer, cypher } = await costOf(COSTLY_QUERY);
    expect(refusal(answer)).toMatchObject({ status: 400, roundTrips: '0' });
    expect(answer.json?.errors).toEqual([
      {
        message: expect.stringMatching(/^Query Cost limit of 20000 exceeded, found \d+/),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' },
      },
    ]);
    expect(cypher).toBe(0);
  });

  it('refuses a document of too many tokens while parsing it', async () => {
    const { answer, cypher } = await costOf(manyTokens(QUERY_LIMITS.tokens + 1));
    expect(refusal(answer)).toEqual({
      status: 400,
      roundTrips: '0',
      codes: ['GRAPHQL_PARSE_FAILED'],
      messages: ['Syntax Error: Document contains more that 1000 tokens. Parsing aborted.'],
    });
    expect(cypher).toBe(0);
  });

  it('answers a query just inside every limit', async () => {
    const { answer, cypher } = await costOf(deepQuery(QUERY_LIMITS.depth));
    expect(answer.status).toBe(200);
    expect(answer.json?.errors).toBeUndefined();
    expect(cypher).toBeGreaterThan(0);
    expect(answer.headers.get('x-neo4j-round-trips')).toBe(String(cypher));
  });
});

describe('the body size limit', () => {
  it('answers 413 with a JSON error for a body above MAX_BODY_BYTES', async () => {
    const before = cypherQueries;
    const body = JSON.stringify({
      query: 'query ($text: String!) { search(text: $text) { score } }',
      variables: { text: 'x'.repeat(1_000_001) },
    });
    const answer = await postGraphQL(url, body);
    expect(answer.status).toBe(413);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.json).toEqual({
      errors: [{ message: 'request entity too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    expect(cypherQueries).toBe(before);
  });
});

describe('the page size cap', () => {
  // Every field of the schema that takes `first`, found by walking it, so a new one is covered.
  // `first` goes in a variable: as a literal, a huge one would meet the cost limit first.
  const schema = buildGraphSchema();
  const paged: { path: string; query: string }[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    if (field.args.some((a) => a.name === 'first')) {
      paged.push({ path: `Query.${field.name}`, query: `query ($first: Int) { ${call(field)} }` });
    }
  }
  const entity = schema.getType('Entity') as unknown as {
    getFields: () => Record<string, GraphQLField<unknown, unknown>>;
  };
  for (const field of Object.values(entity.getFields())) {
    if (field.args.some((a) => a.name === 'first')) {
      paged.push({
        path: `Entity.${field.name}`,
        query: `query ($first: Int) { entity(id: "armenia") { ${call(field)} } }`,
      });
    }
  }

  it('covers every paged field of Query and Entity', () => {
    expect(paged.map((p) => p.path)).toEqual(
      expect.arrayContaining(['Query.statements', 'Query.entities', 'Entity.statementsBy']),
    );
  });

  it.each([101, -1, 2 ** 31 - 1])('refuses first: %d on every paged field', async (first) => {
    for (const field of paged) {
      const { answer, cypher } = await costOf(field.query, { first });
      expect({ field: field.path, status: answer.status, codes: codesOf(answer) }).toEqual({
        field: field.path,
        status: 200,
        codes: ['BAD_USER_INPUT'],
      });
      expect(cypher).toBeLessThanOrEqual(1); // `entity` itself may have been looked up
    }
  });

  it('names the cap in the message', async () => {
    const { answer } = await costOf('{ statements(first: 101) { totalCount } }');
    expect(answer.json?.errors?.[0]?.message).toBe('"first" must be at most 100; got 101');
  });

  it('answers a page of exactly the cap', async () => {
    const { answer } = await costOf('{ statements(first: 100) { totalCount edges { cursor } } }');
    expect(answer.json?.errors).toBeUndefined();
  });
});

/** `name(first: $first) { … }` with the smallest selection the field's type allows. */
function call(field: GraphQLField<unknown, unknown>): string {
  const required = field.args
    .filter((a) => a.name !== 'first' && String(a.type).endsWith('!'))
    .map((a) => `${a.name}: "Armenia"`);
  const args = ['first: $first', ...required].join(', ');
  const type = getNamedType(field.type);
  const selection =
    'getFields' in type && 'totalCount' in type.getFields() ? '{ totalCount }' : '{ __typename }';
  return `${field.name}(${args}) ${selection}`;
}

describe('the Cypher timeout', () => {
  const SLOW = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 1234567 RETURN count(x)';

  it('stops a slow transaction with SERVICE_UNAVAILABLE after NEO4J_QUERY_TIMEOUT_MS', async () => {
    const tight = new Executor(graph.driver, graph.config.neo4j.database, 300);
    for (const run of [() => tight.read(SLOW), () => tight.write(SLOW)]) {
      const started = Date.now();
      await expect(run()).rejects.toMatchObject({
        extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'timeout' },
        message: expect.stringContaining('took too long'),
      });
      expect(Date.now() - started).toBeLessThan(5_000);
    }
  });

  it('is also set in Neo4j itself, above the service default', () => {
    const conf = readFileSync(repoPath('neo4j', 'neo4j.conf'), 'utf8');
    const setting = /^db\.transaction\.timeout=(\d+)s$/m.exec(conf);
    expect(setting).not.toBeNull();
    const serverMs = Number(setting![1]) * 1_000;
    expect(serverMs).toBeGreaterThan(loadConfig({}).neo4j.queryTimeoutMs);
  });
});
