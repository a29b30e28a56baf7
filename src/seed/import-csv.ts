import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { ARRAY_DELIMITER, type ImportFiles } from '../../tools/localdb';
import { sentenceBounds } from './check';
import type { ParsedSeed } from './parse';
import {
  aliasText,
  disputeRows,
  entityRows,
  mergeEntityRows,
  nameRows,
  type EntityRow,
  relationRows,
  sourceRow,
  statementRows,
  type StatementRow,
} from './rows';

/**
 * Checked seed files as the CSV files of Neo4j's offline importer (tools/localdb/import.ts): the
 * same nodes, relationships and properties the transactional writers make (rows.ts is shared),
 * with the property types in the headers (`:long`, `:date`, `string[]`). Empty fields are absent
 * properties, as null ones are in Cypher. Statements stream to disk file by file; entities and
 * names, whose definitions accumulate over files, are kept until the end (they grow with the world,
 * not with the statements).
 */
type Value = string | number | boolean | null | undefined | readonly (string | number)[];

interface Table<Row> {
  file: string;
  columns: [header: string, value: (row: Row) => Value][];
}

const list = (values: readonly (string | number)[]) => values.join(ARRAY_DELIMITER);
// Booleans spelled out: csv-stringify would write false as an empty field, an absent property.
const cell = (value: Value): string | number => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? list(value) : (value as string | number);
};

type SourceRow = ReturnType<typeof sourceRow>;
type Edge = { from: string; to: string; props?: Record<string, Value> };

const ENTITIES: Table<EntityRow> = {
  file: 'entities.csv',
  columns: [
    ['id:ID(Entity)', (e) => e.id],
    [':LABEL', (e) => ['Entity', e.kind]],
    ['kind', (e) => e.kind],
    ['name', (e) => e.name],
    ['sortName', (e) => e.sortName],
    ['description', (e) => e.description],
    ['aliases:string[]', (e) => e.aliases],
    ['aliasText', (e) => aliasText(e.aliases)],
  ],
};

const NAMES: Table<{ key: string }> = {
  file: 'entity-names.csv',
  columns: [
    ['key:ID(EntityName)', (n) => n.key],
    [':LABEL', () => 'EntityName'],
  ],
};

const SOURCES: Table<SourceRow> = {
  file: 'sources.csv',
  columns: [
    ['id:ID(Source)', (s) => s.id],
    [':LABEL', () => 'Source'],
    ['title', (s) => s.title],
    ['url', (s) => s.url],
    ['outlet', (s) => s.outlet],
    ['publishedAt:date', (s) => s.publishedAt],
    ['text', (s) => s.text],
    ['sentenceStarts:long[]', (s) => s.sentenceStarts],
    ['sentenceEnds:long[]', (s) => s.sentenceEnds],
  ],
};

const p = (s: StatementRow) => s.props;
const STATEMENTS: Table<StatementRow> = {
  file: 'statements.csv',
  columns: [
    ['id:ID(Statement)', (s) => s.id],
    [':LABEL', () => 'Statement'],
    ['localId', (s) => p(s).localId],
    ['sourceId', (s) => p(s).sourceId],
    ['text', (s) => p(s).text],
    ['isQuote:boolean', (s) => p(s).isQuote],
    ['stance', (s) => p(s).stance],
    ['cameo', (s) => p(s).cameo],
    ['cue', (s) => p(s).cue],
    ['speakerMention', (s) => p(s).speakerMention],
    ['killed:long', (s) => p(s).killed],
    ['injured:long', (s) => p(s).injured],
    ['civilians:long', (s) => p(s).civilians],
    ['forces:long', (s) => p(s).forces],
    ['hasFigures:boolean', (s) => p(s).hasFigures],
    ['sentence:long', (s) => p(s).sentence],
    ['start:long', (s) => p(s).start],
    ['end:long', (s) => p(s).end],
    ['sentenceText', (s) => p(s).sentenceText],
    ['confidence:double', (s) => p(s).confidence],
    ['needsReview:boolean', (s) => p(s).needsReview],
    ['date:date', (s) => s.date],
    ['at:date', (s) => s.at],
  ],
};

/** A relationship file: start and end ids in their id spaces, the type, then properties. */
function edges(file: string, from: string, to: string, type: string, props: string[]): Table<Edge> {
  return {
    file,
    columns: [
      [`:START_ID(${from})`, (e) => e.from],
      [`:END_ID(${to})`, (e) => e.to],
      [':TYPE', (e) => (e.props?.[':TYPE'] as string | undefined) ?? type],
      ...props.map((header): Table<Edge>['columns'][number] => [
        header,
        (e) => e.props?.[header.split(':')[0]!],
      ]),
    ],
  };
}

const EDGES = {
  names: edges('names.csv', 'EntityName', 'Entity', 'NAMES', ['primary:boolean']),
  relations: edges('relations.csv', 'Entity', 'Entity', '', ['sourceId', 'title', 'sentence:long']),
  reportedIn: edges('reported-in.csv', 'Statement', 'Source', 'REPORTED_IN', [
    'sentence:long',
    'start:long',
    'end:long',
  ]),
  saidBy: edges('said-by.csv', 'Statement', 'Entity', 'SAID_BY', ['order:long']),
  about: edges('about.csv', 'Statement', 'Entity', 'ABOUT', ['role', 'order:long']),
  onBehalfOf: edges('on-behalf-of.csv', 'Statement', 'Entity', 'ON_BEHALF_OF', []),
  toldTo: edges('told-to.csv', 'Statement', 'Entity', 'TOLD_TO', []),
  disputes: edges('disputes.csv', 'Statement', 'Statement', 'DISPUTES', ['kind']),
};

