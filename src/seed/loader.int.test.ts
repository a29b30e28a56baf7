import {
  fixture,
  openTestGraph,
  SEED_DIR,
  SEED_FILE,
  snapshotGraph,
  type TestGraph,
} from '../../test/helpers/graph';
import { tallyDrift } from '../../test/helpers/tallies';
import { watchNeo4jWarnings, type Neo4jWarning } from '../../test/helpers/neo4j-warnings';
import { prepareBatch, writeBatch } from './bulk';
import { seedFileInputs } from './inputs';
import { graphCounts, loadSeeds } from './loader';
import { SeedValidationError } from './problems';

/** The seed loader against the real Neo4j: idempotency, rejection without writes, merging. */
let graph: TestGraph;
/** What Neo4j warned of for the queries this suite sent, writes included. */
let warnings: Neo4jWarning[] = [];

beforeAll(async () => {
  warnings = watchNeo4jWarnings();
  graph = await openTestGraph();
});

afterAll(async () => {
  jest.restoreAllMocks();
  await graph?.close();
});

const load = (...paths: string[]) => loadSeeds(graph.executor, seedFileInputs(paths));

describe('loading the seed article', () => {
  it('loads every entity, relation and statement of the curated file', async () => {
    const report = await graph.seed();
    expect(report.files).toHaveLength(1);
    const counts = await graphCounts(graph.executor);
    expect(counts.entities).toBe(report.totals.entities);
    expect(counts.statements).toBe(report.totals.statements);
    expect(counts.sources).toBe(1);
  });

  it('is idempotent: loading twice leaves identical nodes, relationships and properties', async () => {
    await graph.seed();
    const once = await snapshotGraph(graph.executor);
    await load(SEED_DIR);
    expect(await snapshotGraph(graph.executor)).toBe(once);
  });

  it('answers "who said what about Azerbaijan" in Cypher, with sentences', async () => {
    await graph.seed();
    const result = await graph.executor.read<{
      speaker: string;
      stance: string;
      text: string;
      sentence: string;
    }>(`
      MATCH (az:Entity {id: 'azerbaijan'})<-[:ABOUT]-(s:Statement)-[:SAID_BY]->(sp:Entity)
      RETURN sp.name AS speaker, s.stance AS stance, s.text AS text, s.sentenceText AS sentence
      ORDER BY s.sentence`);
    const rows = result.records.map((r) => r.toObject());
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows).toContainEqual(
      expect.objectContaining({
        speaker: 'Nikol Pashinyan',
        stance: 'ACCUSE',
        text: 'an attempted genocide of the Armenian people',
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ speaker: 'Mevlut Cavusoglu', stance: 'SUPPORT' }),
    );
    for (const row of rows) expect(row.sentence).toContain(row.text);
  });
});

describe('a second article sharing actors', () => {
  it('adds to the graph without duplicating them: Azerbaijan stays one node', async () => {
    await graph.seed();
    const before = await graphCounts(graph.executor);
    const report = await load(fixture('second-article'));
    const after = await graphCounts(graph.executor);
    expect(after.sources).toBe(2);
    expect(after.statements).toBe(before.statements + report.totals.statements);
    const azerbaijan = await graph.executor.read(
      `MATCH (e:Entity) WHERE e.name = 'Azerbaijan' RETURN e.id AS id, e.aliases AS aliases`,
    );
    expect(azerbaijan.records).toHaveLength(1);
    // The second file redefines Azerbaijan with one more alias: aliases accumulate.
    expect(azerbaijan.records[0]!.get('aliases')).toEqual(
      expect.arrayContaining(['Azeri', 'Azərbaycan']),
    );
    const crossDispute = await graph.executor.read(`
      MATCH (:Source {id: 'aljazeera-2020-10-17-nagorno-karabakh'})<-[:REPORTED_IN]-(:Statement)<-[:DISPUTES]-(s:Statement)
      RETURN count(s) AS n, collect(DISTINCT s.sourceId) AS sources`);
    expect(crossDispute.records[0]!.get('sources')).toContain(report.files[0]!.source);
  });

  it('cannot be loaded alone into an empty graph, since it needs the seed entities', async () => {
    await graph.reset();
    await expect(load(fixture('second-article'))).rejects.toThrow(
      /entity "[a-z-]+" is referenced but defined neither/,
    );
    expect((await graphCounts(graph.executor)).nodes).toBe(0);
  });
});

