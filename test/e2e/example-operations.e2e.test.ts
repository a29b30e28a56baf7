import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { exampleOperations } from '../../src/http/operations';
import { openTestGraph, SEED_FILE, type TestGraph } from '../helpers/graph';
import { watchNeo4jWarnings, type Neo4jWarning } from '../helpers/neo4j-warnings';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * Runs every operation of schema/operations over HTTP against the real server on the seeded graph,
 * and checks each answer against the seed article and its curated extraction.
 */
type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const curated = parse(readFileSync(SEED_FILE, 'utf8')) as {
  statements: { id: string; text: string }[];
};
const article = readFileSync(SEED_FILE.replace(/\.yaml$/, '.txt'), 'utf8');

let graph: TestGraph;
let server: TestServer;
const results = new Map<string, Node>();
/** What Neo4j warned of (a cartesian product, a shadowed variable…) for the queries sent. */
let warnings: Neo4jWarning[] = [];

beforeAll(async () => {
  graph = await openTestGraph();
  await graph.seed();
  server = await startTestServer();
  warnings = watchNeo4jWarnings();
  for (const op of exampleOperations()) {
    const { status, body } = await server.gql(op.document);
    expect({ file: op.file, status, errors: body.errors }).toEqual({
      file: op.file,
      status: 200,
      errors: undefined,
    });
    results.set(op.file.replace(/^\d+-|\.graphql$/g, ''), body.data as Node);
  }
});

afterAll(async () => {
  jest.restoreAllMocks();
  await server?.close();
  await graph?.close();
});

const edges = (connection: Node) => (connection.edges as Node[]).map((e) => e.node);

