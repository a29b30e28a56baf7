import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { traceReads } from '../../src/read/trace';
import { buildGraphSchema } from '../../src/schema/build';
import { Stance } from '../../src/statements/stance';
import { writeCountedSeed, type CountedStatement } from '../helpers/counted-seed';
import { tallyDrift } from '../helpers/tallies';
import { loadSeeds } from '../../src/seed/loader';
import { seedFileInputs } from '../../src/seed/inputs';
import { openTestGraph, SEED_FILE, type TestGraph } from '../helpers/graph';
import { watchNeo4jWarnings, type Neo4jWarning } from '../helpers/neo4j-warnings';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * The aggregations over HTTP against the real Neo4j: `stanceMatrix`, `timeline`, `topSpeakers`
 * and `topTargets`. First over a fixture whose every count is stated here by hand (the suite
 * resets the graph and loads only it), then over the seed article, whose counts are worked out
 * from its YAML by a plain loop, apart from the service.
 */
let graph: TestGraph;
let server: TestServer;
let warnings: Neo4jWarning[];
const dir = mkdtempSync(join(tmpdir(), 'analysis-'));

beforeAll(async () => {
  graph = await openTestGraph();
  server = await startTestServer();
});

beforeEach(() => {
  warnings = watchNeo4jWarnings();
});

afterEach(() => {
  jest.restoreAllMocks();
  expect(warnings).toEqual([]);
});

