import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { loadConfig } from '../../src/config/config';
import { createApp, type App } from '../../src/http/app';
import { ReadinessState } from '../../src/http/readiness';
import { createLogger } from '../../src/logging/logger';
import { repoPath } from '../../src/paths';
import { writeGeneratedSeed } from '../helpers/generated-seed';
import {
  expectedStatementRows,
  readCsv,
  readSeedFile,
  TRICKY_SOURCE,
  TRICKY_TEXTS,
  writeTrickySeed,
  type CountedDocument,
} from '../helpers/export-fixture';
import { openTestGraph, SEED_FILE, SEED_SOURCE, type TestGraph } from '../helpers/graph';
import { buildDist } from '../helpers/main-process';
import { authHeader, startTestServer, type TestServer } from '../helpers/server';

/**
 * The exports over HTTP against the real Neo4j: GET /export/statements.csv, dyads.csv and
 * graph.graphml, parsed back with real parsers, each compared with counts made from the seed
 * files by hand or with the GraphQL answer they must agree with; and `npm run export`'s CLI.
 * Like every suite, this one resets the shared graph and loads its own files: the seed article,
 * a small file of text that CSV and XML must escape, and a generated file large enough to be
 * read in several pages.
 */
const GENERATED = 'export-test-generated';
const GENERATED_STATEMENTS = 12_000;
const GENERATED_PEOPLE = 40;

let graph: TestGraph;
let server: TestServer;
let dir: string;
let seed: CountedDocument;
let tricky: CountedDocument;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'export-e2e-'));
  const trickyFile = writeTrickySeed(dir).file;
  const big = writeGeneratedSeed(dir, GENERATED, {
    statements: GENERATED_STATEMENTS,
    people: GENERATED_PEOPLE,
  });
  seed = readSeedFile(SEED_FILE);
  tricky = readSeedFile(trickyFile);
  graph = await openTestGraph();
  await graph.seed([SEED_FILE, trickyFile, big.file]);
  server = await startTestServer();
  // Client and server share this process, and parsing a large export blocks both for seconds:
  // the next fetch could then reuse a kept-alive socket whose 5 s idle timeout fires just after.
  server.app.server.keepAliveTimeout = 60_000;
}, 180_000);

afterAll(async () => {
  await server?.close();
  await graph?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers });

async function csv(path: string) {
  const res = await get(path);
  expect(res.status).toBe(200);
  return readCsv(await res.text());
}

const pairs = (rows: { statement_id?: string; speaker_id?: string }[]) =>
  rows.map((r) => `${r.statement_id} ${r.speaker_id}`).sort();

