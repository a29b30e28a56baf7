import { z } from 'zod';
import { EntityKind, RelationType } from '../entities/vocabulary';
import { AboutRole, DisputeKind } from '../statements/vocabulary';
import { Stance } from '../statements/stance';

/**
 * The curated seed format (documented in seed/README.md), as a schema. It is the one shape that
 * hand-curated files, automatic ingestion and the benchmark generator all produce, and the one the
 * loader writes.
 */

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug of lower-case letters, digits and dashes');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const offset = z.number().int().nonnegative();
const count = z.number().int().nonnegative();

export const sourceSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  url: z.url().optional(),
  outlet: z.string().min(1).optional(),
  publishedAt: isoDate,
  textFile: z.string().min(1).optional(),
  text: z.string().min(1).optional(),
});

export const entitySchema = z.strictObject({
  id: slug,
  kind: z.enum(EntityKind),
  name: z.string().min(1),
  // No control characters: the offline importer's CSV separates list items with one (U+001F).
  aliases: z
    .array(
      z
        .string()
        .min(1)
        .refine((alias) => ![...alias].some((c) => c < ' '), 'an alias without control characters'),
    )
    .default([]),
  description: z.string().optional(),
});

export const relationSchema = z.strictObject({
  type: z.enum(RelationType),
  from: slug,
  to: slug,
  title: z.string().min(1).optional(),
  sentence: z.number().int().nonnegative().optional(),
});

const statementRef = z.string().regex(/^[a-z0-9-]+(?:\/[A-Za-z0-9_-]+)?$/, 'a statement id');

export const statementSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]+$/, 'a local id of letters, digits, _ and -'),
  speaker: z.union([slug, z.array(slug).min(1)]),
  speakerMention: z.string().min(1).optional(),
  onBehalfOf: slug.optional(),
  about: z
    .array(z.strictObject({ entity: slug, role: z.enum(AboutRole).default(AboutRole.TARGET) }))
    .min(1),
  stance: z.enum(Stance),
  isQuote: z.boolean(),
  text: z.string().min(1),
  cue: z.string().min(1).optional(),
  medium: slug.optional(),
  date: isoDate.optional(),
  figures: z
    .strictObject({
      killed: count.optional(),
      injured: count.optional(),
      civilians: count.optional(),
      forces: count.optional(),
    })
    .optional(),
  evidence: z.strictObject({
    sentence: z.number().int().nonnegative(),
    start: offset,
    end: offset,
  }),
  disputes: z
    .array(z.strictObject({ statement: statementRef, kind: z.enum(DisputeKind) }))
    .default([]),
  confidence: z.number().min(0).max(1).optional(),
  needsReview: z.boolean().optional(),
});

export const seedDocumentSchema = z.strictObject({
  source: sourceSchema,
  entities: z.array(entitySchema).default([]),
  relations: z.array(relationSchema).default([]),
  statements: z.array(statementSchema).default([]),
});

/** A seed document as written by a person or a program (defaults may be left out). */
export type SeedDocumentInput = z.input<typeof seedDocumentSchema>;
/** A seed document after parsing, with defaults filled in. */
export type SeedDocument = z.output<typeof seedDocumentSchema>;
export type SeedSource = SeedDocument['source'];
export type SeedEntity = SeedDocument['entities'][number];
export type SeedRelation = SeedDocument['relations'][number];
export type SeedStatement = SeedDocument['statements'][number];

/** The speakers of a statement as a list, whether the file gave one id or several. */
export function speakersOf(statement: Pick<SeedStatement, 'speaker'>): string[] {
  return Array.isArray(statement.speaker) ? statement.speaker : [statement.speaker];
}

/** Statement ids are stored globally as "<source id>/<local id>". */
export function statementKey(sourceId: string, localOrFullId: string): string {
  return localOrFullId.includes('/') ? localOrFullId : `${sourceId}/${localOrFullId}`;
}
