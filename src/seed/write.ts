import type { ManagedTransaction } from 'neo4j-driver';
import type { Executor } from '../db/executor';
import { nameKey } from '../text/normalize';
import { CAMEO } from '../statements/stance';
import { speakersOf, statementKey } from './document';
import { evidenceSentences, sentenceBounds } from './check';
import type { ParsedSeed } from './parse';
import * as Q from './write.cypher';

export interface WriteSummary {
  file: string;
  source: string;
  entities: number;
  relations: number;
  statements: number;
}

/**
 * Writes one checked seed document inside the caller's transaction. Statements of this source that
 * the document no longer holds are removed, and each statement's edges are rebuilt, so loading a
 * corrected file makes the graph match it and loading the same file twice changes nothing.
 * With `partial`, the document only adds to what is stored (used by the curation mutations).
 */
export async function writeSeed(
  executor: Executor,
  tx: ManagedTransaction,
  seed: ParsedSeed,
  options: { partial?: boolean } = {},
): Promise<WriteSummary> {
  const { document: doc, text } = seed;
  const sourceId = doc.source.id;
  const run = (cypher: string, params: Record<string, unknown>) =>
    executor.run(tx, cypher, params, 'WRITE');
  const bounds = sentenceBounds(text);

  if (doc.entities.length > 0) {
    await run(Q.UPSERT_ENTITIES, {
      entities: doc.entities.map((e) => ({
        id: e.id,
        kind: e.kind,
        name: e.name,
        sortName: nameKey(e.name),
        description: e.description ?? null,
        aliases: [...new Set(e.aliases)],
      })),
    });
    await run(Q.UPSERT_NAMES, {
      names: doc.entities.flatMap((e) => {
        const primary = nameKey(e.name);
        const keys = new Set([primary, ...e.aliases.map(nameKey)]);
        return [...keys].map((key) => ({ id: e.id, key, primary: key === primary }));
      }),
    });
  }

  if (doc.relations.length > 0) {
    // One row per relation; a relation given twice keeps its last sentence and title.
    const relations = new Map(doc.relations.map((r) => [`${r.type} ${r.from} ${r.to}`, r]));
    await run(Q.UPSERT_RELATIONS, {
      sourceId,
      relations: [...relations.values()].map((r) => ({
        type: r.type,
        from: r.from,
        to: r.to,
        title: r.title ?? null,
        sentence: r.sentence ?? null,
      })),
    });
  }

  // The source and all its statements in one round trip (see WRITE_SOURCE). A partial write (a
  // curation mutation) adds to a source that exists and leaves the rest alone.
  if (options.partial && doc.statements.length === 0) return summary(seed);
  const source = options.partial
    ? {}
    : {
        source: {
          id: sourceId,
          title: doc.source.title,
          url: doc.source.url ?? null,
          outlet: doc.source.outlet ?? null,
          publishedAt: doc.source.publishedAt,
          text,
          sentenceStarts: bounds.starts,
          sentenceEnds: bounds.ends,
        },
      };
  await run(options.partial ? Q.ADD_STATEMENTS : Q.WRITE_SOURCE, {
    sourceId,
    ids: doc.statements.map((s) => statementKey(sourceId, s.id)),
    ...source,
    statements: doc.statements.map((s) => {
      const sentence = s.evidence.sentence;
      return {
        id: statementKey(sourceId, s.id),
        date: s.date ?? null,
        props: {
          localId: s.id,
          sourceId,
          text: s.text,
          isQuote: s.isQuote,
          stance: s.stance,
          cameo: CAMEO[s.stance].code,
          cue: s.cue ?? null,
          speakerMention: s.speakerMention ?? null,
          killed: s.figures?.killed ?? null,
          injured: s.figures?.injured ?? null,
          civilians: s.figures?.civilians ?? null,
          forces: s.figures?.forces ?? null,
          hasFigures: s.figures !== undefined,
          sentence,
          start: s.evidence.start,
          end: s.evidence.end,
          sentenceText: evidenceSentences(text, bounds, sentence, s.evidence.end),
          confidence: s.confidence ?? null,
          needsReview: s.needsReview ?? false,
        },
      };
    }),
    ...statementEdges(seed),
  });
  return summary(seed);
}

function summary(seed: ParsedSeed): WriteSummary {
  const doc = seed.document;
  return {
    file: seed.file,
    source: doc.source.id,
    entities: doc.entities.length,
    relations: doc.relations.length,
    statements: doc.statements.length,
  };
}

function statementEdges(seed: ParsedSeed) {
  const sourceId = seed.document.source.id;
  const speakers: { statement: string; entity: string; order: number }[] = [];
  const onBehalfOf: { statement: string; entity: string }[] = [];
  const about: { statement: string; entity: string; role: string; order: number }[] = [];
  const medium: { statement: string; entity: string }[] = [];
  const disputes: { statement: string; disputes: string; kind: string }[] = [];
  for (const s of seed.document.statements) {
    const statement = statementKey(sourceId, s.id);
    speakersOf(s).forEach((entity, order) => speakers.push({ statement, entity, order }));
    if (s.onBehalfOf) onBehalfOf.push({ statement, entity: s.onBehalfOf });
    s.about.forEach((a, order) => about.push({ statement, entity: a.entity, role: a.role, order }));
    if (s.medium) medium.push({ statement, entity: s.medium });
    s.disputes.forEach((d) =>
      disputes.push({ statement, disputes: statementKey(sourceId, d.statement), kind: d.kind }),
    );
  }
  return { speakers, onBehalfOf, about, medium, disputes };
}
