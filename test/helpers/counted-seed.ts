import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { EntityKind } from '../../src/entities/vocabulary';
import type { SeedDocumentInput } from '../../src/seed/document';
import type { Stance } from '../../src/statements/stance';
import { AboutRole } from '../../src/statements/vocabulary';
import { reportOf } from './generated-seed';

/** One statement of a counted fixture: who, about whom (targets, and entities only mentioned). */
export interface CountedStatement {
  speakers: string[];
  targets: string[];
  mentioned?: string[];
  stance: Stance;
  /** The day it was made; without one it sorts by the report's day. */
  date?: string;
}

/**
 * Writes a seed file of countries that say exactly the statements given, one sentence each, so a
 * test can state by hand what every count over them must be.
 */
export function writeCountedSeed(
  dir: string,
  sourceId: string,
  publishedAt: string,
  countries: string[],
  statements: CountedStatement[],
): string {
  const name = (id: string) => id[0]!.toUpperCase() + id.slice(1);
  const { text, clauses } = reportOf(statements.map((s) => s.speakers.map(name).join(' and ')));
  const document: SeedDocumentInput = {
    source: { id: sourceId, title: `Counted report ${sourceId}`, publishedAt, text },
    entities: countries.map((id) => ({ id, kind: EntityKind.COUNTRY, name: name(id) })),
    relations: [],
    statements: statements.map((s, i) => {
      const { clause, evidence } = clauses[i]!;
      return {
        id: `s${i}`,
        speaker: s.speakers.length === 1 ? s.speakers[0]! : s.speakers,
        about: [
          ...s.targets.map((entity) => ({ entity, role: AboutRole.TARGET })),
          ...(s.mentioned ?? []).map((entity) => ({ entity, role: AboutRole.MENTIONED })),
        ],
        stance: s.stance,
        isQuote: false,
        text: clause,
        cue: 'said',
        ...(s.date ? { date: s.date } : {}),
        evidence,
      };
    }),
  };
  const file = join(dir, `${sourceId}.yaml`);
  writeFileSync(file, stringify(document));
  return file;
}
