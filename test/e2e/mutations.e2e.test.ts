import { openTestGraph, SEED_SOURCE, snapshotGraph, type TestGraph } from '../helpers/graph';
import { authHeader, startTestServer, type TestServer } from '../helpers/server';
import { tallyDrift } from '../helpers/tallies';
import { watchNeo4jWarnings, type Neo4jWarning } from '../helpers/neo4j-warnings';

/** The curation mutations over HTTP: authentication, validation codes, transactions, idempotency. */
let graph: TestGraph;
/** What Neo4j warned of for the queries this suite sent, writes included. */
let warnings: Neo4jWarning[] = [];
let server: TestServer;

beforeAll(async () => {
  warnings = watchNeo4jWarnings();
  graph = await openTestGraph();
  await graph.seed();
  server = await startTestServer();
});

afterAll(async () => {
  jest.restoreAllMocks();
  await server?.close();
  await graph?.close();
});

const ADD_STATEMENT = `mutation ($input: AddStatementInput!) {
  addStatement(input: $input) { id text stance speaker { id } about { id } evidence { sentenceIndex start end } }
}`;
const UPSERT_ENTITY = `mutation ($input: UpsertEntityInput!) { upsertEntity(input: $input) { id name kind aliases } }`;
const ADD_RELATION = `mutation ($input: AddRelationInput!) { addRelation(input: $input) { type from { id } to { id } title } }`;
const REMOVE = `mutation ($id: ID!) { removeStatement(id: $id) { id removed } }`;

const statement = (overrides: Record<string, unknown> = {}) => ({
  sourceId: SEED_SOURCE,
  speakers: ['russia', 'turkey'],
  about: [{ entity: 'nagorno-karabakh-war-2020', role: 'TARGET' }],
  stance: 'APPEAL',
  text: 'the war to end',
  isQuote: false,
  cue: 'called for',
  ...overrides,
});

const code = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  body.errors?.[0]?.extensions?.code;

describe('authentication of mutations', () => {
  it('answers UNAUTHENTICATED without a key and FORBIDDEN with a wrong one, and writes nothing', async () => {
    const before = await snapshotGraph(graph.executor);
    const none = await server.gql(UPSERT_ENTITY, {
      input: { id: 'x-land', kind: 'COUNTRY', name: 'X' },
    });
    expect(code(none.body)).toBe('UNAUTHENTICATED');
    expect(none.status).toBe(401);
    const wrong = await server.gql(
      UPSERT_ENTITY,
      { input: { id: 'x-land', kind: 'COUNTRY', name: 'X' } },
      { authorization: 'Bearer not-the-key-at-all' },
    );
    expect(code(wrong.body)).toBe('FORBIDDEN');
    expect(await snapshotGraph(graph.executor)).toBe(before);
  });

  it('lets reads through without a key by default', async () => {
    const { body } = await server.gql('{ entity(id: "armenia") { name } }');
    expect(body.data).toEqual({ entity: { name: 'Armenia' } });
  });
});

describe('validation of mutations', () => {
  it('rejects a statement whose speaker is unknown, naming it', async () => {
    const { body } = await server.gql(
      ADD_STATEMENT,
      { input: statement({ speakers: ['atlantis'] }) },
      authHeader,
    );
    expect(code(body)).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toContain('unknown speaker "atlantis"');
  });

  it('rejects empty text', async () => {
    const { body } = await server.gql(
      ADD_STATEMENT,
      { input: statement({ text: '' }) },
      authHeader,
    );
    expect(code(body)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body.errors)).toMatch(/text must not be empty/);
  });

  it('rejects a stance outside the enum, naming the value', async () => {
    const { body } = await server.gql(
      ADD_STATEMENT,
      { input: statement({ stance: 'GLOAT' }) },
      authHeader,
    );
    expect(code(body)).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toContain('GLOAT');
  });

  it('rejects text that is not in the source', async () => {
    const { body } = await server.gql(
      ADD_STATEMENT,
      { input: statement({ text: 'peace is here' }) },
      authHeader,
    );
    expect(code(body)).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toContain('not found in source');
  });

  it('rejects an entity id that is not a slug', async () => {
    const { body } = await server.gql(
      UPSERT_ENTITY,
      { input: { id: 'Not A Slug', kind: 'COUNTRY', name: 'X' } },
      authHeader,
    );
    expect(code(body)).toBe('BAD_USER_INPUT');
  });

  it('rejects a relation to an unknown entity without writing it', async () => {
    const before = await snapshotGraph(graph.executor);
    const { body } = await server.gql(
      ADD_RELATION,
      { input: { type: 'ALLY_OF', from: 'russia', to: 'atlantis' } },
      authHeader,
    );
    expect(code(body)).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toContain('"atlantis"');
    expect(await snapshotGraph(graph.executor)).toBe(before);
  });

  it('answers NOT_FOUND for a path from an entity that does not exist', async () => {
    const { body } = await server.gql('{ path(from: "Atlantis", to: "Turkey") { length } }');
    expect(code(body)).toBe('NOT_FOUND');
  });

  it('rejects a page size above the cap', async () => {
    const { body } = await server.gql('{ statements(first: 1000) { totalCount } }');
    expect(code(body)).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toContain('at most 100');
  });

  it('rejects a cursor it did not issue', async () => {
    const { body } = await server.gql('{ statements(after: "bm90LWEtY3Vyc29y") { totalCount } }');
    expect(code(body)).toBe('BAD_USER_INPUT');
  });
});

