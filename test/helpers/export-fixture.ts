import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml, stringify } from 'yaml';
import { EntityKind, RelationType } from '../../src/entities/vocabulary';
import type { SeedDocumentInput } from '../../src/seed/document';
import { Stance } from '../../src/statements/stance';
import { AboutRole } from '../../src/statements/vocabulary';
import { sentenceAt, splitSentences } from '../../src/text/sentences';

/**
 * For the export tests: a small seed whose text and names hold what CSV and XML must escape
 * (commas, double quotes, a line break inside a statement, `&` and `<`), with a joint statement
 * and two dates; and counts computed from seed documents by hand, not by the service.
 */
export const TRICKY_SOURCE = 'export-test-tricky';

const LINES = [
  'Export test report',
  'The mayor said "peace, now" was "the only way, really".',
  'Atlantis and Utopia said the border',
  'would stay open, and "no one" would close it.',
];

export const TRICKY_TEXTS = {
  quote: '"peace, now" was "the only way, really"',
  joint: 'the border\nwould stay open, and "no one" would close it',
};

export function writeTrickySeed(dir: string): { file: string; document: SeedDocumentInput } {
  const text = LINES.join('\n');
  const spans = splitSentences(text);
  const evidence = (span: string) => {
    const start = text.indexOf(span);
    return { sentence: sentenceAt(spans, start), start, end: start + span.length };
  };
  const id = (name: string) => `${TRICKY_SOURCE}-${name}`;
  const document: SeedDocumentInput = {
    source: {
      id: TRICKY_SOURCE,
      title: 'Export test, "tricky" report',
      publishedAt: '2020-12-01',
      text,
    },
    entities: [
      { id: id('mayor'), kind: EntityKind.PERSON, name: 'Mayor "Tom" & <Sons>' },
      { id: id('atlantis'), kind: EntityKind.COUNTRY, name: 'Atlantis' },
      { id: id('utopia'), kind: EntityKind.COUNTRY, name: 'Utopia, Republic of' },
      { id: id('border'), kind: EntityKind.REGION, name: 'Border' },
    ],
    relations: [{ type: RelationType.ALLY_OF, from: id('atlantis'), to: id('utopia') }],
    statements: [
      {
        id: 't1',
        speaker: id('mayor'),
        about: [{ entity: id('atlantis'), role: AboutRole.TARGET }],
        stance: Stance.CLAIM,
        isQuote: true,
        text: TRICKY_TEXTS.quote,
        cue: 'said',
        date: '2020-11-03',
        evidence: evidence(TRICKY_TEXTS.quote),
      },
      {
        id: 't2',
        speaker: [id('atlantis'), id('utopia')],
        about: [
          { entity: id('mayor'), role: AboutRole.TARGET },
          { entity: id('border'), role: AboutRole.MENTIONED },
        ],
        stance: Stance.PROMISE,
        isQuote: false,
        text: TRICKY_TEXTS.joint,
        cue: 'said',
        evidence: evidence(TRICKY_TEXTS.joint),
      },
    ],
  };
  const file = join(dir, `${TRICKY_SOURCE}.yaml`);
  writeFileSync(file, stringify(document));
  return { file, document };
}

/** A seed file as the tests count it (the shape of seed/README.md, defaults applied by hand). */
export interface CountedDocument {
  source: { id: string; publishedAt: string };
  entities: { id: string }[];
  statements: {
    id: string;
    speaker: string | string[];
    about: { entity: string; role?: string }[];
    stance: string;
    isQuote: boolean;
    text: string;
    date?: string;
  }[];
}

export const readSeedFile = (file: string) =>
  parseYaml(readFileSync(file, 'utf8')) as CountedDocument;

/** One expected row of statements.csv per statement and speaker. */
export function expectedStatementRows(doc: CountedDocument) {
  return doc.statements.flatMap((s) => {
    const speakers = [...new Set([s.speaker].flat())];
    const targets = [
      ...new Set(s.about.filter((a) => (a.role ?? 'target') === 'target').map((a) => a.entity)),
    ];
    return speakers.map((speaker) => ({
      statement_id: `${doc.source.id}/${s.id}`,
      speaker_id: speaker,
      stance: s.stance,
      date: String(s.date ?? doc.source.publishedAt),
      is_quote: String(s.isQuote),
      text: s.text,
      target_ids: targets.join(';'),
      speakers,
      targets,
    }));
  });
}

export type CsvRow = Record<string, string>;

/** A CSV body as records keyed by the header's columns; the header itself is returned too. */
export function readCsv(body: string): { columns: string[]; rows: CsvRow[] } {
  const records = parseCsv(body, { relaxColumnCount: false }) as string[][];
  const [columns = [], ...rest] = records;
  return {
    columns,
    rows: rest.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]!]))),
  };
}