describe('malformed files are rejected with their location, and the graph is left unchanged', () => {
  const cases: [string, RegExp][] = [
    [
      'missing-speaker.yaml',
      /missing-speaker\.yaml:32:.*statements\[0\]\.speaker: missing required field `speaker`/,
    ],
    [
      'unknown-entity.yaml',
      /unknown-entity\.yaml:38:\d+: statements\[0\]\.about\[\d\]\.entity: entity "atlantis" is referenced but defined neither in the loaded files nor in the graph/,
    ],
    [
      'wrong-offset.yaml',
      /wrong-offset\.yaml:43:.*evidence\.start: text does not match the article at/,
    ],
    ['unknown-stance.yaml', /unknown-stance\.yaml:39:.*stance: .*GLOAT/],
    ['broken.yaml', /broken\.yaml:20:\d+: invalid YAML/],
  ];

  beforeAll(async () => {
    await graph.seed();
  });

  it('accepts the valid base fixture, so each defect is the only reason for its rejection', async () => {
    await expect(
      loadSeeds(graph.executor, seedFileInputs([fixture('malformed', 'valid.yaml')]), {}),
    ).resolves.toBeDefined();
    await graph.seed();
  });

  it.each(cases)('rejects %s', async (file, message) => {
    const before = await snapshotGraph(graph.executor);
    // Loaded together with a good file: the good one must not be written either.
    const error = await load(SEED_FILE, fixture('malformed', file)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/nothing was written/);
    expect(await snapshotGraph(graph.executor)).toBe(before);
  });
});

describe('loading in batches of several files', () => {
  const files = () => seedFileInputs([SEED_DIR, fixture('second-article')]);

  it('writes the same graph in one batch, file by file, and when reloaded over itself', async () => {
    await graph.reset();
    await loadSeeds(graph.executor, files(), { batchStatements: 1 });
    const fileByFile = await snapshotGraph(graph.executor);

    await graph.reset();
    const progress: number[] = [];
    await loadSeeds(graph.executor, files(), {
      batchStatements: 1_000_000,
      onProgress: (p) => progress.push(p.files),
    });
    expect(progress).toEqual([2]); // both files, one transaction
    expect(await snapshotGraph(graph.executor)).toBe(fileByFile);

    // Both sources are stored now: the reload goes through the merging path.
    await loadSeeds(graph.executor, files(), { batchStatements: 1_000_000 });
    expect(await snapshotGraph(graph.executor)).toBe(fileByFile);
    // The stance tallies, written from the rows when created and counted from the graph when
    // merged, match the statements.
    expect(await tallyDrift(graph.executor)).toEqual([]);
    expect(fileByFile).toContain('StanceTally');
  });

  it('merges sources that another writer created after the check, instead of failing', async () => {
    await graph.reset();
    await loadSeeds(graph.executor, files());
    const expected = await snapshotGraph(graph.executor);
    // The batch as the loader prepares it when the check found neither source in the graph.
    const seeds = files().map((input) => {
      const parsed = input.read();
      if (!parsed.ok) throw new Error('fixture does not parse');
      return parsed.seed;
    });
    const batch = prepareBatch(seeds, () => false);
    expect(batch.fresh).toHaveLength(2);
    const written = await writeBatch(graph.executor, batch);
    expect(written.map((w) => w.statements)).toEqual(
      batch.seeds.map((s) => s.document.statements.length),
    );
    expect(await snapshotGraph(graph.executor)).toBe(expected);
    expect(await tallyDrift(graph.executor)).toEqual([]);
  });
});

describe('queries', () => {
  // Last in the file: by now every load, merge and reset of this suite has run.
  it('sends Neo4j no query that it warns about', () => {
    expect(warnings).toEqual([]);
  });
});