describe('GET /export/statements.csv', () => {
  it('has one row per statement and speaker of the seed article, as the seed file says', async () => {
    const res = await get(`/export/statements.csv?source=${SEED_SOURCE}`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="statements.csv"');
    const { columns, rows } = readCsv(await res.text());
    expect(columns).toEqual(
      expect.arrayContaining(
        'statement_id speaker_id speaker_name stance cameo date source_id outlet url is_quote text evidence_sentence target_ids target_names'.split(
          ' ',
        ),
      ),
    );
    const expected = expectedStatementRows(seed);
    expect(rows).toHaveLength(expected.length);
    const byKey = new Map(rows.map((r) => [`${r.statement_id} ${r.speaker_id}`, r]));
    for (const e of expected) {
      expect(byKey.get(`${e.statement_id} ${e.speaker_id}`)).toMatchObject({
        stance: e.stance,
        date: e.date,
        is_quote: e.is_quote,
        text: e.text,
        target_ids: e.target_ids,
        source_id: SEED_SOURCE,
        outlet: 'Al Jazeera',
      });
    }
    expect(rows.every((r) => r.evidence_sentence!.includes(r.text!.slice(0, 20)))).toBe(true);
  });

  it('gives a joint statement one row per speaker', async () => {
    const { rows } = await csv(`/export/statements.csv?source=${SEED_SOURCE}`);
    const joint = rows.filter((r) => r.speaker_count === '2');
    expect(joint.map((r) => [r.speaker_id, r.speaker_order])).toEqual([
      ['russia', '1'],
      ['turkey', '2'],
    ]);
    expect(new Set(joint.map((r) => r.statement_id)).size).toBe(1);
  });

  it('keeps commas, double quotes and line breaks of text and names through a round trip', async () => {
    const { rows } = await csv(`/export/statements.csv?source=${TRICKY_SOURCE}`);
    expect(rows.map((r) => [r.statement_id, r.speaker_id, r.text])).toEqual([
      [`${TRICKY_SOURCE}/t1`, `${TRICKY_SOURCE}-mayor`, TRICKY_TEXTS.quote],
      [`${TRICKY_SOURCE}/t2`, `${TRICKY_SOURCE}-atlantis`, TRICKY_TEXTS.joint],
      [`${TRICKY_SOURCE}/t2`, `${TRICKY_SOURCE}-utopia`, TRICKY_TEXTS.joint],
    ]);
    expect(rows[0]).toMatchObject({ speaker_name: 'Mayor "Tom" & <Sons>', said_on: '2020-11-03' });
    expect(rows[1]).toMatchObject({
      date: '2020-12-01',
      said_on: '',
      target_names: 'Mayor "Tom" & <Sons>',
      mentioned_ids: `${TRICKY_SOURCE}-border`,
    });
    expect(rows[2]!.speaker_name).toBe('Utopia, Republic of');
  });

  it('filters by speaker (a name), by days and by stance as StatementWhere does', async () => {
    const bySpeaker = await csv('/export/statements.csv?speaker=Aliyev');
    const aliyev = expectedStatementRows(seed).filter((r) => r.speakers.includes('ilham-aliyev'));
    expect(aliyev.length).toBeGreaterThan(2);
    expect(pairs(bySpeaker.rows)).toEqual(pairs(aliyev));

    const november = await csv('/export/statements.csv?from=2020-11-01&to=2020-11-30');
    expect(pairs(november.rows)).toEqual([`${TRICKY_SOURCE}/t1 ${TRICKY_SOURCE}-mayor`]);

    const stances = await csv(`/export/statements.csv?source=${SEED_SOURCE}&stance=ACCUSE,DENY`);
    const repeated = await csv(
      `/export/statements.csv?source=${SEED_SOURCE}&stance=ACCUSE&stance=DENY`,
    );
    const accuseOrDeny = expectedStatementRows(seed).filter((r) =>
      ['ACCUSE', 'DENY'].includes(r.stance),
    );
    expect(accuseOrDeny.length).toBeGreaterThan(2);
    expect(pairs(stances.rows)).toEqual(pairs(accuseOrDeny));
    expect(pairs(repeated.rows)).toEqual(pairs(accuseOrDeny));

    // `target` keeps the statements aimed at the entity, not those that only mention it.
    const aimed = await csv(`/export/statements.csv?source=${SEED_SOURCE}&target=Azerbaijan`);
    const atAzerbaijan = expectedStatementRows(seed).filter((r) =>
      r.targets.includes('azerbaijan'),
    );
    expect(atAzerbaijan.length).toBeGreaterThan(2);
    expect(pairs(aimed.rows)).toEqual(pairs(atAzerbaijan));
  });

  it('reads a large export in keyset pages without losing or repeating a statement', async () => {
    const { rows } = await csv('/export/statements.csv');
    const all = [seed, tricky].flatMap(expectedStatementRows);
    expect(rows).toHaveLength(all.length + GENERATED_STATEMENTS);
    const ids = rows.map((r) => r.statement_id);
    const keys = rows.map((r) => `${r.date} ${r.statement_id}`);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(ids.filter((id) => id!.startsWith(`${GENERATED}/`))).size).toBe(
      GENERATED_STATEMENTS,
    );
  });
});

interface Cell {
  speaker: { id: string };
  target: { id: string };
  stance: string;
  bucket: string | null;
  count: number;
}

async function matrix(args: string): Promise<Map<string, number>> {
  const { body } = await server.gql<{ stanceMatrix: Cell[] }>(
    `{ stanceMatrix(${args}, maxCells: 1000) { speaker { id } target { id } stance bucket count } }`,
  );
  expect(body.errors).toBeUndefined();
  const cells = body.data!.stanceMatrix;
  return new Map(
    cells.map((c) => [[c.speaker.id, c.target.id, c.stance, c.bucket ?? ''].join('|'), c.count]),
  );
}

