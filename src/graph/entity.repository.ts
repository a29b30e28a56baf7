import DataLoader from 'dataloader';
import type { Executor } from '../db/executor';
import { nameKey } from '../text/normalize';
import { ENTITY_PROJECTION, entityProjection, type EntityRow } from './entity.row';
import { RELATION_TYPES, type EntityKind, type RelationType } from './vocabulary';

export interface RelationRow {
  type: RelationType;
  /** OUT when the entity asked about is the relation's start. */
  direction: 'OUT' | 'IN';
  title: string | null;
  sentence: number | null;
  sourceId: string | null;
  other: EntityRow;
}

const ENTITIES_BY_ID = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e ${ENTITY_PROJECTION} AS entity`;

const ENTITIES_PAGE_ASC = `
MATCH (e:Entity)
WHERE ($kind IS NULL OR e.kind = $kind)
  AND ($afterName IS NULL OR e.sortName > $afterName OR (e.sortName = $afterName AND e.id > $afterId))
WITH e ORDER BY e.sortName ASC, e.id ASC LIMIT $limit
RETURN e ${ENTITY_PROJECTION} AS entity, e.sortName AS sortName`;

const ENTITIES_PAGE_DESC = `
MATCH (e:Entity)
WHERE ($kind IS NULL OR e.kind = $kind)
  AND ($afterName IS NULL OR e.sortName < $afterName OR (e.sortName = $afterName AND e.id < $afterId))
WITH e ORDER BY e.sortName DESC, e.id DESC LIMIT $limit
RETURN e ${ENTITY_PROJECTION} AS entity, e.sortName AS sortName`;

const ENTITIES_COUNT = `
MATCH (e:Entity) WHERE $kind IS NULL OR e.kind = $kind
RETURN count(e) AS total`;

// Relations between entities only, by their types: statements, names and sources are other kinds
// of node, and naming the types lets Neo4j read just those from an entity that has been talked
// about a hundred thousand times, instead of expanding every statement about it.
const RELATED = (e: string) => `[(${e})-[r:${RELATION_TYPES.join('|')}]-(o:Entity) | {
  type: type(r), direction: CASE WHEN startNode(r) = ${e} THEN 'OUT' ELSE 'IN' END,
  title: r.title, sentence: r.sentence, sourceId: r.sourceId, other: o ${entityProjection('o')}
}]`;

const RELATIONS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, ${RELATED('e')} AS relations`;

/**
 * A subquery body that finds the entity a reference names, as `e` (null when none): an exact id
 * wins; then entities whose name this is; then those it is an alias of, most talked-about first,
 * so "Karabakh" finds the region rather than a body named after it. `ref` and `key` are Cypher
 * expressions for the reference and its name key (text/normalize.ts), usually parameters.
 */
export function entityByRef(ref: string, key: string): string {
  return `
  OPTIONAL MATCH (byId:Entity {id: ${ref}})
  OPTIONAL MATCH (:EntityName {key: ${key}})-[nm:NAMES]->(e:Entity)
  WITH byId, e, nm
  ORDER BY nm.primary DESC, COUNT { (e)<-[:SAID_BY|ABOUT]-() } DESC, e.id
  WITH byId, collect(e)[0] AS byName
  RETURN coalesce(byId, byName) AS e`;
}

// Every reference of a batch is resolved in its own subquery; the relations come along (see byRef).
const ENTITIES_BY_REF = `
UNWIND $refs AS ref
CALL (ref) {${entityByRef('ref.ref', 'ref.key')}
}
WITH ref, e WHERE e IS NOT NULL
RETURN ref.ref AS ref, e ${ENTITY_PROJECTION} AS entity, ${RELATED('e')} AS relations`;

/**
 * Entities and their relations. One instance serves one request (see requests/context.ts), which
 * is what makes the two per-instance shortcuts below safe: lookups by name made in the same tick
 * share one query, and the relations found with them are reused for the rest of the request.
 */
export class EntityRepository {
  private readonly relationsFound = new Map<string, RelationRow[]>();
  private readonly refs = new DataLoader<string, EntityRow | null>(
    async (refs) => {
      const result = await this.executor.read<{
        ref: string;
        entity: EntityRow;
        relations: RelationRow[];
      }>(ENTITIES_BY_REF, { refs: refs.map((ref) => ({ ref, key: nameKey(ref) })) });
      const found = new Map<string, EntityRow>();
      for (const r of result.records) {
        found.set(r.get('ref'), r.get('entity'));
        this.relationsFound.set(r.get('entity').id, r.get('relations'));
      }
      return refs.map((ref) => found.get(ref) ?? null);
    },
    { cache: false },
  );

  constructor(private readonly executor: Executor) {}

  async byIds(ids: readonly string[]): Promise<Map<string, EntityRow>> {
    const result = await this.executor.read<{ entity: EntityRow }>(ENTITIES_BY_ID, { ids });
    return new Map(result.records.map((r) => [r.get('entity').id, r.get('entity')]));
  }

  /**
   * Finds an entity by id, name or alias, ignoring case and accents. An entity looked up by name
   * usually has its relations asked next (the `relations` field, and every field of a kind such as
   * a country's leaders or allies, reads them), so they are fetched in the same query and kept
   * for `relations` to answer from: the lookup and its relations cost one round trip, not two.
   */
  byRef(ref: string): Promise<EntityRow | null> {
    return this.refs.load(ref);
  }

  async page(args: {
    kind: EntityKind | null;
    limit: number;
    after: [string, string] | null;
    descending: boolean;
  }): Promise<{ entity: EntityRow; sortName: string }[]> {
    const result = await this.executor.read<{ entity: EntityRow; sortName: string }>(
      args.descending ? ENTITIES_PAGE_DESC : ENTITIES_PAGE_ASC,
      {
        kind: args.kind,
        limit: args.limit,
        afterName: args.after?.[0] ?? null,
        afterId: args.after?.[1] ?? null,
      },
    );
    return result.records.map((r) => ({ entity: r.get('entity'), sortName: r.get('sortName') }));
  }

  async count(kind: EntityKind | null): Promise<number> {
    const result = await this.executor.read<{ total: number }>(ENTITIES_COUNT, { kind });
    return result.records[0]?.get('total') ?? 0;
  }

  async relations(ids: readonly string[]): Promise<Map<string, RelationRow[]>> {
    const found = new Map<string, RelationRow[]>();
    for (const id of ids) {
      const known = this.relationsFound.get(id);
      if (known) found.set(id, known);
    }
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length === 0) return found;
    const result = await this.executor.read<{ id: string; relations: RelationRow[] }>(RELATIONS, {
      ids: missing,
    });
    for (const r of result.records) found.set(r.get('id'), r.get('relations'));
    return found;
  }
}
