import type { Writable } from 'node:stream';
import type { Executor } from '../db/executor';
import { writeDyadsCsv } from './dyads.csv';
import type { ExportRequest } from './filters';
import { writeGraphml } from './graphml';
import type { ExportWriter } from './job';
import { TextSink } from './stream';
import { writeStatementsCsv } from './statements.csv';

export type ExportKind = 'statements' | 'dyads' | 'graphml';

/** What each export is: its file name, its media type, the parameters it takes, its writer. */
export const EXPORTS: Readonly<
  Record<
    ExportKind,
    { file: string; contentType: string; params: 'filters' | 'dyads'; write: ExportWriter }
  >
> = {
  statements: {
    file: 'statements.csv',
    contentType: 'text/csv; charset=utf-8',
    params: 'filters',
    write: writeStatementsCsv,
  },
  dyads: {
    file: 'dyads.csv',
    contentType: 'text/csv; charset=utf-8',
    params: 'dyads',
    write: writeDyadsCsv,
  },
  graphml: {
    file: 'graph.graphml',
    contentType: 'application/graphml+xml; charset=utf-8',
    params: 'filters',
    write: writeGraphml,
  },
};

export const EXPORT_KINDS = Object.keys(EXPORTS) as ExportKind[];

/**
 * How long one query of an export may run. A page reads a few thousand statements, but with a
 * filter that keeps few of them (`text`) it may walk many more to fill one, and the dyads'
 * aggregation reads every statement kept and stays open while its rows are sent, which a slow
 * client makes last; so exports get more than the few seconds an API request gets.
 */
export const EXPORT_QUERY_TIMEOUT_MS = 120_000;

/**
 * Writes export `kind` to `out` and ends it: the one path of both front ends (the HTTP router,
 * the CLI). Rejects with OutputClosedError when `out` is closed from the other side, and with
 * the read's error when Neo4j fails, leaving `out` for the caller to end as it sees fit.
 */
export async function runExport(
  kind: ExportKind,
  args: {
    executor: Executor;
    request: ExportRequest;
    out: Writable;
    onProgress?: (done: number) => void;
  },
): Promise<{ rows: number }> {
  const sink = new TextSink(args.out);
  const rows = await EXPORTS[kind].write({
    executor: args.executor.withTimeout(EXPORT_QUERY_TIMEOUT_MS),
    request: args.request,
    sink,
    onProgress: args.onProgress,
  });
  await sink.end();
  return { rows };
}
