import type { EntityRow } from '../graph/entity.row';
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
}

/**
 * The projection every statement query returns. Speakers, targets, medium and the speaker's
 * principal come inline through pattern comprehensions, so listing statements with who said them
 * and about whom costs one round trip, not one per statement.
 */
export const STATEMENT_PROJECTION = `s {
  .id, .text, .isQuote, .stance, .cameo, .cue, .speakerMention, .sourceId, .sentence, .start, .end,
  .sentenceText, .killed, .injured, .civilians, .forces, .hasFigures, .confidence, .needsReview,
  date: toString(s.date), at: toString(s.at),
  speakers: [(s)-[r:SAID_BY]->(x) | x { .id, .kind, .name, aliases: coalesce(x.aliases, []), .description, order: r.order }],
  about: [(s)-[r:ABOUT]->(x) | { role: r.role, order: r.order, entity: x { .id, .kind, .name, aliases: coalesce(x.aliases, []), .description } }],
  onBehalfOf: head([(s)-[:ON_BEHALF_OF]->(x) | x { .id, .kind, .name, aliases: coalesce(x.aliases, []), .description }]),
  medium: head([(s)-[:TOLD_TO]->(x) | x { .id, .kind, .name, aliases: coalesce(x.aliases, []), .description }])
}`;

/** Orders the inline lists, which pattern comprehensions return in no particular order. */
export function normalizeStatement(row: StatementRow): StatementRow {
  row.speakers.sort((a, b) => a.order - b.order);
  row.about.sort((a, b) => a.order - b.order);
  return row;
}
