import { stringify } from 'csv-stringify/sync';
import { CypherBuilder } from '../read/cypher/builder';
import { stanceCountNames, stanceCounts } from '../read/cypher/analysis.cypher';
import type { ExportJob } from './job';

/** The columns of dyads.csv: one row per speaker, target, stance and bucket. */
export const DYAD_COLUMNS = [
  'speaker_id',
  'speaker_name',
  'target_id',
  'target_name',
  'stance',
  'bucket',
  'count',
] as const;

interface DyadRow {
  speakerId: string;
  speakerName: string;
  targetId: string;
  targetName: string;
  stance: string;
  bucket: string | null;
  count: number;
}

/** Rows between two reports of progress. */
const REPORT_EVERY = 1_000;

/**
 * dyads.csv: the counts of `stanceMatrix`, without its limit on cells, as one aggregation query
 * (`stanceCounts`, the same counting) whose rows are written as Neo4j sends them, the highest
 * counts first. `bucket` is the first day of the bucket, empty for ALL.
 */
export async function writeDyadsCsv(job: ExportJob): Promise<number> {
  const { sink, request } = job;
  const c = new CypherBuilder();
  const names = stanceCountNames(c);
  const { speaker: sp, target: t } = names;
  const { cypher, params } = c.query(`${stanceCounts(c, request, names, null)}
RETURN ${sp}.id AS speakerId, ${sp}.name AS speakerName, ${t}.id AS targetId, ${t}.name AS targetName,
  ${names.stance} AS stance, toString(${names.bucket}) AS bucket, ${names.count} AS count`);
  await sink.write(stringify([DYAD_COLUMNS]));
  let rows = 0;
  for await (const record of job.executor.stream<DyadRow>(cypher, params)) {
    const d = record.toObject();
    await sink.write(
      stringify([
        [d.speakerId, d.speakerName, d.targetId, d.targetName, d.stance, d.bucket ?? '', d.count],
      ]),
    );
    if (++rows % REPORT_EVERY === 0) job.onProgress?.(rows);
  }
  job.onProgress?.(rows);
  return rows;
}
