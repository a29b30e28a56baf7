import { entityProjection, type EntityRow } from '../graph/entity.row';
import type { SourceHeader } from '../sources/source.type';
import type { Stance } from './stance';

/** A statement as the repositories return it, with speakers, targets and source header inline. */
export interface StatementRow {
  id: string;
  text: string;
  isQuote: boolean;
  stance: Stance;
  cameo: string;
  cue: string | null;
  speakerMention: string | null;
  date: string | null;
  at: string;
  sourceId: string;
  sentence: number;
  start: number;
  end: number;
  sentenceText: string;
  killed: number | null;
  injured: number | null;
  civilians: number | null;
  forces: number | null;
  hasFigures: boolean;
  confidence: number | null;
  needsReview: boolean;
  speakers: (EntityRow & { order: number })[];
  about: { role: string; order: number; entity: EntityRow }[];
  onBehalfOf: EntityRow | null;
  medium: EntityRow | null;
  /** The report it was taken from, without its text (the `source` field needs no second query). */
  source: SourceHeader | null;
}

/**
 * The projection every statement query returns. Speakers, targets, medium, the speaker's principal
 * and the source's header come inline through pattern comprehensions, so listing statements with
 * who said them, about whom and where costs one round trip, not one per statement or per field.
 * The statement's own properties come with `.*`, tidied by `normalizeStatement`; entities come as
 * ENTITY_PROJECTION, without the name-sorting and search properties that only queries use.
 */
const X = entityProjection('x');
export const STATEMENT_PROJECTION = `s {.*, date: toString(s.date), at: toString(s.at),
speakers: [(s)-[r:SAID_BY]->(x) | x ${X.replace(/ }$/, ', order: r.order }')}],
about: [(s)-[r:ABOUT]->(x) | {role: r.role, order: r.order, entity: x ${X}}],
onBehalfOf: head([(s)-[:ON_BEHALF_OF]->(x) | x ${X}]),
medium: head([(s)-[:TOLD_TO]->(x) | x ${X}]),
source: head([(s)-[:REPORTED_IN]->(x) | x {.id, .title, .url, .outlet, publishedAt: toString(x.publishedAt)}])}`;

/** The entity fields of a row that came as `x {.*}`, with their defaults; extra properties dropped. */
function entityOf(x: Partial<EntityRow> & Pick<EntityRow, 'id' | 'kind' | 'name'>): EntityRow {
  return {
    id: x.id,
    kind: x.kind,
    name: x.name,
    aliases: x.aliases ?? [],
    description: x.description ?? null,
  };
}

/**
 * Gives a row from STATEMENT_PROJECTION the StatementRow shape (absent properties become null,
 * entities get their defaults) and orders the inline lists, which pattern comprehensions return
 * in no particular order. Works in place, and returns the row.
 */
export function normalizeStatement(row: StatementRow): StatementRow {
  row.cue ??= null;
  row.speakerMention ??= null;
  row.killed ??= null;
  row.injured ??= null;
  row.civilians ??= null;
  row.forces ??= null;
  row.confidence ??= null;
  row.hasFigures ??= false;
  row.needsReview ??= false;
  row.speakers = row.speakers
    .sort((a, b) => a.order - b.order)
    .map((x) => ({ ...entityOf(x), order: x.order }));
  row.about = row.about
    .sort((a, b) => a.order - b.order)
    .map((a) => ({ role: a.role, order: a.order, entity: entityOf(a.entity) }));
  row.onBehalfOf = row.onBehalfOf ? entityOf(row.onBehalfOf) : null;
  row.medium = row.medium ? entityOf(row.medium) : null;
  row.source = row.source
    ? {
        id: row.source.id,
        title: row.source.title,
        url: row.source.url ?? null,
        outlet: row.source.outlet ?? null,
        publishedAt: row.source.publishedAt,
      }
    : null;
  return row;
}
