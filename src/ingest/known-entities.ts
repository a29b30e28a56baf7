import type { Executor } from '../db/executor';
import type { KnownEntity } from './extract';

// Capitals come with the country they stand for, which is how "Baku said" becomes Azerbaijan.
const KNOWN_ENTITIES = `
MATCH (e:Entity)
OPTIONAL MATCH (e)-[:CAPITAL_OF]->(c:Entity)
WITH e, head(collect(c.id)) AS capitalOf
RETURN e.id AS id, e.kind AS kind, e.name AS name, coalesce(e.aliases, []) AS aliases, capitalOf`;

/** The graph's own entities, as the lexicon extraction recognizes first. */
export async function knownEntities(executor: Executor): Promise<KnownEntity[]> {
  const result = await executor.read<KnownEntity & { capitalOf: string | null }>(KNOWN_ENTITIES);
  return result.records.map((r) => {
    const row = r.toObject();
    return {
      id: row.id,
      kind: row.kind,
      name: row.name,
      aliases: row.aliases,
      capitalOf: row.capitalOf ?? undefined,
    };
  });
}