describe('the example operations on the seed article', () => {
  it('holds at least a dozen operations, all answered without errors', () => {
    expect(results.size).toBeGreaterThanOrEqual(12);
  });

  it('sends Neo4j no query that it warns about', () => {
    expect(warnings).toEqual([]);
  });

  it('tells what Pashinyan said about Azerbaijan: the genocide accusation, with its sentence', () => {
    const rows = edges(results.get('what-did-pashinyan-say-about-azerbaijan')!.statements);
    expect(rows.length).toBeGreaterThanOrEqual(1);
    for (const s of rows) {
      expect(s.speaker.name).toBe('Nikol Pashinyan');
      expect(s.about.map((a: Node) => a.name)).toContain('Azerbaijan');
      expect(article.slice(s.evidence.start, s.evidence.end)).toBe(s.text);
    }
    const genocide = rows.find((s) => s.text.includes('genocide'));
    expect(genocide).toMatchObject({ stance: 'ACCUSE', isQuote: true });
    expect(genocide!.evidence.sentence).toContain('Pashinyan accused Baku');
  });

  it('lists who denies what, and only denials', () => {
    const rows = edges(results.get('who-denies-what')!.statements);
    expect(rows.every((s) => s.id && s.speaker)).toBe(true);
    const bySpeaker = rows.map((s) => `${s.speaker.name}: ${s.text}`);
    expect(bySpeaker).toContain('Armenia: its forces had attacked Ganja’s residential area');
    expect(
      bySpeaker.some(
        (s) => s.startsWith('Ilham Aliyev: ') && s.includes('never targeted civilian'),
      ),
    ).toBe(true);
  });

  it('finds the countries that support Azerbaijan, and who said so', () => {
    const data = results.get('who-supports-azerbaijan')!;
    const speakers = edges(data.statements).map((s) => s.speaker.name);
    expect(speakers).toEqual(expect.arrayContaining(['Turkey', 'Mevlut Cavusoglu']));
    const cavusoglu = edges(data.statements).find((s) => s.speaker.name === 'Mevlut Cavusoglu')!;
    expect(cavusoglu.speaker).toMatchObject({
      office: 'Foreign Minister',
      country: { name: 'Turkey' },
    });
    expect(data.entity.allies.map((a: Node) => a.name)).toContain('Turkey');
  });

  it('connects the S-300 to Turkey through statements and relations', () => {
    const paths = results.get('how-is-the-s300-connected-to-turkey')!.path as Node[];
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      expect(p.nodes[0].name).toBe('S-300');
      expect(p.nodes.at(-1).name).toBe('Turkey');
      expect(p.edges).toHaveLength(p.length);
      expect(p.length).toBeLessThanOrEqual(4);
    }
  });

  it('keeps competing casualty figures side by side, each with its claimant', () => {
    const disputes = results.get('which-casualty-figures-disagree')!.disputes as Node[];
    const tolls = disputes.filter((d) => d.kind === 'COMPETING_FIGURES');
    const claimants = (d: Node) => [d.statement.speaker.name, d.disputed.speaker.name].sort();
    const pair = tolls.find(
      (d) => claimants(d).join() === 'Azerbaijan,Separatist government of Karabakh',
    );
    expect(pair).toBeDefined();
    const figures = [pair!.statement.figures, pair!.disputed.figures]
      .map((f: Node) => f.killed)
      .sort((a, b) => a - b);
    expect(figures).toEqual([60, 667]);
  });

  it('answers who contradicts what Armenia claims', () => {
    const rows = edges(results.get('who-denies-what-armenia-claims')!.entity.statementsBy);
    const shelling = rows.find((s) => s.text.includes('shell populated areas'))!;
    expect(shelling.disputes.map((d: Node) => d.speaker.name)).toContain('Ilham Aliyev');
  });

  it('finds an entity by an accented alias, with its office and relations', () => {
    const entity = results.get('entity-by-alias')!.entity;
    expect(entity).toMatchObject({
      id: 'mevlut-cavusoglu',
      kind: 'LEADER',
      office: 'Foreign Minister',
    });
    expect(entity.country).toMatchObject({ name: 'Turkey', capital: { name: 'Ankara' } });
    expect(
      entity.relations.some(
        (r: Node) => r.type === 'HOLDS_OFFICE' && r.title === 'Foreign Minister',
      ),
    ).toBe(true);
  });

  it('searches statement text through the full-text index', () => {
    const hits = results.get('search')!.search as Node[];
    expect(hits[0]).toMatchObject({
      kind: 'STATEMENT',
      statement: { speaker: { name: 'Nikol Pashinyan' } },
    });
    expect(hits[0]!.score).toBeGreaterThan(0);
  });

  it('lists every curated statement with its sentence as evidence', () => {
    const data = results.get('statements-with-provenance')!.statements;
    expect(data.totalCount).toBe(curated.statements.length);
    const rows = edges(data);
    expect(rows.map((s) => s.text).sort()).toEqual(curated.statements.map((s) => s.text).sort());
    for (const s of rows) expect(s.evidence.sentence).toContain(s.text.split('\n')[0]);
  });

  it('profiles a country three levels deep', () => {
    const entity = results.get('country-profile')!.entity;
    expect(entity.capital.name).toBe('Baku');
    const aliyev = entity.leaders.find((l: Node) => l.name === 'Ilham Aliyev');
    expect(aliyev.office).toBe('President');
    expect(aliyev.statementsBy.edges.length).toBeGreaterThan(0);
    expect(entity.statementsAbout.totalCount).toBeGreaterThan(0);
  });

  it('knows who operates the S-300', () => {
    const entity = results.get('weapon-operators')!.entity;
    expect(entity.operators.map((o: Node) => o.name)).toContain('Armenia');
    expect(edges(entity.statementsAbout)[0].speaker.name).toBe('Azerbaijan');
  });

  it('lists the sources with their statements', () => {
    const sources = results.get('sources')!.sources;
    expect(sources.totalCount).toBe(1);
    expect(edges(sources)[0].statements.totalCount).toBe(curated.statements.length);
  });

  it('lists leaders by name with their offices', () => {
    const names = edges(results.get('entities-by-kind')!.entities).map((l) => l.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names).toEqual(
      expect.arrayContaining(['Ilham Aliyev', 'Nikol Pashinyan', 'Hulusi Akar']),
    );
  });
});
