import { BRIEF_ENTITY_PROJECTION, entityProjection, type EntityRow } from '../graph/entity.row';
import type { SourceHeader } from '../sources/source.type';
import type { Stance } from './stance';
import type { StatementPart } from './statement.parts';

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

// The linked rows, with full entities (X) or with their id, kind and name only.
const linked = (X: string) => ({
  speakers: `speakers: [(s)-[r:SAID_BY]->(x) | x ${X.replace(/ }$/, ', order: r.order }')}]`,
  about: `about: [(s)-[r:ABOUT]->(x) | {role: r.role, order: r.order, entity: x ${X}}]`,
  onBehalfOf: `onBehalfOf: head([(s)-[:ON_BEHALF_OF]->(x) | x ${X}])`,
  medium: `medium: head([(s)-[:TOLD_TO]->(x) | x ${X}])`,
  source: `source: head([(s)-[:REPORTED_IN]->(x) | x {.id, .title, .url, .outlet, publishedAt: toString(x.publishedAt)}])`,
});
const LINKED = linked(entityProjection('x'));
const LINKED_BRIEF = linked(BRIEF_ENTITY_PROJECTION);

/**
 * The projection every statement query returns. Speakers, targets, medium, the speaker's principal
 * and the source's header come inline through pattern comprehensions, so listing statements with
 * who said them, about whom and where costs one round trip, not one per statement or per field.
 * The statement's own properties come with `.*`, tidied by `normalizeStatement`; entities come as
 * ENTITY_PROJECTION, without the name-sorting and search properties that only queries use.
 * A page that asks for less fetches less: see statementProjection.
 */
export const STATEMENT_PROJECTION = `s {.*, date: toString(s.date), at: toString(s.at),
${Object.values(LINKED).join(',\n')}}`;

// The row properties each part is made of, when only some parts are fetched (statement.parts.ts).
const PROPERTIES: Record<Exclude<StatementPart, keyof typeof LINKED | 'entityDetail'>, string> = {
  text: '.text',
  isQuote: '.isQuote',
  stance: '.stance',
  cameo: '.cameo',
  cue: '.cue',
  speakerMention: '.speakerMention',
  date: 'date: toString(s.date)',
  confidence: '.confidence',
  needsReview: '.needsReview',
  figures: '.killed, .injured, .civilians, .forces, .hasFigures',
  evidence: '.sentence, .start, .end, .sentenceText',
};

const projections = new Map<string, string>();

/**
 * The projection of a statement row holding only `parts` (all of it for null). The id, source id
 * and sort date are always there: cursors and links need them. The rest of the row is then
 * missing, and `normalizeStatement` leaves it so; only fields that asked for nothing read it.
 * A handful of distinct projections exist in practice, each built once.
 */
export function statementProjection(parts: readonly StatementPart[] | null): string {
  if (parts === null) return STATEMENT_PROJECTION;
  const key = parts.join(',');
  let projection = projections.get(key);
  if (projection === undefined) {
    const fields = ['.id', '.sourceId', 'at: toString(s.at)'];
    const links = parts.includes('entityDetail') ? LINKED : LINKED_BRIEF;
    for (const part of parts) {
      if (part === 'entityDetail') continue;
      fields.push(
        part in links
          ? links[part as keyof typeof LINKED]
          : PROPERTIES[part as keyof typeof PROPERTIES],
      );
    }
    projection = `s {${fields.join(', ')}}`;
    projections.set(key, projection);
  }
  return projection;
}

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
  // Lists are absent from a row fetched without them (statementProjection).
  row.speakers = (row.speakers ?? [])
    .sort((a, b) => a.order - b.order)
    .map((x) => ({ ...entityOf(x), order: x.order }));
  row.about = (row.about ?? [])
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
