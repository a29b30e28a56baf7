import { nameKey } from '../text/normalize';
import { CAMEO } from '../statements/stance';
import { speakersOf, statementKey } from './document';
import { evidenceSentences, sentenceBounds } from './check';
import type { ParsedSeed } from './parse';

/**
 * A checked seed document as the rows its Cypher takes (through UNWIND). Pure: both writers use it,
 * the one that merges a document into what is stored (write.ts) and the one that creates sources
 * the graph does not hold yet (bulk.ts).
 */
export function entityRows(seed: ParsedSeed) {
  return seed.document.entities.map((e) => ({
    id: e.id,
    kind: e.kind,
    name: e.name,
    sortName: nameKey(e.name),
    description: e.description ?? null,
    aliases: [...new Set(e.aliases)],
  }));
}

export type EntityRow = ReturnType<typeof entityRows>[number];

/** The aliases as one string for the full-text index, as UPSERT_ENTITIES builds it in Cypher. */
export const aliasText = (aliases: readonly string[]): string =>
  aliases.map((a) => `${a} | `).join('');

/** Adds entity rows to `into`, one per id: a later definition wins, and aliases accumulate. */
export function mergeEntityRows(into: Map<string, EntityRow>, rows: readonly EntityRow[]): void {
  for (const row of rows) {
    const earlier = into.get(row.id);
    into.set(
      row.id,
      earlier
        ? {
            ...row,
            description: row.description ?? earlier.description,
            aliases: [...new Set([...earlier.aliases, ...row.aliases])],
          }
        : row,
    );
  }
}

export function nameRows(seed: ParsedSeed) {
  return seed.document.entities.flatMap((e) => {
    const primary = nameKey(e.name);
    const keys = new Set([primary, ...e.aliases.map(nameKey)]);
    return [...keys].map((key) => ({ id: e.id, key, primary: key === primary }));
  });
}

/** One row per relation; a relation given twice keeps its last sentence and title. */
export function relationRows(seed: ParsedSeed) {
  const sourceId = seed.document.source.id;
  const relations = new Map(seed.document.relations.map((r) => [`${r.type} ${r.from} ${r.to}`, r]));
  return [...relations.values()].map((r) => ({
    sourceId,
    type: r.type,
    from: r.from,
    to: r.to,
    title: r.title ?? null,
    sentence: r.sentence ?? null,
  }));
}

export type SourceRow = ReturnType<typeof sourceRow>;

export function sourceRow(seed: ParsedSeed, bounds = sentenceBounds(seed.text)) {
  const { source } = seed.document;
  return {
    id: source.id,
    title: source.title,
    url: source.url ?? null,
    outlet: source.outlet ?? null,
    publishedAt: source.publishedAt,
    text: seed.text,
    sentenceStarts: bounds.starts,
    sentenceEnds: bounds.ends,
  };
}

export type StatementRow = ReturnType<typeof statementRows>[number];

/** Each statement with its properties and, as lists, the entities it links to. */
export function statementRows(seed: ParsedSeed, bounds = sentenceBounds(seed.text)) {
  const { document: doc, text } = seed;
  const sourceId = doc.source.id;
  return doc.statements.map((s) => {
    const sentence = s.evidence.sentence;
    return {
      id: statementKey(sourceId, s.id),
      date: s.date ?? null,
      // The date a statement sorts by: its own, or else its source's.
      at: s.date ?? doc.source.publishedAt,
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
      // An entity is linked to a statement once as a speaker and once in what it is about (its
      // first role), however often a file lists it: the counts of analysis rely on it.
      speakers: [...new Set(speakersOf(s))].map((entity, order) => ({ entity, order })),
      onBehalfOf: s.onBehalfOf ?? null,
      about: s.about
        .filter((a, i) => s.about.findIndex((b) => b.entity === a.entity) === i)
        .map((a, order) => ({ entity: a.entity, role: a.role, order })),
      medium: s.medium ?? null,
    };
  });
}

/** Statement → the statement of the same source it disputes. */
export function disputeRows(seed: ParsedSeed) {
  const sourceId = seed.document.source.id;
  return seed.document.statements.flatMap((s) =>
    s.disputes.map((d) => ({
      statement: statementKey(sourceId, s.id),
      disputes: statementKey(sourceId, d.statement),
      kind: d.kind,
    })),
  );
}

/** The edges of statements as flat lists, for the writer that merges into stored statements. */
export function edgeLists(statements: readonly StatementRow[]) {
  return {
    speakers: statements.flatMap((s) =>
      s.speakers.map((sp) => ({ statement: s.id, entity: sp.entity, order: sp.order })),
    ),
    onBehalfOf: statements.flatMap((s) =>
      s.onBehalfOf ? [{ statement: s.id, entity: s.onBehalfOf }] : [],
    ),
    about: statements.flatMap((s) => s.about.map((a) => ({ statement: s.id, ...a }))),
    medium: statements.flatMap((s) => (s.medium ? [{ statement: s.id, entity: s.medium }] : [])),
  };
}
