import { stringify } from 'csv-stringify/sync';
import type { CypherBuilder } from '../read/cypher/builder';
import { AboutRole } from '../statements/vocabulary';
import { distinct, linkedEntities, type Named } from './links.cypher';
import type { ExportJob } from './job';
import { statementPages, type PageRow } from './keyset';

/** The columns of statements.csv, in order: one row per statement and speaker. */
export const STATEMENT_COLUMNS = [
  'statement_id',
  'speaker_id',
  'speaker_name',
  'speaker_order',
  'speaker_count',
  'stance',
  'cameo',
  'date',
  'said_on',
  'source_id',
  'outlet',
  'url',
  'is_quote',
  'text',
  'evidence_sentence',
  'target_ids',
  'target_names',
  'mentioned_ids',
] as const;

interface StatementRow extends PageRow {
  id: string;
  date: string | null;
  stance: string;
  cameo: string | null;
  isQuote: boolean | null;
  text: string;
  sentenceText: string | null;
  sourceId: string | null;
  source: { id: string; outlet: string | null; url: string | null } | null;
  speakers: Named[];
  targets: Named[];
  mentioned: Named[];
}

function project(c: CypherBuilder, s: string): string {
  const src = c.variable('src');
  return `${s}.id AS id, toString(${s}.date) AS date, ${s}.stance AS stance, ${s}.cameo AS cameo,
  ${s}.isQuote AS isQuote, ${s}.text AS text, ${s}.sentenceText AS sentenceText, ${s}.sourceId AS sourceId,
  head(COLLECT { MATCH (${s})-[:REPORTED_IN]->(${src}:Source) RETURN {id: ${src}.id, outlet: ${src}.outlet, url: ${src}.url} }) AS source,
  ${linkedEntities(c, s, 'SAID_BY')} AS speakers,
  ${linkedEntities(c, s, 'ABOUT', AboutRole.TARGET)} AS targets,
  ${linkedEntities(c, s, 'ABOUT', AboutRole.MENTIONED)} AS mentioned`;
}

/**
 * statements.csv: every statement the filters keep, in the order of its day and id, once per
 * speaker (a joint statement of two speakers is two rows, told apart by `speaker_order`, both
 * with `speaker_count` 2). A statement with no speaker still gets one row, with the speaker
 * columns empty, so that no statement is missing. Lists of entities are joined by `;`.
 */
export async function writeStatementsCsv(job: ExportJob): Promise<number> {
  const { sink } = job;
  await sink.write(stringify([STATEMENT_COLUMNS]));
  let rows = 0;
  let statements = 0;
  for await (const page of statementPages<StatementRow>(job.executor, job.request.where, project)) {
    const records = page.flatMap(csvRecords);
    rows += records.length;
    statements += page.length;
    await sink.write(stringify(records));
    job.onProgress?.(statements);
  }
  return rows;
}

function csvRecords(s: StatementRow): string[][] {
  const speakers = distinct(s.speakers);
  const targets = distinct(s.targets);
  const shared = {
    stance: s.stance,
    cameo: s.cameo ?? '',
    date: s.exportAt,
    said_on: s.date ?? '',
    source_id: s.source?.id ?? s.sourceId ?? '',
    outlet: s.source?.outlet ?? '',
    url: s.source?.url ?? '',
    is_quote: s.isQuote === null ? '' : String(s.isQuote),
    text: s.text,
    evidence_sentence: s.sentenceText ?? '',
    target_ids: targets.map((t) => t.id).join(';'),
    target_names: targets.map((t) => t.name).join(';'),
    mentioned_ids: distinct(s.mentioned)
      .map((m) => m.id)
      .join(';'),
  };
  const each = speakers.length > 0 ? speakers : [null];
  return each.map((speaker, order) => {
    const row: Record<(typeof STATEMENT_COLUMNS)[number], string> = {
      statement_id: s.id,
      speaker_id: speaker?.id ?? '',
      speaker_name: speaker?.name ?? '',
      speaker_order: speaker ? String(order + 1) : '',
      speaker_count: String(speakers.length),
      ...shared,
    };
    return STATEMENT_COLUMNS.map((column) => row[column]);
  });
}