async function dyads(query: string): Promise<Map<string, number>> {
  const { columns, rows } = await csv(`/export/dyads.csv?${query}`);
  expect(columns).toEqual([
    'speaker_id',
    'speaker_name',
    'target_id',
    'target_name',
    'stance',
    'bucket',
    'count',
  ]);
  return new Map(
    rows.map((r) => [[r.speaker_id, r.target_id, r.stance, r.bucket].join('|'), Number(r.count)]),
  );
}

describe('GET /export/dyads.csv', () => {
  it('counts what stanceMatrix counts, month by month, over the whole graph', async () => {
    const expected = await matrix('bucket: MONTH');
    expect(expected.size).toBeGreaterThan(40);
    expect(await dyads('bucket=MONTH')).toEqual(expected);
  });

  it('takes the filters, the bucket and the rows as stanceMatrix does', async () => {
    expect(await dyads('speaker=Aliyev')).toEqual(await matrix('where: { speaker: "Aliyev" }'));
    expect(await dyads('speakers=armenia,azerbaijan&bucket=year&stance=ACCUSE')).toEqual(
      await matrix(
        'speakers: ["armenia", "azerbaijan"], bucket: YEAR, where: { stance: [ACCUSE] }',
      ),
    );
    const all = await dyads(`source=${TRICKY_SOURCE}`);
    expect(all.get(`${TRICKY_SOURCE}-utopia|${TRICKY_SOURCE}-mayor|PROMISE|`)).toBe(1);
  });
});

interface GraphmlData {
  '@_key': string;
  '#text': string;
}
interface GraphmlElement {
  '@_id': string;
  '@_source'?: string;
  '@_target'?: string;
  data?: GraphmlData[];
}

/**
 * A GraphML body checked for well-formedness, then parsed into its nodes and edges, each with its
 * values under the names its keys declare. Throws when a value's key is not declared, or not for
 * that element, or when two keys share an id.
 */
function readGraphml(body: string) {
  expect(XMLValidator.validate(body)).toBe(true);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
  }).parse(body) as {
    graphml: {
      key: { '@_id': string; '@_for': string; '@_attr.name': string }[];
      graph: { '@_edgedefault': string; node?: GraphmlElement[]; edge?: GraphmlElement[] };
    };
  };
  const { key: keys, graph: g } = parsed.graphml;
  const declared = new Map(keys.map((k) => [k['@_id'], k]));
  if (declared.size !== keys.length) throw new Error('two keys share an id');
  const values = (element: 'node' | 'edge', e: GraphmlElement): Record<string, string> =>
    Object.fromEntries(
      (e.data ?? []).map((d) => {
        const k = declared.get(d['@_key']);
        if (k?.['@_for'] !== element) throw new Error(`undeclared ${element} key ${d['@_key']}`);
        return [k['@_attr.name'], d['#text']];
      }),
    );
  type Edge = Record<string, string> & { from: string; to: string };
  return {
    directed: g['@_edgedefault'] === 'directed',
    nodes: (g.node ?? []).map((n) => ({ ...values('node', n), id: n['@_id'] })),
    edges: (g.edge ?? []).map(
      (e): Edge => ({ ...values('edge', e), from: e['@_source']!, to: e['@_target']! }),
    ),
  };
}

