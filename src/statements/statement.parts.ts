import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { readsEntityDetail } from '../graph/entity.row';

/**
 * What a page of statements fetches depends on what the query asks of them. The full row (every
 * property, the evidence sentence, five pattern comprehensions with their entities, the source's
 * header) is several times what "id, text, stance, speaker { name }" needs, and Neo4j builds and
 * the driver decodes all of it: on the benchmark's "statements about an entity", fetching only
 * the asked-for parts gave a third more requests per second.
 */
export type StatementPart =
  | 'text'
  | 'isQuote'
  | 'stance'
  | 'cameo'
  | 'cue'
  | 'speakerMention'
  | 'date'
  | 'confidence'
  | 'needsReview'
  | 'figures'
  | 'evidence'
  | 'speakers'
  | 'about'
  | 'onBehalfOf'
  | 'medium'
  | 'source'
  /** Aliases and descriptions of the linked entities; without it they have id, kind and name. */
  | 'entityDetail';

/** The parts each field of the Statement type reads from its row; `[]` for fields that need only the id. */
export const FIELD_PARTS: Readonly<Record<string, readonly StatementPart[]>> = {
  __typename: [],
  id: [],
  disputes: [],
  disputedBy: [],
  disagreements: [],
  text: ['text'],
  isQuote: ['isQuote'],
  stance: ['stance'],
  cameo: ['cameo'],
  cue: ['cue'],
  speakerMention: ['speakerMention'],
  date: ['date'],
  confidence: ['confidence'],
  needsReview: ['needsReview'],
  figures: ['figures'],
  evidence: ['evidence'],
  speaker: ['speakers'],
  speakers: ['speakers'],
  about: ['about'],
  targets: ['about'],
  onBehalfOf: ['onBehalfOf'],
  medium: ['medium'],
  source: ['source'],
};

/** The selection of a field, with fragments merged and arguments resolved. */
export function selectionOf(info: GraphQLResolveInfo): ResolveTree | null {
  return parseResolveInfo(info) as ResolveTree | null;
}

/**
 * The parts the statements of a connection field need, sorted, or `null` for all of them: when
 * the selection holds a field this table does not know, the whole row is fetched, so a field
 * added to the type later is never left without its data.
 */
export function statementParts(connection: ResolveTree | null): StatementPart[] | null {
  if (!connection) return null;
  const nodes = fieldsOf(connection, 'StatementConnection', 'edges').flatMap((edges) =>
    fieldsOf(edges, 'StatementEdge', 'node'),
  );
  return partsOf(nodes, []);
}

/** True when a statement connection's selection asks for `totalCount`, which costs a count. */
export function asksTotalCount(connection: ResolveTree | null): boolean {
  return !connection || fieldsOf(connection, 'StatementConnection', 'totalCount').length > 0;
}

/**
 * The same for the statements on the paths of a `path` field. Their stance is always fetched:
 * it is how a node of a path is told to be a statement (PathNode), and what the summary says.
 */
export function pathStatementParts(path: ResolveTree | null): StatementPart[] | null {
  if (!path) return null;
  return partsOf(fieldsOf(path, 'Path', 'nodes'), ['stance']);
}

/** The same for the statements among the hits of a `search` field. */
export function searchStatementParts(search: ResolveTree | null): StatementPart[] | null {
  if (!search) return null;
  return partsOf(fieldsOf(search, 'SearchHit', 'statement'), []);
}

function partsOf(nodes: ResolveTree[], always: StatementPart[]): StatementPart[] | null {
  const parts = new Set<StatementPart>(always);
  for (const node of nodes) {
    for (const field of Object.values(node.fieldsByTypeName['Statement'] ?? {})) {
      const needed = FIELD_PARTS[field.name];
      if (!needed) return null;
      needed.forEach((p) => parts.add(p));
      if (ENTITY_FIELDS.has(field.name) && asksEntityDetail(field)) parts.add('entityDetail');
    }
  }
  return [...parts].sort();
}

// Statement fields whose value is (or holds) an entity row.
const ENTITY_FIELDS = new Set(['speaker', 'speakers', 'about', 'targets', 'onBehalfOf', 'medium']);

function asksEntityDetail(field: ResolveTree): boolean {
  const levels = field.name === 'targets' ? fieldsOf(field, 'StatementTarget', 'entity') : [field];
  return levels.some((level) => readsEntityDetail(level));
}

/** The fields named `name` (under any alias) that a selection asks of type `type`. */
export function fieldsOf(tree: ResolveTree, type: string, name: string): ResolveTree[] {
  return Object.values(tree.fieldsByTypeName[type] ?? {}).filter((f) => f.name === name);
}