describe('curating the graph', () => {
  it('upserts an entity idempotently, accumulating aliases', async () => {
    const input = {
      id: 'osce-minsk-group',
      kind: 'ORGANIZATION',
      name: 'OSCE Minsk Group',
      aliases: ['Minsk Group'],
    };
    const first = await server.gql(UPSERT_ENTITY, { input }, authHeader);
    expect(first.body.errors).toBeUndefined();
    const snapshot = await snapshotGraph(graph.executor);
    const again = await server.gql(UPSERT_ENTITY, { input }, authHeader);
    expect(again.body.data).toEqual(first.body.data);
    expect(await snapshotGraph(graph.executor)).toBe(snapshot);
    const byAlias = await server.gql('{ entity(name: "minsk group") { id } }');
    expect(byAlias.body.data).toEqual({ entity: { id: 'osce-minsk-group' } });
  });

  it('adds a relation once, however often it is sent', async () => {
    const input = { type: 'MEMBER_OF', from: 'russia', to: 'osce-minsk-group' };
    const first = await server.gql(ADD_RELATION, { input }, authHeader);
    expect(first.body.data).toEqual({
      addRelation: {
        type: 'MEMBER_OF',
        from: { id: 'russia' },
        to: { id: 'osce-minsk-group' },
        title: null,
      },
    });
    const snapshot = await snapshotGraph(graph.executor);
    await server.gql(ADD_RELATION, { input }, authHeader);
    expect(await snapshotGraph(graph.executor)).toBe(snapshot);
  });

  it('adds a statement with offsets found in the source, and a retry adds nothing', async () => {
    const input = statement({
      speakers: ['russia'],
      text: 'A Russia-brokered temporary ceasefire came into force last Saturday',
      stance: 'REPORT',
      cue: undefined,
    });
    const first = await server.gql(ADD_STATEMENT, { input }, authHeader);
    expect(first.body.errors).toBeUndefined();
    const added = (
      first.body.data as {
        addStatement: { id: string; evidence: { sentenceIndex: number; start: number } };
      }
    ).addStatement;
    expect(added.evidence.sentenceIndex).toBe(27);
    const snapshot = await snapshotGraph(graph.executor);
    const retry = await server.gql(ADD_STATEMENT, { input }, authHeader);
    expect(retry.body.data).toEqual(first.body.data);
    expect(await snapshotGraph(graph.executor)).toBe(snapshot);

    expect(await tallyDrift(graph.executor)).toEqual([]);

    const removed = await server.gql(REMOVE, { id: added.id }, authHeader);
    expect(removed.body.data).toEqual({ removeStatement: { id: added.id, removed: true } });
    expect(await tallyDrift(graph.executor)).toEqual([]);
    const twice = await server.gql(REMOVE, { id: added.id }, authHeader);
    expect(twice.body.data).toEqual({ removeStatement: { id: added.id, removed: false } });
  });
});

describe('queries', () => {
  // Last in the file: by now every mutation, seed load and reset of this suite has run.
  it('sends Neo4j no query that it warns about', () => {
    expect(warnings).toEqual([]);
  });
});
