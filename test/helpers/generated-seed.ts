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
  const sentences: string[] = [];
  const clauses: { at: number; clause: string }[] = [];
  let length = 0;
  for (let i = 0; i < size.statements; i++) {
    const clause = `event number ${i} took place`;
    const sentence = `Generated Person ${i % size.people} said that ${clause}.`;
    if (i > 0) length += 1; // the space between sentences
    clauses.push({ at: length + sentence.indexOf(clause), clause });
    sentences.push(sentence);
    length += sentence.length;
  }
  const text = sentences.join(' ');
  const spans = splitSentences(text);
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
    statements: clauses.map(({ at, clause }, i) => ({
      id: `s${i}`,
      speaker: person(i),
      about: [{ entity: person(i + 1) }],
      stance: Stance.CLAIM,
      isQuote: false,
      text: clause,
      cue: 'said',
      evidence: { sentence: sentenceAt(spans, at), start: at, end: at + clause.length },
    })),
  };
  const file = join(dir, `${sourceId}.yaml`);
  writeFileSync(file, stringify(document));
  return { file, document };
}
