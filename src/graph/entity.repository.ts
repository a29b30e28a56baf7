import DataLoader from 'dataloader';
import type { Executor } from '../db/executor';
import { nameKey } from '../text/normalize';
import { ENTITY_PROJECTION, entityProjection, type EntityRow } from './entity.row';
import { RELATION_TYPES, type EntityKind, type RelationType } from './vocabulary';
import { buildStatementQuery } from '../statements/statement.query';
import type { StatementPageRows } from '../statements/statement.repository';
import { normalizeStatement, type StatementRow } from '../statements/statement.row';
import { FULL_LOOKUP, type LookupPlan } from './lookahead';
import { pageKey } from '../requests/page-key';
import { lookupQuery, stepParams } from './entity-lookup.query';

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
 * Entities and their relations. One instance serves one request (see requests/context.ts), which
 * is what makes the two per-instance shortcuts below safe: lookups by name made in the same tick
 * share one query, and the relations found with them are reused for the rest of the request.
 */
export interface Lookup {
  entity: EntityRow;
  /** The pages of statements the plan fetched ahead, by entity id. */
  pages: Map<string, StatementPageRows>;
}

type LookupRecord = {
  ref: string;
  entity: EntityRow;
  relations?: RelationRow[];
  pages?: { id: string; rows: StatementRow[]; total: number | null }[];
};

const planKeys = new WeakMap<LookupPlan, string>();

/** Plans come back from field-memo.ts on later requests, and are never changed once made. */
function planKey(plan: LookupPlan): string {
  let key = planKeys.get(plan);
  if (key === undefined) {
    key = JSON.stringify([
      plan.steps,
      plan.brief,
      plan.detail,
      plan.pages && pageKey(plan.pages.page),
    ]);
    planKeys.set(plan, key);
  }
  return key;
}

export class EntityRepository {
  private readonly relationsFound = new Map<string, RelationRow[]>();
  // Relations fetched for one row's own fields only (a lookup's plan), so not for its id.
  private readonly relationsOfRow = new WeakMap<EntityRow, RelationRow[]>();
  private readonly lookups = new Map<string, DataLoader<string, Lookup | null>>();

  constructor(private readonly executor: Executor) {}

  async byIds(ids: readonly string[]): Promise<Map<string, EntityRow>> {
    const result = await this.executor.read<{ entity: EntityRow }>(ENTITIES_BY_ID, { ids });
    return new Map(result.records.map((r) => [r.get('entity').id, r.get('entity')]));
  }

  /** Finds an entity by id, name or alias, ignoring case and accents, with all its relations. */
  async byRef(ref: string): Promise<EntityRow | null> {
    return (await this.lookUp(ref, FULL_LOOKUP))?.entity ?? null;
  }

  /**
   * Finds an entity by id, name or alias, ignoring case and accents, and with it, in the same
   * round trip, what the plan says the request will read next (lookahead.ts): its relations
   * (kept for `relations`, `leaders` and the other fields that follow them, see relationsKnown)
   * and pages of statements of related entities (returned, for the loaders). Lookups with the
   * same plan made in the same tick share one query.
   */
  lookUp(ref: string, plan: LookupPlan): Promise<Lookup | null> {
    const key = planKey(plan);
    let loader = this.lookups.get(key);
    if (!loader) {
      loader = new DataLoader((refs) => this.lookUpMany(refs, plan), { cache: false });
      this.lookups.set(key, loader);
    }
    return loader.load(ref);
  }

  /**
   * The relations already fetched for this row: by a lookup's plan, for its own fields, or in
   * full for its id. Undefined when they must be loaded.
   */
  relationsKnown(row: EntityRow): RelationRow[] | undefined {
    return this.relationsOfRow.get(row) ?? this.relationsFound.get(row.id);
  }

  private async lookUpMany(refs: readonly string[], plan: LookupPlan): Promise<(Lookup | null)[]> {
    const page = plan.pages ? buildStatementQuery({ ...plan.pages.page, ids: [] }) : null;
    const { ids: _ids, ...pageParams } = page?.params ?? {};
    const query = lookupQuery(plan, page?.cypher ?? null);
    const result = await this.executor.read<LookupRecord>(query.cypher, {
      ...pageParams,
      refs: refs.map((ref) => ({ ref, key: nameKey(ref) })),
      ...(query.filtered && plan.steps ? { steps: stepParams(plan.steps) } : {}),
      ...(plan.pages ? { pageSteps: stepParams(plan.pages.steps) } : {}),
    });
    const found = new Map<string, Lookup>();
    for (const record of result.records) {
      const { ref, entity, relations = [], pages = [] } = record.toObject();
      if (plan.steps === null) this.relationsFound.set(entity.id, relations);
      else this.relationsOfRow.set(entity, relations);
      const byId = new Map<string, StatementPageRows>();
      for (const p of pages)
        byId.set(p.id, { rows: p.rows.map(normalizeStatement), total: p.total });
      found.set(ref, { entity, pages: byId });
    }
    return refs.map((ref) => found.get(ref) ?? null);
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
