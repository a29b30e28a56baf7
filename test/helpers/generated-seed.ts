import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { EntityKind, RelationType } from '../../src/entities/vocabulary';
import type { SeedDocumentInput } from '../../src/seed/document';
import { Stance } from '../../src/statements/stance';
import { sentenceAt, splitSentences } from '../../src/text/sentences';

/**
 * Writes a valid seed file of any size: one source whose text has one sentence per statement, and
 * `people` entities who speak about each other. Everything it defines carries `sourceId` in its
 * id, so a test can count (and remove) exactly what the file wrote. With `country`, the people are
 * its leaders (kind Leader, HOLDS_OFFICE), so that `… on Country { leaders { … } }` reaches them.
 */
export function writeGeneratedSeed(
  dir: string,
  sourceId: string,
  size: { statements: number; people: number; country?: { id: string; name: string } },
): { file: string; document: SeedDocumentInput } {
  const { country } = size;
  const person = (i: number) => `${sourceId}-person-${i % size.people}`;
  const { text, clauses } = reportOf(
    Array.from({ length: size.statements }, (_, i) => `Generated Person ${i % size.people}`),
  );
  const document: SeedDocumentInput = {
    source: {
      id: sourceId,
      title: `Generated report ${sourceId}`,
      publishedAt: '2020-10-20',
      text,
    },
    entities: [
      ...Array.from({ length: size.people }, (_, i) => ({
        id: person(i),
        kind: country ? EntityKind.LEADER : EntityKind.PERSON,
        name: `Generated Person ${i}`,
      })),
      ...(country ? [{ ...country, kind: EntityKind.COUNTRY }] : []),
    ],
    relations: country
      ? Array.from({ length: size.people }, (_, i) => ({
          type: RelationType.HOLDS_OFFICE,
          from: person(i),
          to: country.id,
        }))
      : [],
    statements: clauses.map(({ clause, evidence }, i) => ({
      id: `s${i}`,
      speaker: person(i),
      about: [{ entity: person(i + 1) }],
      stance: Stance.CLAIM,
      isQuote: false,
      text: clause,
      cue: 'said',
      evidence,
    })),
  };
  const file = join(dir, `${sourceId}.yaml`);
  writeFileSync(file, stringify(document));
  return { file, document };
}

/**
 * The text of a report of one sentence per speaker ("<speaker> said that event number <i> took
 * place."), and for each the clause a statement quotes, with its exact evidence.
 */
export function reportOf(speakers: readonly string[]) {
  const sentences: string[] = [];
  const starts: number[] = [];
  let length = 0;
  speakers.forEach((speaker, i) => {
    const sentence = `${speaker} said that event number ${i} took place.`;
    if (i > 0) length += 1; // the space between sentences
    starts.push(length + sentence.indexOf('event number'));
    sentences.push(sentence);
    length += sentence.length;
  });
  const text = sentences.join(' ');
  const spans = splitSentences(text);
  const clauses = starts.map((start, i) => {
    const clause = `event number ${i} took place`;
    const evidence = { sentence: sentenceAt(spans, start), start, end: start + clause.length };
    return { clause, evidence };
  });
  return { text, clauses };
}
