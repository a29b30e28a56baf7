import { readFileSync } from 'node:fs';
import { openTestGraph, snapshotGraph, SEED_DIR, type TestGraph } from '../helpers/graph';
import { authHeader, startTestServer, type TestServer } from '../helpers/server';
import { watchNeo4jWarnings, type Neo4jWarning } from '../helpers/neo4j-warnings';
import { repoPath } from '../../src/paths';
import { parseSeedText } from '../../src/seed/parse';
import { graphCounts } from '../../src/seed/loader';

/** Ingestion over HTTP: extraction with evidence, dry runs for review, idempotent loading, bad input. */
let graph: TestGraph;
/** What Neo4j warned of for the queries this suite sent, writes included. */
let warnings: Neo4jWarning[] = [];
let server: TestServer;

const INGEST = `mutation ($input: IngestArticleInput!, $dryRun: Boolean) {
  ingestArticle(input: $input, dryRun: $dryRun) {
    sourceId loaded sentences warnings seedYaml
    entities { id name kind known }
    statements {
      id text isQuote stance cue date confidence needsReview
      speakers { id name }
      targets { id }
      evidence { sentence sentenceIndex start end }
    }
  }
}`;

type Result = {
  sourceId: string;
  loaded: boolean;
  seedYaml: string;
  entities: { id: string; known: boolean }[];
  statements: {
    text: string;
    speakers: { id: string }[];
    evidence: { sentence: string; start: number; end: number };
  }[];
};

const article = readFileSync(
  repoPath('eval', 'articles', 'sudan-jeddah-ceasefire-2023-05-21.txt'),
  'utf8',
);
const input = {
  text: article,
  title: 'Sudan ceasefire talks in Jeddah',
  outlet: 'Test Wire',
  publishedAt: '2023-05-21',
};

async function ingest(vars: Record<string, unknown>) {
  const { status, body } = await server.gql<{ ingestArticle: Result }>(INGEST, vars, authHeader);
  return { status, body, result: body.data?.ingestArticle };
}

beforeAll(async () => {
  warnings = watchNeo4jWarnings();
  graph = await openTestGraph();
  await graph.seed([SEED_DIR]);
  server = await startTestServer();
});

afterAll(async () => {
  jest.restoreAllMocks();
  await server?.close();
  await graph?.close();
});

describe('ingestArticle', () => {
  it('needs an API key', async () => {
    const { body } = await server.gql(INGEST, { input, dryRun: true });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('extracts statements with speakers and exact evidence on a dry run, writing nothing', async () => {
    const before = await snapshotGraph(graph.executor);
    const { result } = await ingest({ input, dryRun: true });
    expect(result!.loaded).toBe(false);
    expect(result!.statements.length).toBeGreaterThan(5);
    for (const s of result!.statements) {
      expect(s.speakers.length).toBeGreaterThan(0);
      expect(article.slice(s.evidence.start, s.evidence.end)).toBe(s.text);
      expect(s.evidence.sentence).toContain(s.text.split('\n')[0]!.slice(0, 20));
    }
    expect(await snapshotGraph(graph.executor)).toBe(before);
  });

  it('gives a dry run in the curated seed format, which the loader accepts', async () => {
    const { result } = await ingest({ input, dryRun: true });
    const parsed = parseSeedText(result!.seedYaml, 'review.yaml');
    expect(parsed.ok).toBe(true);
  });

  it('loads through the seed loader, and ingesting the same article twice changes nothing', async () => {
    const { result } = await ingest({ input, dryRun: false });
    expect(result!.loaded).toBe(true);
    const counts = await graphCounts(graph.executor);
    expect(counts.sources).toBe(2);
    const once = await snapshotGraph(graph.executor);
    const again = await ingest({ input, dryRun: false });
    expect(again.result!.loaded).toBe(false);
    expect(await snapshotGraph(graph.executor)).toBe(once);
    const stored = await server.gql<{ source: { statements: { totalCount: number } } }>(
      'query ($id: ID!) { source(id: $id) { statements { totalCount } } }',
      { id: result!.sourceId },
    );
    expect(stored.body.data!.source.statements.totalCount).toBe(result!.statements.length);
  });

  it("recognizes the graph's own entities on a second article", async () => {
    const text =
      'Turkish Foreign Minister Mevlut Cavusoglu said Ankara would keep backing Azerbaijan. Armenia denied the claims.';
    const { result } = await ingest({
      input: { text, title: 'Cavusoglu backs Baku', publishedAt: '2020-10-20' },
      dryRun: true,
    });
    const ids = result!.statements.flatMap((s) => s.speakers.map((sp) => sp.id));
    expect(ids).toContain('mevlut-cavusoglu');
  });

  describe('bad input gets a clear error or an empty result, and no write', () => {
    let before: string;
    beforeAll(async () => {
      before = await snapshotGraph(graph.executor);
    });
    afterEach(async () => {
      expect(await snapshotGraph(graph.executor)).toBe(before);
    });

    it('rejects empty text', async () => {
      const { body } = await ingest({ input: { text: '' }, dryRun: false });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('rejects binary input', async () => {
      const { body } = await ingest({
        input: { text: '\u0000\u0001\u0002PNG\u0000\u0000\u0003\u0004'.repeat(50) },
        dryRun: false,
      });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('refuses a 5 MB text at the door', async () => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...authHeader },
        body: JSON.stringify({
          query: INGEST,
          variables: { input: { text: 'Word. '.repeat(900_000) } },
        }),
      });
      expect(res.status).toBe(413);
    });

    it('gives no statements for text in another language', async () => {
      const text =
        'Le gouvernement a annoncé mardi une nouvelle réforme. Les syndicats ont appelé à la grève.';
      const { result, body } = await ingest({ input: { text, title: 'Réforme' }, dryRun: true });
      expect(body.errors).toBeUndefined();
      expect(result!.statements).toEqual([]);
    });

    it('gives no statements for an article without attributed speech', async () => {
      const text =
        'The river rose overnight. Roads were closed in the valley. Schools will reopen next week.';
      const { result } = await ingest({ input: { text, title: 'Floods' }, dryRun: true });
      expect(result!.statements).toEqual([]);
    });

    it('survives quotation marks that never close', async () => {
      const text =
        'The minister said: “We will never accept this. The talks are over.\n\nOfficials declined to comment.';
      const { body } = await ingest({ input: { text, title: 'Unclosed' }, dryRun: true });
      expect(body.errors).toBeUndefined();
    });
  });
});

describe('queries', () => {
  // Last in the file: by now every ingestion, dry run and reset of this suite has run.
  it('sends Neo4j no query that it warns about', () => {
    expect(warnings).toEqual([]);
  });
});
