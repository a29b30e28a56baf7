import { z } from 'zod';
import { RelationType } from '../entities/vocabulary';
import type { SeedDocumentInput } from '../seed/document';
import type { DraftEntity, EntityRegistry } from './entities/registry';
import { slugify, textHash } from './slug';

/**
 * The seed document of an extraction: the source (id from the title, or from the text's hash
 * when there is no title, so that ingesting the same article twice gives the same id), the
 * entities it found or refers to (entities already in the graph are referred to by id, not
 * repeated), the relations between them, and the statements.
 */
type Statement = NonNullable<SeedDocumentInput['statements']>[number];

export interface SourceInput {
  text: string;
  title?: string;
  url?: string;
  outlet?: string;
  publishedAt: string;
  sourceId?: string;
}

const MAX_TITLE = 160;
const MAX_ALIASES = 12;

/** A title from the first sentence when the article has none: cut at a word, with an ellipsis. */
function fallbackTitle(firstSentence: string): string {
  const clean = firstSentence.replace(/\s+/g, ' ').trim();
  if (clean.length <= MAX_TITLE) return clean;
  const cut = clean.slice(0, MAX_TITLE - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}

export function sourceId(input: SourceInput): string {
  if (input.sourceId) return slugify(input.sourceId);
  const hash = textHash(input.text).slice(0, 8);
  const titleSlug = input.title ? slugify(input.title, 60) : '';
  return titleSlug ? `${titleSlug}-${hash}` : `article-${input.publishedAt}-${hash}`;
}

function description(e: DraftEntity, registry: EntityRegistry): string | undefined {
  if (e.office) {
    const of = e.office.of ? registry.get(e.office.of)?.name : undefined;
    return of ? `${e.office.title} of ${of}.` : `${e.office.title}.`;
  }
  return undefined;
}

export function buildDocument(
  input: SourceInput,
  firstSentence: string,
  registry: EntityRegistry,
  statements: Statement[],
  warnings: string[],
): SeedDocumentInput {
  const referenced = new Set<string>();
  for (const s of statements) {
    for (const id of Array.isArray(s.speaker) ? s.speaker : [s.speaker]) referenced.add(id);
    if (s.onBehalfOf) referenced.add(s.onBehalfOf);
    if (s.medium) referenced.add(s.medium);
    for (const a of s.about) referenced.add(a.entity);
  }
  const included = registry.all().filter((e) => !e.known && (e.named || referenced.has(e.id)));
  // A capital comes with its country: CAPITAL_OF is how "Baku said" is read.
  for (const e of [...included]) {
    const country = e.capitalOf ? registry.get(e.capitalOf) : undefined;
    if (country && !country.known && !included.includes(country)) included.push(country);
  }
  // What the article asserts brings its entities along ("Turkish Foreign Minister …" names Turkey
  // only inside the title); a capital's country comes only with a capital the text names.
  for (const r of registry.relations) {
    if (r.type === RelationType.CAPITAL_OF) continue;
    for (const id of [r.from, r.to]) {
      const e = registry.get(id);
      if (e && !e.known && !included.includes(e)) included.push(e);
    }
  }
  const present = new Set([
    ...included.map((e) => e.id),
    ...registry
      .all()
      .filter((e) => e.known)
      .map((e) => e.id),
  ]);
  const relations = registry.relations.filter((r) => present.has(r.from) && present.has(r.to));
  let url = input.url;
  if (url !== undefined && !z.url().safeParse(url).success) {
    warnings.push(`the url "${url}" is not an absolute URL; left out`);
    url = undefined;
  }
  return {
    source: {
      id: sourceId(input),
      title: input.title?.trim() || fallbackTitle(firstSentence),
      ...(url ? { url } : {}),
      ...(input.outlet?.trim() ? { outlet: input.outlet.trim() } : {}),
      publishedAt: input.publishedAt,
      text: input.text,
    },
    entities: included.map((e) => {
      const d = description(e, registry);
      return {
        id: e.id,
        kind: e.kind,
        name: e.name,
        aliases: [...e.aliases].filter((a) => a !== e.name).slice(0, MAX_ALIASES),
        ...(d ? { description: d } : {}),
      };
    }),
    relations,
    statements,
  };
}
