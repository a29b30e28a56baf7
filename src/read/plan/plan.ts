import type { Direction, EntityKind, RelationType } from '../../entities/vocabulary';
import type { RelationStep } from '../../entities/related-fields';
import type { Stance } from '../../statements/stance';
import type { Selection } from '../selection';

/**
 * What a query asks of the graph, worked out from its selection before any Cypher is written:
 * plain data, one node per value the answer holds, each field under the response key it is
 * answered under. The translator (../cypher) turns a plan into one Cypher statement whose result
 * has the shape of the answer.
 */

/** A field of a value, under the response key the client asked it with. */
export interface Keyed<F> {
  key: string;
  field: F;
}

// ---- Entities

export type EntityProperty = 'id' | 'name' | 'kind' | 'aliases' | 'description';

export type EntityField =
  | { of: 'property'; name: EntityProperty }
  /** Entities reached by the relations of a typed field (`Country.leaders`), in order, each once. */
  | { of: 'related'; steps: readonly RelationStep[]; single: boolean; entity: EntityPlan }
  /** The title of the office a leader holds (its HOLDS_OFFICE relation). */
  | { of: 'office' }
  | {
      of: 'relations';
      types: readonly RelationType[];
      direction: Direction;
      relation: RelationPlan;
    }
  | { of: 'statements'; link: 'SAID_BY' | 'ABOUT'; page: StatementPage };

export interface EntityPlan {
  /** What is asked of every entity here, whatever its kind. */
  fields: Keyed<EntityField>[];
  /**
   * What is asked of entities of one kind only (`... on Country { leaders }`), planned with the
   * fields asked of every entity merged in; a key here replaces the same key of `fields`.
   */
  byKind: Partial<Record<EntityKind, Keyed<EntityField>[]>>;
}

export type RelationField =
  | { of: 'property'; name: 'type' | 'direction' | 'title' | 'sourceId' | 'sentence' }
  | { of: 'end'; end: 'from' | 'to' | 'other'; entity: EntityPlan };

export interface RelationPlan {
  fields: Keyed<RelationField>[];
}

// ---- Statements

export type StatementProperty =
  | 'id'
  | 'text'
  | 'isQuote'
  | 'stance'
  | 'cameo'
  | 'cue'
  | 'speakerMention'
  | 'date'
  | 'confidence'
  | 'needsReview';

export type StatementField =
  | { of: 'property'; name: StatementProperty }
  /** One linked entity: the first speaker, the principal, the medium. */
  | { of: 'entity'; link: 'speaker' | 'onBehalfOf' | 'medium'; entity: EntityPlan }
  /** Linked entities in their stored order: the speakers, the entities it is about. */
  | { of: 'entities'; link: 'speakers' | 'about'; entity: EntityPlan }
  | { of: 'targets'; fields: Keyed<{ of: 'role' } | { of: 'entity'; entity: EntityPlan }>[] }
  | { of: 'figures'; fields: Keyed<'killed' | 'injured' | 'civilians' | 'forces'>[] }
  | { of: 'evidence'; fields: Keyed<'sentence' | 'sentenceIndex' | 'start' | 'end'>[] }
  | { of: 'source'; source: SourcePlan }
  /** OUT: the statements this one disputes; IN: those disputing it. */
  | { of: 'disputes'; direction: 'OUT' | 'IN'; statement: StatementPlan }
  | {
      of: 'disagreements';
      fields: Keyed<
        { of: 'kind' } | { of: 'direction' } | { of: 'statement'; statement: StatementPlan }
      >[];
    };

export interface StatementPlan {
  fields: Keyed<StatementField>[];
}

/** The filters of a page of statements (`StatementWhere`), as values. */
export interface StatementFilter {
  speaker?: string;
  about?: string;
  /** Aimed at: about as target. */
  target?: string;
  stance?: readonly Stance[];
  isQuote?: boolean;
  /** Days, YYYY-MM-DD. */
  from?: string;
  to?: string;
  source?: string;
  text?: string;
}

/** A page of statements: what it filters, where it starts, and what it asks of the rows. */
export interface StatementPage {
  where: StatementFilter;
  descending: boolean;
  first: number;
  /** The sort key of the last row of the previous page: its date and id. */
  after: [string, string] | null;
  connection: ConnectionPlan<StatementPlan>;
}

// ---- Sources

export type SourceField =
  | { of: 'property'; name: 'id' | 'title' | 'url' | 'outlet' | 'publishedAt' | 'text' }
  /** The text and its sentence offsets, which JavaScript slices into sentences (UTF-16). */
  | { of: 'sentences' }
  | { of: 'statements'; page: StatementPage };

export interface SourcePlan {
  fields: Keyed<SourceField>[];
}

// ---- Pages

