import type { LoadResult } from '../load/load-child';
import type { Subjects } from '../operations';
import type { ExportResult } from '../measure/exports';
import type { IngestionResult } from '../measure/ingestion';
import type { Machine } from './machine';

/** One server's numbers for one question at one scale. */
export interface Measured {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  /** Neo4j queries per request, counted in the server process. */
  roundTrips: number;
  /** JavaScript CPU time (user + system) of the server process per request, in ms. */
  cpuMsPerReq: number;
  /** Peak RSS of the server process while it was measured. */
  rssMb: number;
  /** Size of one response body, and how many main items it held (the servers should agree). */
  bytes: number;
  rows: number;
}

/** One entry of bench/results/latest.json. */
export interface QueryResult {
  query: string;
  title: string;
  scale: string;
  statements: number;
  ours: Measured;
  anchor: Measured;
  floor: Measured;
  /** The floor's Cypher behind Apollo Server and graphql-js as one JSON field (servers/stack.ts). */
  stack: Measured;
  /**
   * Our throughput divided by the anchor's and by the floor's; null when that server answered no
   * request within autocannon's 10 s timeout (its rps is 0), so that the ratio has no bound.
   */
  ratioVsAnchor: number | null;
  ratioVsFloor: number | null;
  /** The stack server's throughput divided by the floor's: what the GraphQL stack alone leaves. */
  ratioStackVsFloor: number | null;
  /** Our latency with one client alone (the aggregations only). */
  oursAlone?: { rps: number; p50: number; p99: number };
  /** Round trips as our service reports them in the `x-neo4j-round-trips` header. */
  oursHeaderRoundTrips: number | null;
  /** The same three ratios in each round of the measurement, to show how far they wander. */
  roundRatios: {
    vsAnchor: (number | null)[];
    vsFloor: (number | null)[];
    stackVsFloor: (number | null)[];
  };
}

export interface ScaleLoad extends LoadResult {
  scale: string;
  /** Neo4j's store (databases/neo4j and its transaction logs) after the load, when local. */
  storeMb?: number;
  /** Emptying the loaded graph in batches of deletes (`--reset` with NEO4J_URI set). */
  resetLoadedMs?: number;
  /**
   * Emptying the same graph (the floor's) by replacing the local store, stop, delete, start and
   * migrate (`npm run seed -- --reset` on the local Neo4j, src/seed/reset.ts).
   */
  resetLocalMs?: number;
  /** The same data by a bare UNWIND … CREATE script (load/floor-child.ts), into an empty store. */
  floor?: BulkResult;
  /** The same data by `npm run seed -- --offline-import` (load/import-child.ts). */
  importer?: BulkResult;
}

export interface BulkResult {
  ms: number;
  statementsPerSecond: number;
  peakRssMb: number;
}

export interface RunReport {
  machine: Machine;
  settings: {
    connections: number;
    /** Measured seconds per server and question, split evenly over the rounds. */
    seconds: number;
    rounds: number;
    warmupSeconds: number;
    quick: boolean;
  };
  subjects: Record<string, Subjects>;
  loads: ScaleLoad[];
  results: QueryResult[];
  /** Extraction throughput and article ingestion times, per scale. */
  ingestion: IngestionResult[];
  /** Whole-graph exports by `npm run export`, per scale and kind (`--only export`). */
  exports?: ExportResult[];
  command: string;
}

export const ratio = (a: number, b: number): number | null =>
  b > 0 ? Math.round((a / b) * 100) / 100 : null;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One goal of an issue, checked against one run (tables.ts). */
export interface Goal {
  goal: string;
  met: boolean;
  detail: string;
}