/** A CSV file being written: its header first, then rows as they come. */
class CsvFile<Row> {
  readonly path: string;
  private readonly fd: number;

  constructor(
    dir: string,
    private readonly table: Table<Row>,
  ) {
    this.path = join(dir, table.file);
    this.fd = openSync(this.path, 'w');
    writeSync(this.fd, stringify([table.columns.map(([header]) => header)]));
  }

  write(rows: readonly Row[]): void {
    if (rows.length === 0) return;
    const cells = rows.map((row) => this.table.columns.map(([, value]) => cell(value(row))));
    writeSync(this.fd, stringify(cells));
  }

  close(): void {
    closeSync(this.fd);
  }
}

/**
 * After the import: an entity without aliases holds an empty list and text, as the transactional
 * writer leaves it, where the importer can only leave an empty field out.
 */
export const EMPTY_ALIASES = `
MATCH (e:Entity) WHERE e.aliases IS NULL
SET e.aliases = [], e.aliasText = ''`;

/**
 * The CSV files of one import, written in `dir` as checked documents are added (validate.ts gives
 * them as it reads them, so each file is read once); `finish` writes the entities and names, which
 * accumulate over files, and closes everything.
 */
export class ImportCsvWriter {
  private readonly sources: CsvFile<SourceRow>;
  private readonly statements: CsvFile<StatementRow>;
  private readonly edges: Record<keyof typeof EDGES, CsvFile<Edge>>;
  private readonly entities = new Map<string, EntityRow>();
  private readonly names = new Map<string, { key: string; id: string; primary: boolean }>();
  private count = 0;

  constructor(private readonly dir: string) {
    this.sources = new CsvFile(dir, SOURCES);
    this.statements = new CsvFile(dir, STATEMENTS);
    this.edges = Object.fromEntries(
      Object.entries(EDGES).map(([name, table]) => [name, new CsvFile(dir, table)]),
    ) as Record<keyof typeof EDGES, CsvFile<Edge>>;
  }

  add(seed: ParsedSeed): void {
    const files = this.edges;
    // Later definitions win and aliases accumulate, as when the files are loaded one by one.
    mergeEntityRows(this.entities, entityRows(seed));
    for (const n of nameRows(seed)) this.names.set(`${n.key}\u0000${n.id}`, n);
    files.relations.write(
      relationRows(seed).map((r) => ({
        from: r.from,
        to: r.to,
        props: { ':TYPE': r.type, sourceId: r.sourceId, title: r.title, sentence: r.sentence },
      })),
    );
    const bounds = sentenceBounds(seed.text);
    this.sources.write([sourceRow(seed, bounds)]);
    const rows = statementRows(seed, bounds);
    this.statements.write(rows);
    const sourceId = seed.document.source.id;
    files.reportedIn.write(
      rows.map((s) => ({
        from: s.id,
        to: sourceId,
        props: { sentence: s.props.sentence, start: s.props.start, end: s.props.end },
      })),
    );
    files.saidBy.write(
      rows.flatMap((s) =>
        s.speakers.map((sp) => ({ from: s.id, to: sp.entity, props: { order: sp.order } })),
      ),
    );
    files.about.write(
      rows.flatMap((s) =>
        s.about.map((a) => ({ from: s.id, to: a.entity, props: { role: a.role, order: a.order } })),
      ),
    );
    files.onBehalfOf.write(
      rows.flatMap((s) => (s.onBehalfOf ? [{ from: s.id, to: s.onBehalfOf }] : [])),
    );
    files.toldTo.write(rows.flatMap((s) => (s.medium ? [{ from: s.id, to: s.medium }] : [])));
    files.disputes.write(
      disputeRows(seed).map((d) => ({
        from: d.statement,
        to: d.disputes,
        props: { kind: d.kind },
      })),
    );
    this.count += rows.length;
  }

  /** Closes the files written so far (finish does it too); for a check that failed. */
  close(): void {
    for (const f of [this.sources, this.statements, ...Object.values(this.edges)]) f.close();
  }

  finish(): ImportFiles & { statements: number } {
    const entityFile = new CsvFile(this.dir, ENTITIES);
    entityFile.write(
      [...this.entities.values()].map((e) => ({ ...e, aliases: [...e.aliases].sort() })),
    );
    const nameFile = new CsvFile(this.dir, NAMES);
    const keys = new Set([...this.names.values()].map((n) => n.key));
    nameFile.write([...keys].map((key) => ({ key })));
    this.edges.names.write(
      [...this.names.values()].map((n) => ({
        from: n.key,
        to: n.id,
        props: { primary: n.primary },
      })),
    );
    const nodeFiles = [entityFile, nameFile, this.sources, this.statements];
    for (const f of [entityFile, nameFile]) f.close();
    this.close();
    return {
      nodes: nodeFiles.map((f) => f.path),
      relationships: Object.values(this.edges).map((f) => f.path),
      statements: this.count,
    };
  }
}