export type ConnectionField<N> =
  | { of: 'totalCount' }
  | {
      of: 'pageInfo';
      fields: Keyed<'hasNextPage' | 'hasPreviousPage' | 'startCursor' | 'endCursor'>[];
    }
  | { of: 'edges'; fields: Keyed<{ of: 'cursor' } | { of: 'node'; node: N }>[] };

/** What a Relay connection asks: rows (edges, page info) and the total, each only if asked. */
export interface ConnectionPlan<N> {
  fields: Keyed<ConnectionField<N>>[];
}

// ---- Search, paths, disputes

export type SearchHitField =
  | { of: 'kind' }
  | { of: 'score' }
  | { of: 'entity'; entity: EntityPlan }
  | { of: 'statement'; statement: StatementPlan };

export type PathField =
  | { of: 'length' }
  | { of: 'summary' }
  | { of: 'edges'; fields: Keyed<'type' | 'from' | 'to'>[] }
  /** Each node is an entity or a statement (the PathNode union): both are planned. */
  | { of: 'nodes'; entity: EntityPlan; statement: StatementPlan };

export type DisputeField =
  | { of: 'kind' }
  | { of: 'derived' }
  | { of: 'statement' | 'disputed'; statement: StatementPlan };

// ---- Aggregations

/** How statements are grouped in time (`TimeBucket`): by the first day of their bucket. */
export type TimeBucket = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' | 'ALL';

export type StanceCountField =
  | { of: 'speaker' | 'target'; entity: EntityPlan }
  | { of: 'stance' | 'bucket' | 'count' };

export type TimelinePointField = 'bucket' | 'direction' | 'stance' | 'count';

export type EntityCountField = { of: 'entity'; entity: EntityPlan } | { of: 'count' };

// ---- The fields of Query, and what mutations answer

/** An entity is named by id, or by a name or alias (ignoring case and accents). */
export type EntityRef = { id: string } | { name: string };

export type RootPlan =
  | { root: 'entity'; ref: EntityRef; entity: EntityPlan }
  | {
      root: 'entities';
      kind: EntityKind | null;
      descending: boolean;
      first: number;
      /** The sort name and id of the last row of the previous page. */
      after: [string, string] | null;
      connection: ConnectionPlan<EntityPlan>;
    }
  | { root: 'statements'; page: StatementPage }
  | { root: 'statement'; id: string; statement: StatementPlan }
  | { root: 'source'; id: string; source: SourcePlan }
  | {
      root: 'sources';
      first: number;
      /** The publication day and id of the last row of the previous page. */
      after: [string, string] | null;
      connection: ConnectionPlan<SourcePlan>;
    }
  | {
      root: 'search';
      /** A Lucene query (search/lucene.ts). */
      query: string;
      kinds: readonly EntityKind[] | null;
      first: number;
      hit: Keyed<SearchHitField>[];
    }
  | {
      root: 'path';
      from: string;
      to: string;
      maxHops: number;
      first: number;
      path: Keyed<PathField>[];
    }
  | { root: 'disputes'; about: string | null; first: number; dispute: Keyed<DisputeField>[] }
  /**
   * Statements counted per speaker, target, stance and bucket, of those `where` keeps; rows and
   * columns limited to the entities `speakers` and `targets` name when given; the `first` cells (`maxCells`)
   * with the highest counts.
   */
  | {
      root: 'stanceMatrix';
      where: StatementFilter;
      speakers: readonly string[] | null;
      targets: readonly string[] | null;
      bucket: TimeBucket;
      first: number;
      cell: Keyed<StanceCountField>[];
    }
  /** Statements of `entity` counted per bucket and stance, in each of `directions`. */
  | {
      root: 'timeline';
      entity: string;
      where: StatementFilter;
      bucket: TimeBucket;
      directions: readonly ('BY' | 'ABOUT')[];
      point: Keyed<TimelinePointField>[];
    }
  /** The entities most statements are said by (SAID_BY) or aimed at (ABOUT, as target). */
  | {
      root: 'topEntities';
      link: 'SAID_BY' | 'ABOUT';
      where: StatementFilter;
      first: number;
      row: Keyed<EntityCountField>[];
    }
  /** The relation a mutation added: of `type`, from `from` to `to`, asserted by `sourceId`. */
  | {
      root: 'relation';
      type: RelationType;
      from: string;
      to: string;
      sourceId: string;
      relation: RelationPlan;
    };

/** What the configuration bounds in a plan (config.security). */
export interface ReadLimits {
  maxPageSize: number;
}

/**
 * The planners of the values that hold one another (entities hold pages of statements, whose
 * statements hold entities and sources, …), handed to each planner so that each can plan what it
 * holds without importing the others: planners.ts, the one module that knows them all, makes it.
 */
export interface Planners {
  limits: ReadLimits;
  entity(selection: Selection, type: EntityKind | null): EntityPlan;
  relation(selection: Selection): RelationPlan;
  statement(selection: Selection): StatementPlan;
  source(selection: Selection): SourcePlan;
  statementPage(selection: Selection): StatementPage;
}
