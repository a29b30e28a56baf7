import type { Executor } from '../db/executor';
import type { ExportRequest } from './filters';
import type { TextSink } from './stream';

/** One export being written: what it reads with, what it was asked, and where it writes. */
export interface ExportJob {
  executor: Executor;
  request: ExportRequest;
  sink: TextSink;
  /** Told how far the export has got: statements read (for dyads, rows written). */
  onProgress?: (done: number) => void;
}

/** Writes one export, resolving with the rows (CSV records; GraphML nodes and edges) written. */
export type ExportWriter = (job: ExportJob) => Promise<number>;
