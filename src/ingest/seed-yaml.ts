import { Document, isMap, isSeq, visit, type Node } from 'yaml';
import type { SeedDocumentInput } from '../seed/document';

/**
 * Writes an extraction in the curated seed format (seed/README.md), laid out like the curated
 * files so that a reviewer reads one statement per block: small records (about items, evidence,
 * figures, relations, disputes) on one line each. With `textFile`, the article text is referred
 * to instead of inlined.
 */
export interface SeedYamlOptions {
  /** Path of the article text relative to where the YAML will be written. */
  textFile?: string;
}

const ONE_LINE_KEYS = new Set(['evidence', 'figures']);
const ONE_LINE_ITEMS = new Set(['about', 'relations', 'disputes']);

export function toSeedYaml(doc: SeedDocumentInput, opts: SeedYamlOptions = {}): string {
  const { text, ...source } = doc.source;
  const plain = {
    source: opts.textFile
      ? { ...source, textFile: opts.textFile }
      : { ...source, ...(text !== undefined ? { text } : {}) },
    entities: doc.entities ?? [],
    relations: doc.relations ?? [],
    statements: doc.statements ?? [],
  };
  const yaml = new Document(plain);
  visit(yaml, {
    Pair(_, pair) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
      const value = pair.value as Node | null;
      if (ONE_LINE_KEYS.has(key) && isMap(value)) value.flow = true;
      if (ONE_LINE_ITEMS.has(key) && isSeq(value))
        for (const item of value.items) if (isMap(item)) item.flow = true;
      if (key === 'aliases' && isSeq(value)) value.flow = true;
    },
  });
  const needsReview = (doc.statements ?? []).filter((s) => s.needsReview).length;
  const header = [
    '# Extracted automatically (src/ingest); review before loading with `npm run seed -- <this file>`.',
    `# ${needsReview} statement(s) marked needsReview: true have a low confidence: check speaker, stance and targets.`,
  ].join('\n');
  return `${header}\n${yaml.toString({ lineWidth: 100, minContentWidth: 40 })}`;
}
