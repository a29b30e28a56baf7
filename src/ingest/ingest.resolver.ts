import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { answerFrom } from '../read/answer';
import type { RequestContext } from '../http/context';
import { BadUserInputError } from '../errors/errors';
import { SeedValidationError } from '../seed/problems';
import { speakersOf, statementKey, type SeedDocumentInput } from '../seed/document';
import { evidenceSentences, sentenceBounds } from '../seed/check';
import { EntityKind } from '../entities/vocabulary';
import { ExtractionInputError, type KnownEntity } from './extract';
import { ingestArticle } from './ingest.service';
import { toSeedYaml } from './seed-yaml';
import { IngestArticleInput, IngestArticlePayload, type ExtractedEntity } from './ingest.types';

@Resolver()
export class IngestResolver {
  @Authorized()
  @Mutation(() => IngestArticlePayload, {
    description:
      'Extracts the actors and attributed statements of a plain-text article and, unless dryRun, loads them (idempotent: the same article twice changes nothing).',
  })
  async ingestArticle(
    @Arg('input', () => IngestArticleInput, { validate: true }) input: IngestArticleInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('dryRun', () => Boolean, { nullable: true, defaultValue: false }) dryRun: boolean,
  ) {
    try {
      const { extraction, loaded, known } = await ingestArticle(
        ctx.executor,
        {
          text: input.text,
          title: input.title ?? undefined,
          url: input.url ?? undefined,
          outlet: input.outlet ?? undefined,
          publishedAt: (input.publishedAt ?? new Date()).toISOString().slice(0, 10),
        },
        { dryRun },
      );
      return answerFrom(toResult(extraction.document, extraction.warnings, loaded, known), info);
    } catch (error) {
      if (error instanceof ExtractionInputError || error instanceof SeedValidationError) {
        throw new BadUserInputError(error.message, { argument: 'input.text' });
      }
      throw error;
    }
  }
}

function toResult(
  doc: SeedDocumentInput,
  warnings: string[],
  loaded: boolean,
  known: Map<string, KnownEntity>,
): IngestArticlePayload {
  const text = doc.source.text ?? '';
  const bounds = sentenceBounds(text);
  const entities = new Map<string, ExtractedEntity>(
    (doc.entities ?? []).map((e) => [
      e.id,
      { id: e.id, name: e.name, kind: e.kind, aliases: e.aliases ?? [], known: known.has(e.id) },
    ]),
  );
  const entity = (id: string): ExtractedEntity => {
    const row = known.get(id);
    return (
      entities.get(id) ?? {
        id,
        name: row?.name ?? id,
        kind: row?.kind ?? EntityKind.ORGANIZATION,
        aliases: row?.aliases ?? [],
        known: true,
      }
    );
  };
  return {
    sourceId: doc.source.id,
    title: doc.source.title,
    loaded,
    warnings,
    sentences: bounds.starts.length,
    entities: [...entities.values()],
    statements: (doc.statements ?? []).map((s) => {
      return {
        id: statementKey(doc.source.id, s.id),
        speakers: speakersOf(s).map(entity),
        speakerMention: s.speakerMention ?? null,
        stance: s.stance,
        targets: [...s.about]
          .sort((a, b) => Number(a.role === 'mentioned') - Number(b.role === 'mentioned'))
          .map((a) => entity(a.entity)),
        text: s.text,
        isQuote: s.isQuote,
        cue: s.cue ?? null,
        date: s.date ?? null,
        evidence: {
          sentence: evidenceSentences(text, bounds, s.evidence.sentence, s.evidence.end),
          sentenceIndex: s.evidence.sentence,
          start: s.evidence.start,
          end: s.evidence.end,
        },
        confidence: s.confidence ?? 1,
        needsReview: s.needsReview ?? false,
      };
    }),
    seedYaml: toSeedYaml(doc, {}),
  };
}
