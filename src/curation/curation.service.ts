import { createHash } from 'node:crypto';
import type { Executor } from '../db/executor';
import { BadUserInputError } from '../errors/errors';
import type { SeedDocument, SeedStatement } from '../seed/document';
import { checkSeed } from '../seed/check';
import type { ParsedSeed } from '../seed/parse';
import { formatProblem } from '../seed/problems';
import { writeSeed } from '../seed/write';
import { EXISTING_ENTITIES } from '../seed/write.cypher';
import { retallyStatements } from '../tallies/tallies';
import type { UpsertEntityInput, AddRelationInput, AddStatementInput } from './curation.inputs';

export const CURATION_SOURCE = 'curation';

const STORED_SOURCE = `
MATCH (src:Source {id: $id})
RETURN src { .id, .text, publishedAt: toString(src.publishedAt),
             sentenceStarts: coalesce(src.sentenceStarts, []),
             sentenceEnds: coalesce(src.sentenceEnds, []) } AS source`;

/** What adding a statement needs of its source: the text it must quote, and its sentences. */
interface StoredSource {
  id: string;
  text: string;
  publishedAt: string;
  sentenceStarts: number[];
  sentenceEnds: number[];
}

const REMOVE_STATEMENT = `
MATCH (s:Statement {id: $id})
DETACH DELETE s
RETURN count(*) AS removed`;

/**
 * The curation mutations, written through the seed loader's own writer in partial mode, so a
 * statement added by hand is stored exactly like one loaded from a file, and checked the same way.
 */
export class CurationService {
  constructor(private readonly executor: Executor) {}

  async upsertEntity(input: UpsertEntityInput): Promise<void> {
    const doc = this.document(CURATION_SOURCE, '', {
      entities: [
        {
          id: input.id,
          kind: input.kind,
          name: input.name.trim(),
          aliases: input.aliases ?? [],
          description: input.description ?? undefined,
        },
      ],
    });
    await this.executor.writeTx((tx) => writeSeed(this.executor, tx, doc, { partial: true }));
  }

  async addRelation(input: AddRelationInput): Promise<void> {
    await this.requireEntities({ from: [input.from], to: [input.to] });
    const doc = this.document(input.sourceId ?? CURATION_SOURCE, '', {
      relations: [
        {
          type: input.type,
          from: input.from,
          to: input.to,
          title: input.title ?? undefined,
          sentence: input.sentence ?? undefined,
        },
      ],
    });
    await this.executor.writeTx((tx) => writeSeed(this.executor, tx, doc, { partial: true }));
  }

  /** Adds (or, with the same id, replaces) a statement; returns its full id. */
  async addStatement(input: AddStatementInput): Promise<string> {
    const found = await this.executor.read<{ source: StoredSource }>(STORED_SOURCE, {
      id: input.sourceId,
    });
    const source = found.records[0]?.get('source');
    if (!source)
      throw new BadUserInputError(`unknown source "${input.sourceId}"`, {
        argument: 'input.sourceId',
      });
    if (input.text.trim() === '')
      throw new BadUserInputError('text must not be empty', { argument: 'input.text' });
    if (input.speakers.length === 0)
      throw new BadUserInputError('give at least one speaker', { argument: 'input.speakers' });
    if (input.about.length === 0)
      throw new BadUserInputError('give at least one entity the statement is about', {
        argument: 'input.about',
      });
    await this.requireEntities({
      speakers: input.speakers,
      about: input.about.map((a) => a.entity),
      medium: input.medium ? [input.medium] : [],
      onBehalfOf: input.onBehalfOf ? [input.onBehalfOf] : [],
    });
    const start = input.start ?? source.text.indexOf(input.text);
    if (start < 0) {
      throw new BadUserInputError(
        `text is not found in source "${source.id}"; statements must quote or paraphrase a span of the source text`,
        { argument: 'input.text' },
      );
    }
    const localId = input.id ?? contentId(input, start);
    const statement: SeedStatement = {
      id: localId,
      speaker: input.speakers.length === 1 ? input.speakers[0]! : input.speakers,
      about: input.about.map((a) => ({ entity: a.entity, role: a.role })),
      stance: input.stance,
      isQuote: input.isQuote,
      text: input.text,
      cue: input.cue ?? undefined,
      medium: input.medium ?? undefined,
      onBehalfOf: input.onBehalfOf ?? undefined,
      date: input.date ? input.date.toISOString().slice(0, 10) : undefined,
      figures: input.figures ? stripNulls(input.figures) : undefined,
      evidence: { sentence: sentenceOf(source, start), start, end: start + input.text.length },
      disputes: [],
    };
    const doc = this.document(
      source.id,
      source.text,
      { statements: [statement] },
      source.publishedAt,
    );
    const problems = checkSeed(doc).problems;
    if (problems.length > 0) {
      throw new BadUserInputError(
        problems.map((p) => formatProblem(p).replace(/^mutation: /, '')).join('; '),
        { argument: 'input' },
      );
    }
    await this.executor.writeTx((tx) => writeSeed(this.executor, tx, doc, { partial: true }));
    return `${source.id}/${localId}`;
  }

  async removeStatement(id: string): Promise<boolean> {
    const result = await this.executor.writeTx(async (tx) => {
      await retallyStatements(this.executor, tx, [id], -1);
      return this.executor.run<{ removed: number }>(tx, REMOVE_STATEMENT, { id }, 'WRITE');
    });
    return (result.records[0]?.get('removed') ?? 0) > 0;
  }

  /** Every id must name a stored entity; otherwise BAD_USER_INPUT naming each unknown one and its role. */
  private async requireEntities(byRole: Record<string, string[]>): Promise<void> {
    const ids = [...new Set(Object.values(byRole).flat())];
    const result = await this.executor.read<{ found: string[] }>(EXISTING_ENTITIES, { ids });
    const found = new Set(result.records[0]?.get('found') ?? []);
    const unknown = Object.entries(byRole).flatMap(([role, list]) =>
      list
        .filter((id) => !found.has(id))
        .map((id) => `unknown ${role === 'speakers' ? 'speaker' : role} "${id}"`),
    );
    if (unknown.length > 0)
      throw new BadUserInputError(unknown.join('; '), {
        unknown: ids.filter((id) => !found.has(id)),
      });
  }

  private document(
    sourceId: string,
    text: string,
    parts: Partial<Pick<SeedDocument, 'entities' | 'relations' | 'statements'>>,
    publishedAt = '1970-01-01',
  ): ParsedSeed {
    return {
      file: 'mutation',
      text,
      locate: () => ({}),
      document: {
        source: { id: sourceId, title: sourceId, publishedAt },
        entities: parts.entities ?? [],
        relations: parts.relations ?? [],
        statements: parts.statements ?? [],
      },
    };
  }
}

function sentenceOf(source: StoredSource, at: number): number {
  const index = source.sentenceStarts.findIndex(
    (start, i) => at >= start && at < (source.sentenceEnds[i] ?? start),
  );
  if (index < 0)
    throw new BadUserInputError(`offset ${at} is not inside a sentence of source "${source.id}"`, {
      argument: 'input.start',
    });
  return index;
}

function contentId(input: AddStatementInput, start: number): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([input.speakers, input.text, start]))
    .digest('hex');
  return `c-${hash.slice(0, 16)}`;
}

function stripNulls<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v != null)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}
