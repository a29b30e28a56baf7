import { loadGoals } from './load-goals';
import type { ExportResult } from '../measure/exports';
import type { IngestionResult } from '../measure/ingestion';
import type { Goal, QueryResult, RunReport, ScaleLoad } from './results';

/** Plain tables of a run, for the console and for the markdown report. */
type Table = { head: string[]; rows: string[][] };

// A null ratio: the other server answered nothing in time.
const times = (v: number | null): string => (v === null ? 'no answer in time' : `${v.toFixed(2)}x`);
// The lowest and highest ratio over the rounds, when there were several.
const spread = (byRound: readonly (number | null)[]): string => {
  const known = byRound.filter((v): v is number => v !== null);
  if (known.length < 2) return '';
  return ` (${Math.min(...known).toFixed(2)}–${Math.max(...known).toFixed(2)})`;
};
const ms = (v: number): string => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const each = (r: QueryResult, f: (m: QueryResult['ours']) => string): string =>
  `${f(r.ours)} / ${f(r.anchor)} / ${f(r.floor)} / ${f(r.stack)}`;

export function queryTable(results: readonly QueryResult[]): Table {
  return {
    head: [
      'scale',
      'query',
      'ours rps',
      'anchor rps',
      'floor rps',
      'stack rps',
      'vs anchor',
      'vs floor',
      'stack vs floor',
      'p50 ms o/a/f/s',
      'p99 ms o/a/f/s',
      'round trips o/a/f/s',
      'CPU ms/req o/a/f/s',
      'peak RSS MB o/a/f/s',
    ],
    rows: results.map((r) => [
      r.scale,
      r.query,
      r.ours.rps.toFixed(0),
      r.anchor.rps.toFixed(0),
      r.floor.rps.toFixed(0),
      r.stack.rps.toFixed(0),
      times(r.ratioVsAnchor) + spread(r.roundRatios.vsAnchor),
      times(r.ratioVsFloor) + spread(r.roundRatios.vsFloor),
      times(r.ratioStackVsFloor) + spread(r.roundRatios.stackVsFloor),
      each(r, (m) => ms(m.p50)),
      each(r, (m) => ms(m.p99)),
      each(r, (m) => m.roundTrips.toFixed(1)),
      each(r, (m) => m.cpuMsPerReq.toFixed(2)),
      each(r, (m) => m.rssMb.toFixed(0)),
    ]),
  };
}

export function loadTable(loads: readonly ScaleLoad[]): Table {
  const rate = (r?: { statementsPerSecond: number }) => (r ? String(r.statementsPerSecond) : '');
  return {
    head: [
      'scale',
      'files',
      'statements',
      'seconds',
      'statements/s',
      'statements/s after batch 1',
      'loader peak RSS MB',
      'store MB',
      'floor statements/s',
      'loader vs floor',
      'offline import statements/s',
      'import peak RSS MB',
      'reset s (batched)',
      'reset s (local store replaced)',
    ],
    rows: loads.map((l) => [
      l.scale,
      String(l.files),
      String(l.statements),
      (l.ms / 1000).toFixed(1),
      String(l.statementsPerSecond),
      String(l.afterFirstBatchStatementsPerSecond),
      l.peakRssMb.toFixed(0),
      l.storeMb?.toFixed(0) ?? '',
      rate(l.floor),
      l.floor ? times(l.statementsPerSecond / l.floor.statementsPerSecond) : '',
      rate(l.importer),
      l.importer?.peakRssMb.toFixed(0) ?? '',
      l.resetLoadedMs === undefined ? '' : (l.resetLoadedMs / 1000).toFixed(1),
      l.resetLocalMs === undefined ? '' : (l.resetLocalMs / 1000).toFixed(1),
    ]),
  };
}

export function ingestionTable(ingestion: readonly IngestionResult[]): Table {
  const articles = [...new Set(ingestion.flatMap((i) => i.ingests.map((x) => x.article)))];
  return {
    head: [
      'scale',
      'known entities',
      'extraction words/s',
      ...articles.map((a) => `ingest ${a.replace(/-\d{4}-\d{2}-\d{2}$/, '')} ms`),
    ],
    rows: ingestion.map((i) => [
      i.scale,
      String(i.lexicon),
      String(i.extraction.wordsPerSecond),
      ...articles.map((a) => {
        const x = i.ingests.find((y) => y.article === a);
        return x ? `${x.ms} (${x.statements} st.)` : '';
      }),
    ]),
  };
}

export function exportTable(exports: readonly ExportResult[]): Table {
  return {
    head: ['scale', 'export', 'rows', 'seconds', 'rows/s', 'MB written', 'peak RSS MB'],
    rows: exports.map((x) => [
      x.scale,
      x.kind,
      String(x.rows),
      (x.ms / 1000).toFixed(1),
      String(Math.round(x.rows / Math.max(x.ms / 1000, 0.001))),
      x.megabytes.toFixed(1),
      x.peakRssMb.toFixed(0),
    ]),
  };
}

