import type { RelationStep } from '../../entities/related-fields';
import {
  Direction,
  EntityKind,
  RELATION_TYPES,
  type RelationType,
} from '../../entities/vocabulary';
import type { EntityField, EntityPlan, Keyed, RelationPlan } from '../plan/plan';
import { key, map, TYPE_KEY, type CypherBuilder } from './builder';
import type { Translators } from './translators';

const KINDS: ReadonlySet<string> = new Set(Object.values(EntityKind));

/**
 * An entity bound to `e` (never null), as the plan asks: a map that always carries the entity's
 * GraphQL type under TYPE_KEY, for the Entity interface and the PathNode union. A field asked of
 * some kinds only is a CASE on the entity's label.
 *
 * A literal map, not a map projection (`e {…}`): Neo4j 5.26 answers null for the second read of
 * one property in a map projection nested in two list comprehensions (`x {t: x.kind, u: x.kind}`,
 * where TYPE_KEY and `kind` both read `kind`, or two aliases of one field), and a literal map
 * reads both. Values that may be absent are lists first (`head([… | {…}])`), so they come out null.
 */
export function projectEntity(
  c: CypherBuilder,
  e: string,
  plan: EntityPlan,
  t: Translators,
): string {
  const entries = [`${TYPE_KEY}: ${e}.kind`];
  const keys = new Set([
    ...plan.fields.map((f) => f.key),
    ...Object.values(plan.byKind).flatMap((fields) => fields.map((f) => f.key)),
  ]);
  for (const name of keys) {
    const common = plan.fields.find((f) => f.key === name);
    const branches = Object.entries(plan.byKind).flatMap(([kind, fields]) => {
      const own = fields.find((f) => f.key === name);
      return own ? [`WHEN ${e}:${label(kind)} THEN ${entityField(c, e, own.field, t)}`] : [];
    });
    const otherwise = common ? entityField(c, e, common.field, t) : null;
    const value =
      branches.length === 0
        ? otherwise!
        : `CASE ${branches.join(' ')}${otherwise ? ` ELSE ${otherwise}` : ''} END`;
    entries.push(`${key(name)}: ${value}`);
  }
  return `{${entries.join(', ')}}`;
}

function entityField(c: CypherBuilder, e: string, field: EntityField, t: Translators): string {
  switch (field.of) {
    case 'property':
      return field.name === 'aliases' ? `coalesce(${e}.aliases, [])` : `${e}.${field.name}`;
    case 'office': {
      const r = c.variable('r');
      return `head([(${e})-[${r}:HOLDS_OFFICE]->(:Entity) | ${r}.title])`;
    }
    case 'related':
      return related(c, e, field.steps, field.single, field.entity, t);
    case 'relations':
      return relations(c, e, field.types, field.direction, field.relation, t);
    case 'statements':
      return t.statementPage(c, field.page, { node: e, link: field.link });
  }
}

/**
 * The entities `steps` lead to from `e`, in the order of the steps, each once (a relation may be
 * asserted by several sources, and ALLY_OF both ways), projected as `entity` asks.
 */
function related(
  c: CypherBuilder,
  e: string,
  steps: readonly RelationStep[],
  single: boolean,
  entity: EntityPlan,
  t: Translators,
): string {
  const lists = steps.map((step) => {
    const o = c.variable('o');
    const labels = step.kinds?.map(label).join('|') ?? 'Entity';
    return `[${pattern(e, `:${relType(step.type)}`, step.direction, `${o}:${labels}`)} | ${o}]`;
  });
  const [seen, n, o] = c.variables('seen', 'n', 'o');
  const once = `reduce(${seen} = [], ${n} IN ${lists.join(' + ')} | CASE WHEN ${n} IN ${seen} THEN ${seen} ELSE ${seen} + ${n} END)`;
  const projected = projectEntity(c, o, entity, t);
  const list = `[${o} IN ${once} | ${projected}]`;
  return single ? `head(${list})` : list;
}

/** `(e)<-[…]-(o)`, `(e)-[…]->(o)` or `(e)-[…]-(o)`: the relation read from `e`. */
function pattern(e: string, rel: string, direction: RelationStep['direction'], o: string): string {
  if (direction === 'IN') return `(${e})<-[${rel}]-(${o})`;
  if (direction === 'OUT') return `(${e})-[${rel}]->(${o})`;
  return `(${e})-[${rel}]-(${o})`;
}

/**
 * `e`'s relations of `types` in `direction`, each a map of what `relation` asks. The types are
 * written into the pattern, which lets Neo4j expand only those from an entity that has been
 * talked about a hundred thousand times.
 */
function relations(
  c: CypherBuilder,
  e: string,
  types: readonly RelationType[],
  direction: Direction,
  relation: RelationPlan,
  t: Translators,
): string {
  if (types.length === 0) return '[]';
  const [r, o] = c.variables('r', 'o');
  const rel = `${r}:${types.map(relType).join('|')}`;
  return `[${pattern(e, rel, direction, `${o}:Entity`)} | ${projectRelation(c, { e, r, o, direction }, relation, t)}]`;
}

/**
 * Relationship `r` between `e`, the end it is seen from, and `o`, as `relation` asks. `direction`
 * is how the pattern that bound them reads it: OUT or IN when it says, BOTH when each relation
 * must tell.
 */
export function projectRelation(
  c: CypherBuilder,
  bound: { e: string; r: string; o: string; direction: Direction },
  relation: RelationPlan,
  t: Translators,
): string {
  const { e, r, o } = bound;
  const out =
    bound.direction === Direction.BOTH
      ? `startNode(${r}) = ${e}`
      : String(bound.direction === Direction.OUT);
  const entries: Keyed<string>[] = relation.fields.map(({ key: name, field }) => {
    if (field.of === 'property') {
      if (field.name === 'type') return { key: name, field: `type(${r})` };
      if (field.name === 'direction')
        return { key: name, field: `CASE WHEN ${out} THEN 'OUT' ELSE 'IN' END` };
      return { key: name, field: `${r}.${field.name}` };
    }
    if (field.end === 'other') return { key: name, field: projectEntity(c, o, field.entity, t) };
    const [start, end] = [
      projectEntity(c, e, field.entity, t),
      projectEntity(c, o, field.entity, t),
    ];
    return {
      key: name,
      field: `CASE WHEN ${out} THEN ${field.end === 'from' ? start : end} ELSE ${field.end === 'from' ? end : start} END`,
    };
  });
  return map(entries.map((f) => [f.key, f.field] as const));
}

/** A label written into the text: only ever a kind of the closed vocabulary. */
function label(kind: string): string {
  if (!KINDS.has(kind)) throw new Error(`not an entity kind: ${kind}`);
  return kind;
}

/** A relationship type written into the text: only ever one of the closed vocabulary. */
export function relType(type: RelationType): string {
  if (!RELATION_TYPES.includes(type)) throw new Error(`not a relation type: ${type}`);
  return type;
}