afterAll(async () => {
  await server?.close();
  await graph?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function ask<T>(query: string): Promise<T> {
  const { body } = await server.gql<T>(query);
  expect(body.errors).toBeUndefined();
  return body.data!;
}

type Cell = { speaker: string; target: string; stance: string; bucket: string | null; n: number };

const CELL = 'speaker { id } target { id } stance bucket count';

async function matrix(args: string): Promise<Cell[]> {
  const data = await ask<{
    stanceMatrix: {
      speaker: { id: string };
      target: { id: string };
      stance: string;
      bucket: string | null;
      count: number;
    }[];
  }>(`{ stanceMatrix(${args}) { ${CELL} } }`);
  return data.stanceMatrix.map((c) => ({
    speaker: c.speaker.id,
    target: c.target.id,
    stance: c.stance,
    bucket: c.bucket,
    n: c.count,
  }));
}

const cell = (speaker: string, target: string, stance: string, bucket: string | null, n: number) =>
  ({ speaker, target, stance, bucket, n }) satisfies Cell;

const byKey = (a: Cell, b: Cell) =>
  `${a.bucket}|${a.speaker}|${a.target}|${a.stance}`.localeCompare(
    `${b.bucket}|${b.speaker}|${b.target}|${b.stance}`,
  );

const COUNTRIES = ['alpha', 'beta', 'gamma', 'delta'];
// 2021-01-04 and 2021-02-01 are Mondays. Statement 4 is joint (two speakers, two targets);
// statement 5 only mentions gamma; statement 7 has no date of its own (the report's: 2021-03-15).
const COUNTED: CountedStatement[] = [
  { speakers: ['alpha'], targets: ['beta'], stance: Stance.ACCUSE, date: '2021-01-04' },
  { speakers: ['alpha'], targets: ['beta'], stance: Stance.ACCUSE, date: '2021-01-10' },
  { speakers: ['alpha'], targets: ['beta'], stance: Stance.ACCUSE, date: '2021-01-11' },
  { speakers: ['alpha'], targets: ['beta'], stance: Stance.DENY, date: '2021-02-01' },
  {
    speakers: ['alpha', 'gamma'],
    targets: ['beta', 'delta'],
    stance: Stance.ACCUSE,
    date: '2021-02-01',
  },
  {
    speakers: ['beta'],
    targets: ['alpha'],
    mentioned: ['gamma'],
    stance: Stance.ACCUSE,
    date: '2021-01-05',
  },
  { speakers: ['beta'], targets: ['alpha'], stance: Stance.PRAISE, date: '2022-06-30' },
  { speakers: ['gamma'], targets: [], mentioned: ['delta'], stance: Stance.CLAIM },
];
let countedFile: string;

describe('over a fixture whose counts are known', () => {
  beforeAll(async () => {
    countedFile = writeCountedSeed(dir, 'counted-2021', '2021-03-15', COUNTRIES, COUNTED);
    await graph.seed([countedFile]);
  });

  it('counts a joint statement once per speaker and per target, the highest counts first', async () => {
    const cells = await matrix('bucket: ALL');
    expect(cells[0]).toEqual(cell('alpha', 'beta', 'ACCUSE', null, 4));
    expect(cells.sort(byKey)).toEqual(
      [
        cell('alpha', 'beta', 'ACCUSE', null, 4),
        cell('alpha', 'beta', 'DENY', null, 1),
        cell('alpha', 'delta', 'ACCUSE', null, 1),
        cell('gamma', 'beta', 'ACCUSE', null, 1),
        cell('gamma', 'delta', 'ACCUSE', null, 1),
        cell('beta', 'alpha', 'ACCUSE', null, 1),
        cell('beta', 'alpha', 'PRAISE', null, 1),
      ].sort(byKey),
    );
  });

  it('answers each alias of a cell’s entities with its own selection, from tallies and statements alike', async () => {
    type Aliased = {
      stanceMatrix: {
        who: { id: string };
        whoNamed: { name: string; kind: string };
        at: { name: string; fromAlpha: { totalCount: number } };
        n: number;
        s: string;
      }[];
    };
    // An entity's own fields may filter by entities too (looked up before the cells are counted).
    const fields =
      'who: speaker { id } whoNamed: speaker { name kind } ' +
      'at: target { name fromAlpha: statementsAbout(where: { speaker: "Alpha" }) { totalCount } } ' +
      'n: count s: stance';
    const at = { name: 'Beta', fromAlpha: { totalCount: 5 } };
    const who = { who: { id: 'alpha' }, whoNamed: { name: 'Alpha', kind: 'COUNTRY' }, at };
    // Whole months are read from the tallies; a day inside a month counts the statements.
    for (const where of ['', 'where: { from: "2020-01-02T00:00:00Z" }']) {
      const { stanceMatrix } = await ask<Aliased>(
        `{ stanceMatrix(speakers: ["alpha"], targets: ["Beta"], ${where}) { ${fields} } }`,
      );
      expect(stanceMatrix).toEqual([
        { ...who, n: 4, s: 'ACCUSE' },
        { ...who, n: 1, s: 'DENY' },
      ]);
    }
  });

  it('buckets by day, ISO week, month and year, saying each bucket’s first day', async () => {
    const alphaOnBeta = 'speakers: ["alpha"], targets: ["beta"], where: { stance: [ACCUSE] }';
    const buckets = async (bucket: string) =>
      (await matrix(`${alphaOnBeta}, bucket: ${bucket}`)).map((c) => [c.bucket, c.n]).sort();
    expect(await buckets('DAY')).toEqual([
      ['2021-01-04', 1],
      ['2021-01-10', 1],
      ['2021-01-11', 1],
      ['2021-02-01', 1],
    ]);
    expect(await buckets('WEEK')).toEqual([
      ['2021-01-04', 2],
      ['2021-01-11', 1],
      ['2021-02-01', 1],
    ]);
    expect(await buckets('MONTH')).toEqual([
      ['2021-01-01', 3],
      ['2021-02-01', 1],
    ]);
    expect(await buckets('YEAR')).toEqual([['2021-01-01', 4]]);
    expect(await buckets('ALL')).toEqual([[null, 4]]);
  });

  it('keeps to the filter, and to the speakers and targets named by name or id', async () => {
    expect(
      await matrix(
        'where: { from: "2021-01-06T00:00:00Z", to: "2021-01-31T00:00:00Z" }, bucket: MONTH',
      ),
    ).toEqual([cell('alpha', 'beta', 'ACCUSE', '2021-01-01', 2)]);
    expect((await matrix('speakers: ["Gamma"], targets: ["delta", "Beta"]')).sort(byKey)).toEqual([
      cell('gamma', 'beta', 'ACCUSE', null, 1),
      cell('gamma', 'delta', 'ACCUSE', null, 1),
    ]);
    expect(await matrix('where: { speaker: "beta", about: "gamma" }')).toEqual([
      cell('beta', 'alpha', 'ACCUSE', null, 1),
    ]);
    expect(await matrix('speakers: ["nobody-at-all"]')).toEqual([]);
    // Speakers and days that are not whole months (so the statements are counted, not the
    // tallies): reached from the days when they hold fewer statements than the speakers said
    // (January: 4 < 5), else from the speakers (2021–2022: 8 > 5). The answers agree.
    const january = 'from: "2021-01-02T00:00:00Z", to: "2021-01-31T00:00:00Z"';
    expect(await matrix(`speakers: ["alpha"], where: { ${january} }`)).toEqual([
      cell('alpha', 'beta', 'ACCUSE', null, 3),
    ]);
    const years = 'from: "2021-01-02T00:00:00Z", to: "2022-12-31T00:00:00Z"';
    expect((await matrix(`speakers: ["alpha"], where: { ${years} }`)).sort(byKey)).toEqual(
      [
        cell('alpha', 'beta', 'ACCUSE', null, 4),
        cell('alpha', 'beta', 'DENY', null, 1),
        cell('alpha', 'delta', 'ACCUSE', null, 1),
      ].sort(byKey),
    );
    expect(await matrix('maxCells: 2')).toHaveLength(2);
  });

  it('answers named speakers and targets of whole months alike, walking the days or seeking the tallies', async () => {
    // Whole months are read from the tallies, a seek per pair of speaker and target, unless the
    // days hold fewer statements than a quarter of the pairs, when the statements are walked
    // (analysis.cypher.ts). February 2021 holds statements 4 and 5: with 4 × 4 = 16 pairs, 2 < 4,
    // walked; with 2 × 2 = 4 pairs, 2 >= 1, tallies. Each agrees with the statements counted.
    const all =
      'speakers: ["alpha", "beta", "gamma", "delta"], targets: ["alpha", "beta", "gamma", "delta"]';
    const some = 'speakers: ["alpha", "gamma"], targets: ["beta", "delta"]';
    const february = (from: string, to: string) =>
      `bucket: MONTH, where: { from: "${from}T00:00:00Z", to: "${to}T00:00:00Z" }`;
    const months = february('2021-02-01', '2021-02-28');
    const expected = [
      cell('alpha', 'beta', 'ACCUSE', '2021-02-01', 1),
      cell('alpha', 'beta', 'DENY', '2021-02-01', 1),
      cell('alpha', 'delta', 'ACCUSE', '2021-02-01', 1),
      cell('gamma', 'beta', 'ACCUSE', '2021-02-01', 1),
      cell('gamma', 'delta', 'ACCUSE', '2021-02-01', 1),
    ].sort(byKey);
    expect((await matrix(`${all}, ${months}`)).sort(byKey)).toEqual(expected);
    expect((await matrix(`${some}, ${months}`)).sort(byKey)).toEqual(expected);
    // Not a whole month, so counted from the statements.
    const days = february('2021-02-01', '2021-02-27');
    expect((await matrix(`${all}, ${days}`)).sort(byKey)).toEqual(expected);
    // Which of the two was read: the rows Neo4j found in the tallies' index.
    expect(await talliesRead(`{ stanceMatrix(${all}, ${months}) { count } }`)).toBe(0);
    expect(await talliesRead(`{ stanceMatrix(${some}, ${months}) { count } }`)).toBeGreaterThan(0);
  });

  it('draws the timeline of what an entity said and what was said about it', async () => {
    const data = await ask<{
      both: { bucket: string; direction: string; stance: string; count: number }[];
      by: { bucket: string | null; stance: string; count: number }[];
      about: { count: number }[];
      none: unknown[];
    }>(`{
      both: timeline(entity: "Alpha", bucket: MONTH) { bucket direction stance count }
      by: timeline(entity: "gamma", bucket: ALL, direction: BY) { bucket stance count }
      about: timeline(entity: "gamma", direction: ABOUT) { count }
      none: timeline(entity: "nobody-at-all") { count }
    }`);
    expect(data.both.map((p) => [p.bucket, p.direction, p.stance, p.count])).toEqual([
      ['2021-01-01', 'ABOUT', 'ACCUSE', 1],
      ['2021-01-01', 'BY', 'ACCUSE', 3],
      ['2021-02-01', 'BY', 'ACCUSE', 1],
      ['2021-02-01', 'BY', 'DENY', 1],
      ['2022-06-01', 'ABOUT', 'PRAISE', 1],
    ]);
    expect(data.by.map((p) => [p.bucket, p.stance, p.count])).toEqual([
      [null, 'ACCUSE', 1],
      [null, 'CLAIM', 1],
    ]);
    expect(data.about).toEqual([]); // gamma is only mentioned, never a target
    expect(data.none).toEqual([]);
  });

  it('ranks speakers and targets, ties by id', async () => {
    const data = await ask<{
      topSpeakers: { entity: { id: string }; count: number }[];
      topTargets: { entity: { id: string }; count: number }[];
      accusers: { entity: { id: string }; count: number }[];
    }>(`{
      topSpeakers { entity { id } count }
      topTargets { entity { id } count }
      accusers: topSpeakers(where: { stance: [ACCUSE], about: "beta" }, first: 1) { entity { id } count }
    }`);
    const rows = (list: { entity: { id: string }; count: number }[]) =>
      list.map((r) => [r.entity.id, r.count]);
    expect(rows(data.topSpeakers)).toEqual([
      ['alpha', 5],
      ['beta', 2],
      ['gamma', 2],
    ]);
    expect(rows(data.topTargets)).toEqual([
      ['beta', 5],
      ['alpha', 2],
      ['delta', 1],
    ]);
    expect(rows(data.accusers)).toEqual([['alpha', 4]]);
  });

  it('lists the statements of a cell: `target` keeps targets, where `about` adds mentions', async () => {
    const total = async (where: string) =>
      (
        await ask<{ statements: { totalCount: number } }>(
          `{ statements(where: { ${where} }) { totalCount } }`,
        )
      ).statements.totalCount;
    expect(await total('target: "gamma"')).toBe(0);
    expect(await total('about: "gamma"')).toBe(1);
    expect(await total('target: "delta"')).toBe(1);
    expect(await total('speaker: "alpha", target: "beta", stance: [ACCUSE]')).toBe(4);
    expect(await total('target: "Alpha"')).toBe(2);
  });

  it('follows a corrected file: a changed stance and a removed statement are counted no more', async () => {
    const fixtureDir = mkdtempSync(join(tmpdir(), 'analysis-corrected-'));
    try {
      const file = writeCountedSeed(fixtureDir, 'counted-2021', '2021-03-15', COUNTRIES, [
        { ...COUNTED[0]!, stance: Stance.DENY },
        ...COUNTED.slice(1, 4),
        ...COUNTED.slice(5),
      ]);
      await loadSeeds(graph.executor, seedFileInputs([file]));
      expect((await matrix('speakers: ["alpha"], targets: ["beta"]')).sort(byKey)).toEqual(
        [cell('alpha', 'beta', 'ACCUSE', null, 2), cell('alpha', 'beta', 'DENY', null, 2)].sort(
          byKey,
        ),
      );
      expect(await matrix('speakers: ["gamma"]')).toEqual([]);
      expect(await tallyDrift(graph.executor)).toEqual([]);
    } finally {
      await graph.seed([countedFile]);
      rmSync(fixtureDir, { recursive: true, force: true });
    }
  });

  it('refuses bad arguments, naming them', async () => {
    const codes = async (query: string) => {
      const { body } = await server.gql(query);
      return body.errors?.map((e) => [e.extensions?.code, e.extensions?.argument]);
    };
    expect(await codes('{ stanceMatrix(maxCells: 0) { count } }')).toEqual([
      ['BAD_USER_INPUT', 'maxCells'],
    ]);
    expect(await codes('{ stanceMatrix(speakers: ["  "]) { count } }')).toEqual([
      ['BAD_USER_INPUT', 'speakers[0]'],
    ]);
    expect(await codes('{ topTargets(first: 1000) { count } }')).toEqual([
      ['BAD_USER_INPUT', 'first'],
    ]);
    expect(await codes('{ timeline(entity: "") { count } }')).toEqual([
      ['BAD_USER_INPUT', 'entity'],
    ]);
  });
});

describe('over the seed article', () => {
  interface SeedStatement {
    speaker: string | string[];
    about: { entity: string; role?: string }[];
    stance: string;
    date?: string;
  }
  const seed = parse(readFileSync(SEED_FILE, 'utf8')) as {
    source: { publishedAt: string };
    statements: SeedStatement[];
  };
  const speakersOf = (s: SeedStatement) => [...new Set([s.speaker].flat())];
  const targetsOf = (s: SeedStatement) => [
    ...new Set(s.about.filter((a) => (a.role ?? 'target') === 'target').map((a) => a.entity)),
  ];
  const month = (s: SeedStatement) => `${String(s.date ?? seed.source.publishedAt).slice(0, 7)}-01`;
  const tally = (keys: string[]) => {
    const counts = new Map<string, number>();
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    return counts;
  };

  beforeAll(async () => {
    await graph.seed();
  });

  it('answers the stance matrix a plain count of the seed file gives', async () => {
    const expected = tally(
      seed.statements.flatMap((s) =>
        speakersOf(s).flatMap((sp) =>
          targetsOf(s).map((t) => [month(s), sp, t, s.stance].join('|')),
        ),
      ),
    );
    const cells = await matrix('bucket: MONTH');
    expect(
      new Map(cells.map((c) => [[c.bucket, c.speaker, c.target, c.stance].join('|'), c.n])),
    ).toEqual(expected);
    expect(expected.size).toBeGreaterThan(10);
  });

  it('answers the same from the stance tallies as from the statements', async () => {
    // Whole months are read from the tallies; a day that is not a month's first, from the statements.
    for (const bucket of ['MONTH', 'YEAR', 'ALL']) {
      const tallied = await matrix(`bucket: ${bucket}, where: { from: "2020-01-01T00:00:00Z" }`);
      const counted = await matrix(`bucket: ${bucket}, where: { from: "2020-01-02T00:00:00Z" }`);
      expect(tallied.sort(byKey)).toEqual(counted.sort(byKey));
      expect(tallied.length).toBeGreaterThan(10);
    }
    expect(await tallyDrift(graph.executor)).toEqual([]);
  });

  it('answers the timelines and the rankings a plain count gives', async () => {
    const data = await ask<{
      timeline: { bucket: string; direction: string; stance: string; count: number }[];
      topSpeakers: { entity: { id: string }; count: number }[];
    }>(`{
      timeline(entity: "Azerbaijan", bucket: MONTH) { bucket direction stance count }
      topSpeakers(first: 100) { entity { id } count }
    }`);
    const points = seed.statements.flatMap((s) => [
      ...(speakersOf(s).includes('azerbaijan') ? [[month(s), 'BY', s.stance].join('|')] : []),
      ...(targetsOf(s).includes('azerbaijan') ? [[month(s), 'ABOUT', s.stance].join('|')] : []),
    ]);
    expect(
      new Map(data.timeline.map((p) => [[p.bucket, p.direction, p.stance].join('|'), p.count])),
    ).toEqual(tally(points));
    expect(new Map(data.topSpeakers.map((r) => [r.entity.id, r.count]))).toEqual(
      tally(seed.statements.flatMap(speakersOf)),
    );
  });

  it.each([
    '{ stanceMatrix(speakers: ["Aliyev"], where: { from: "2020-10-01T00:00:00Z" }) { count } }',
    '{ stanceMatrix(where: { from: "2020-10-01T00:00:00Z", to: "2020-10-31T00:00:00Z" }) { count } }',
    '{ timeline(entity: "Azerbaijan", where: { to: "2020-10-31T00:00:00Z" }) { count } }',
    '{ topTargets(where: { speaker: "Aliyev" }) { count } }',
  ])('reaches statements through indexes when %s names entities or days', async (query) => {
    const { reads } = await traced(query);
    expect(reads.filter((o) => /^Node.*Index(Seek|Scan)/.test(o))).not.toEqual([]);
    expect(reads).not.toContain('AllNodesScan');
    expect(reads).not.toContain('NodeByLabelScan');
  });
});

/** One operator of the plan Neo4j makes (EXPLAIN) or made (PROFILE, with its rows). */
type Operator = {
  operatorType: string;
  rows?: number;
  arguments: Record<string, unknown>;
  children: Operator[];
};

/** Every operator of the plan of the query's one read, the root first. */
async function operatorsOf(query: string, mode: 'EXPLAIN' | 'PROFILE'): Promise<Operator[]> {
  const trace = await traceReads(buildGraphSchema(), { maxPageSize: 100 }, query);
  const { cypher, params } = trace.reads[0]!;
  const result = await graph.executor.read(`${mode} ${cypher}`, params);
  const flat = (op: Operator): Operator[] => [op, ...op.children.flatMap(flat)];
  return flat((mode === 'EXPLAIN' ? result.summary.plan : result.summary.profile) as never);
}

/** The operators of the plan Neo4j makes for the query's one read. */
async function traced(query: string): Promise<{ reads: string[] }> {
  const operators = await operatorsOf(query, 'EXPLAIN');
  return { reads: operators.map((o) => o.operatorType.replace(/@.*$/, '')) };
}

/** The rows Neo4j read from the stance tallies' indexes for the query's one read (PROFILE). */
async function talliesRead(query: string): Promise<number> {
  const operators = await operatorsOf(query, 'PROFILE');
  return operators
    .filter((o) => /IndexSeek/.test(o.operatorType))
    .filter((o) => String(o.arguments.Details).includes(':StanceTally'))
    .reduce((sum, o) => sum + (o.rows ?? 0), 0);
}
