import type { Executor } from '../db/executor';
import { nameKey } from '../text/normalize';
import { ENTITY_PROJECTION, type EntityRow } from './entity.row';
import type { EntityKind, RelationType } from './vocabulary';

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

// An exact id wins; then entities whose name this is; then those it is an alias of, most
// talked-about first, so "Karabakh" finds the region rather than a body named after it.
const ENTITY_BY_REF = `
OPTIONAL MATCH (byId:Entity {id: $ref})
OPTIONAL MATCH (:EntityName {key: $key})-[nm:NAMES]->(e:Entity)
WITH byId, e, nm
ORDER BY nm.primary DESC, COUNT { (e)<-[:SAID_BY|ABOUT]-() } DESC, e.id
WITH byId, collect(e)[0] AS byName
WITH coalesce(byId, byName) AS e
WHERE e IS NOT NULL
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

// Relations between entities only: statements, names and sources are other kinds of node.
const RELATIONS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})-[r]-(o:Entity)
RETURN id, collect({
  type: type(r), direction: CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END,
  title: r.title, sentence: r.sentence, sourceId: r.sourceId, other: o ${ENTITY_PROJECTION.replace('e.aliases', 'o.aliases')}
}) AS relations`;

export class EntityRepository {
  constructor(private readonly executor: Executor) {}

  async byIds(ids: readonly string[]): Promise<Map<string, EntityRow>> {
    const result = await this.executor.read<{ entity: EntityRow }>(ENTITIES_BY_ID, { ids });
    return new Map(result.records.map((r) => [r.get('entity').id, r.get('entity')]));
  }

  /** Finds an entity by id, name or alias, ignoring case and accents. */
  async byRef(ref: string): Promise<EntityRow | null> {
    const result = await this.executor.read<{ entity: EntityRow }>(ENTITY_BY_REF, {
      ref,
      key: nameKey(ref),
    });
    return result.records[0]?.get('entity') ?? null;
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
    const result = await this.executor.read<{ id: string; relations: RelationRow[] }>(RELATIONS, {
      ids,
    });
    return new Map(result.records.map((r) => [r.get('id'), r.get('relations')]));
  }
}