/** The goals of the issues that set some (loading first), checked against one run. */
export function goals(report: RunReport): Goal[] {
  const results = report.results;
  const below = (f: (r: QueryResult) => boolean) =>
    results.filter((r) => !f(r)).map((r) => `${r.query}@${r.scale}`);
  const anchorMiss = below((r) => r.ratioVsAnchor === null || r.ratioVsAnchor >= 1.5);
  const floorMiss = below((r) => r.ratioVsFloor === null || r.ratioVsFloor >= 0.75);
  // How much of the floor the GraphQL stack alone leaves, as a bound on what the goal can reach.
  const stack = results.map((r) => r.ratioStackVsFloor).filter((v): v is number => v !== null);
  const stackRange = stack.length
    ? `; the stack alone reached ${Math.min(...stack).toFixed(2)}–${Math.max(...stack).toFixed(2)}x`
    : '';
  const seed = results.filter((r) => r.scale === 'seed');
  const slowSeed = seed.filter((r) => r.ours.p99 >= 50).map((r) => `${r.query} ${r.ours.p99} ms`);
  const out: Goal[] = loadGoals(report.loads);
  if (results.length === 0) return out; // a run of loads alone (--only load)
  out.push(
    {
      goal: 'every operation >= 1.5x the anchor throughput',
      met: anchorMiss.length === 0,
      detail: anchorMiss.length ? `below: ${anchorMiss.join(', ')}` : 'all',
    },
    {
      goal: 'every operation >= 0.75x the raw-driver floor',
      met: floorMiss.length === 0,
      detail: (floorMiss.length ? `below: ${floorMiss.join(', ')}` : 'all') + stackRange,
    },
    {
      goal: 'p99 under load on the seed graph < 50 ms',
      met: seed.length > 0 && slowSeed.length === 0,
      detail: seed.length === 0 ? 'seed scale not run' : slowSeed.join(', ') || 'all',
    },
  );
  out.push(...aggregationGoals(results));
  const scales = [...new Set(results.map((r) => r.scale))].filter((s) => s !== 'seed');
  const [small, large] = [scales[0], scales.at(-1)];
  if (small && large && small !== large) {
    const p50 = (scale: string) =>
      results.find((r) => r.scale === scale && r.query === 'entityByName')?.ours.p50;
    const [a, b] = [p50(small), p50(large)];
    if (a !== undefined && b !== undefined) {
      out.push({
        goal: `lookup (entityByName) p50 within 2x from ${small} to ${large}`,
        met: b <= 2 * a,
        detail: `${a} ms -> ${b} ms (${(b / a).toFixed(2)}x)`,
      });
    }
  }
  return out;
}

/** The goals of the aggregations (issue 24), at 100k statements and more. */
function aggregationGoals(results: readonly QueryResult[]): Goal[] {
  const big = results.filter(
    (r) => (r.query === 'stanceMatrix' || r.query === 'timeline') && r.statements >= 100_000,
  );
  if (big.length === 0) return [];
  const miss = (f: (r: QueryResult) => boolean) =>
    big.filter((r) => !f(r)).map((r) => `${r.query}@${r.scale}`);
  const floorMiss = miss((r) => r.ratioVsFloor !== null && r.ratioVsFloor >= 0.8);
  const anchorMiss = miss((r) => r.ratioVsAnchor === null || r.ratioVsAnchor >= 2);
  const matrix = big.filter((r) => r.query === 'stanceMatrix' && r.statements >= 1_000_000);
  const out: Goal[] = [
    {
      goal: 'aggregations at 100k+ >= 0.8x the floor',
      met: floorMiss.length === 0,
      detail: floorMiss.length ? `below: ${floorMiss.join(', ')}` : 'all',
    },
    {
      goal: 'aggregations at 100k+ >= 2x the anchor',
      met: anchorMiss.length === 0,
      detail: anchorMiss.length ? `below: ${anchorMiss.join(', ')}` : 'all',
    },
  ];
  if (matrix.length) {
    out.push({
      goal: 'one-year monthly 20 x 20 stance matrix p50 < 200 ms at 1M (one client)',
      met: matrix.every((r) => r.oursAlone !== undefined && r.oursAlone.p50 < 200),
      detail: matrix
        .map(
          (r) =>
            `${r.oursAlone?.p50 ?? '?'} ms alone, ${r.ours.p50} ms among 10 clients at ${r.scale}`,
        )
        .join(', '),
    });
  }
  return out;
}

export function renderText(table: Table): string {
  const widths = table.head.map((h, i) =>
    Math.max(h.length, ...table.rows.map((r) => (r[i] ?? '').length)),
  );
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(table.head), line(widths.map((w) => '-'.repeat(w))), ...table.rows.map(line)].join(
    '\n',
  );
}

export function renderMarkdown(table: Table): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(table.head), line(table.head.map(() => '---')), ...table.rows.map(line)].join('\n');
}
