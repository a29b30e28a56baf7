import type { Executor } from '../db/executor';
import type { SeedDocumentInput } from '../seed/document';
import type { SeedInput } from '../seed/inputs';
import { loadSeeds } from '../seed/loader';
import { parseSeedObject } from '../seed/parse';
import { extractArticle, type ArticleInput, type Extraction, type KnownEntity } from './extract';
import { knownEntities } from './known-entities';

const SAME_SOURCE = `
MATCH (src:Source {id: $id})
RETURN src.text = $text AS same`;

export interface IngestOutcome {
  extraction: Extraction;
  loaded: boolean;
  /** The graph's entities before this ingestion, by id. */
  known: Map<string, KnownEntity>;
}

/** An extracted document as an input of the seed loader, so ingestion takes the one path into the graph. */
export function documentInput(document: SeedDocumentInput, name: string): SeedInput {
  return { name, read: () => parseSeedObject(document, name) };
}

/**
 * Extracts an article's actors and statements against the graph's own entities, then, unless it
 * is a dry run, loads the result through the seed loader: the same validation, one transaction,
 * and idempotency (the source id and statement ids are derived from the text).
 */
export async function ingestArticle(
  executor: Executor,
  input: ArticleInput,
  options: { dryRun: boolean; name?: string },
): Promise<IngestOutcome> {
  const lexicon = await knownEntities(executor);
  const extraction = extractArticle(input, lexicon);
  const known = new Map(lexicon.map((e) => [e.id, e]));
  if (options.dryRun) return { extraction, loaded: false, known };
  // The source id hashes the text, so the same article comes back under the same id. Extracting it
  // again would see its own entities as known and could attribute differently; the article is
  // already in the graph, so it is left exactly as it is.
  const stored = await executor.read<{ same: boolean }>(SAME_SOURCE, {
    id: extraction.document.source.id,
    text: extraction.document.source.text ?? input.text,
  });
  if (stored.records[0]?.get('same')) {
    extraction.warnings.push('this article is already in the graph; nothing was changed');
    return { extraction, loaded: false, known };
  }
  const name = options.name ?? `ingest:${extraction.document.source.id}`;
  await loadSeeds(executor, [documentInput(extraction.document, name)]);
  return { extraction, loaded: true, known };
}