async function graphml(query = '') {
  const res = await get(`/export/graph.graphml${query}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
  return readGraphml(await res.text());
}

/** Speaker → target edges of the statements `keep` keeps, one per pair, as the seed files say. */
const statementEdges = (docs: CountedDocument[], keep: (speakers: string[]) => boolean) =>
  docs
    .flatMap(expectedStatementRows)
    .filter((r) => keep(r.speakers))
    .flatMap((r) => r.targets.map((t) => `${r.statement_id} ${r.speaker_id}>${t}`))
    .sort();

describe('GET /export/graph.graphml', () => {
  it('declares every entity as a node and every key used, and links only declared nodes', async () => {
    const g = await graphml();
    const stored = await graph.executor.read<{ n: number }>(
      'MATCH (e:Entity) RETURN count(e) AS n',
    );
    const defined = new Set([seed, tricky].flatMap((d) => d.entities.map((e) => e.id)));
    expect(g.nodes).toHaveLength(stored.records[0]!.get('n'));
    expect(g.nodes).toHaveLength(defined.size + GENERATED_PEOPLE);
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(ids.size).toBe(g.nodes.length);
    expect(g.edges.every((e) => ids.has(e.from) && ids.has(e.to))).toBe(true);
    expect(g.directed).toBe(true);
    expect(g.nodes.find((n) => n.id === `${TRICKY_SOURCE}-mayor`)).toEqual({
      id: `${TRICKY_SOURCE}-mayor`,
      label: 'Mayor "Tom" & <Sons>',
      name: 'Mayor "Tom" & <Sons>',
      kind: 'Person',
    });
    expect(g.edges.filter((e) => e.edgeKind === 'relation')).toContainEqual(
      expect.objectContaining({
        from: `${TRICKY_SOURCE}-atlantis`,
        to: `${TRICKY_SOURCE}-utopia`,
        relationType: 'ALLY_OF',
        sourceId: TRICKY_SOURCE,
      }),
    );
  });

  it('has one edge per speaker and target of each statement the filters keep', async () => {
    const edgesOf = (g: Awaited<ReturnType<typeof graphml>>) =>
      g.edges
        .filter((e) => e.edgeKind === 'statement')
        .map((e) => `${e.statementId} ${e.from}>${e.to}`)
        .sort();
    const all = await graphml();
    const fromFiles = statementEdges([seed, tricky], () => true);
    const byGenerated = edgesOf(all).filter((e) => e.startsWith(`${GENERATED}/`));
    expect(edgesOf(all).filter((e) => !e.startsWith(`${GENERATED}/`))).toEqual(fromFiles);
    expect(byGenerated).toHaveLength(GENERATED_STATEMENTS);

    const filtered = await graphml('?speaker=ilham-aliyev');
    expect(edgesOf(filtered)).toEqual(statementEdges([seed], (s) => s.includes('ilham-aliyev')));
    // The filters choose statements; the entities and their relations are all there still.
    expect(filtered.nodes).toHaveLength(all.nodes.length);
    const stance = all.edges.find((e) => e.statementId === `${TRICKY_SOURCE}/t1`);
    expect(stance).toMatchObject({ stance: 'CLAIM', date: '2020-11-03', sourceId: TRICKY_SOURCE });
  });
});

describe('parameters and keys', () => {
  it('answers 400 naming the parameter when a filter is wrong, on every export', async () => {
    const cases: [string, string, RegExp][] = [
      ['/export/statements.csv?from=2020-13-01', 'from', /"from" must be a date YYYY-MM-DD/],
      ['/export/dyads.csv?to=yesterday', 'to', /"to" must be a date YYYY-MM-DD/],
      ['/export/graph.graphml?stance=GLOAT', 'stance', /"stance" must be one or more of .*"GLOAT"/],
      ['/export/statements.csv?isQuote=maybe', 'isQuote', /"isQuote" must be true or false/],
      ['/export/dyads.csv?bucket=DECADE', 'bucket', /"bucket" must be one of DAY, WEEK/],
      ['/export/statements.csv?bucket=MONTH', 'bucket', /unknown parameter "bucket"/],
      ['/export/graph.graphml?speaker=a&speaker=b', 'speaker', /given only once/],
      [`/export/dyads.csv?text=${'x'.repeat(501)}`, 'text', /"text" must have at most 500/],
    ];
    for (const [path, argument, message] of cases) {
      const res = await get(path);
      const body = (await res.json()) as {
        errors: { message: string; extensions: { code: string; argument: string } }[];
      };
      expect({ path, status: res.status, code: body.errors[0]!.extensions.code }).toEqual({
        path,
        status: 400,
        code: 'BAD_USER_INPUT',
      });
      expect(body.errors[0]!.extensions.argument).toBe(argument);
      expect(body.errors[0]!.message).toMatch(message);
    }
  });

  it('asks for the API key exactly as /graphql does when READS_REQUIRE_KEY is set', async () => {
    const locked = await startTestServer({ READS_REQUIRE_KEY: 'true' });
    try {
      const wrong = { authorization: 'Bearer wrong-key-0123456789abcdef' };
      const answer = async (path: string, headers: Record<string, string>) => {
        const res =
          path === '/graphql'
            ? await fetch(`${locked.url}/graphql`, {
                method: 'POST',
                headers: { 'content-type': 'application/json', ...headers },
                body: JSON.stringify({ query: '{ __typename }' }),
              })
            : await fetch(`${locked.url}${path}`, { headers });
        const body = (await res.json().catch(() => null)) as {
          errors?: { message: string; extensions: { code: string } }[];
        } | null;
        return [res.status, body?.errors?.[0]?.extensions.code, body?.errors?.[0]?.message];
      };
      const graphqlNone = await answer('/graphql', {});
      const graphqlWrong = await answer('/graphql', wrong);
      expect(graphqlNone.slice(0, 2)).toEqual([401, 'UNAUTHENTICATED']);
      expect(graphqlWrong.slice(0, 2)).toEqual([403, 'FORBIDDEN']);
      for (const path of ['/export/statements.csv', '/export/dyads.csv', '/export/graph.graphml']) {
        expect(await answer(path, {})).toEqual(graphqlNone);
        expect(await answer(path, wrong)).toEqual(graphqlWrong);
        const ok = await fetch(`${locked.url}${path}?source=${TRICKY_SOURCE}`, {
          headers: authHeader,
        });
        expect(ok.status).toBe(200);
        await ok.text();
      }
    } finally {
      await locked.close();
    }
  });
});

describe('streaming', () => {
  let app: App;
  let url: string;
  /** When each page of statements was asked of Neo4j, in ms since the time origin. */
  let pageReads: number[];

  beforeAll(async () => {
    pageReads = [];
    // The service's app over an executor that notes when each page is read.
    const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
    const executor = graph.executor.observed((cypher) => {
      if (cypher.includes('exportAt')) pageReads.push(performance.now());
    });
    const readiness = new ReadinessState();
    app = await createApp({
      config,
      logger: createLogger('silent'),
      driver: graph.driver,
      executor,
      readiness,
    });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('sends the first rows before the last page is read, in many chunks', async () => {
    const res = await fetch(`${url}/export/statements.csv?source=${GENERATED}`);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let firstChunkAt = 0;
    let chunks = 0;
    let body = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (chunks++ === 0) firstChunkAt = performance.now();
      body += decoder.decode(value, { stream: true });
    }
    const endedAt = performance.now();
    // 12,000 statements are six full pages of 2,000, and a seventh that finds none.
    expect(pageReads).toHaveLength(7);
    expect(chunks).toBeGreaterThan(1);
    expect(firstChunkAt).toBeLessThan(pageReads[pageReads.length - 1]!);
    expect(firstChunkAt).toBeLessThan(endedAt);
    expect(readCsv(body).rows).toHaveLength(GENERATED_STATEMENTS);
  });
});

describe('npm run export (the CLI)', () => {
  const cli = repoPath('dist', 'src', 'export', 'cli.js');
  const run = (args: string[]) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, [cli, ...args], { env: process.env }, (error, _stdout, stderr) =>
        resolve({ code: error ? (error.code as number) : 0, stderr }),
      );
    });

  beforeAll(async () => {
    await buildDist();
  }, 120_000);

  it('writes the file the HTTP export writes, and says rows, seconds and peak RSS', async () => {
    const out = join(dir, 'cli-statements.csv');
    const { code, stderr } = await run([
      'statements',
      '--source',
      TRICKY_SOURCE,
      '--stance',
      'CLAIM',
      '--stance',
      'PROMISE',
      '--out',
      out,
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(stderr).toMatch(
      /^export statements: 3 rows to .* in \d+\.\d+ s, peak RSS \d+\.\d MiB$/m,
    );
    const http = await (await get(`/export/statements.csv?source=${TRICKY_SOURCE}`)).text();
    expect(readFileSync(out, 'utf8')).toBe(http);
  });

  it('refuses a bad filter as the endpoint does, exits 2 and leaves no file', async () => {
    const out = join(dir, 'cli-dyads.csv');
    const { code, stderr } = await run(['dyads', '--from', '2020-13-01', '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toContain('"from" must be a date YYYY-MM-DD');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.part`)).toBe(false);
  });
});
