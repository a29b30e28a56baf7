import { EntityKind, RelationType } from '../../entities/vocabulary';
import { nameKey } from '../../text/normalize';
import type { SeedDocumentInput } from '../../seed/document';
import { slugify } from '../slug';
import { matchableNames } from './proper';

/**
 * The entities and relations one extraction has found so far. Every entity is looked up by the
 * keys of its name and aliases first, so that "Azeri", "Azerbaijan" and a known entity called
 * "Republic of Azerbaijan" with alias "Azerbaijan" all end up as one id, and the known id wins.
 */
export interface DraftEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: Set<string>;
  /** Already in the graph: referenced by id, not written again. */
  known: boolean;
  /** The country a capital city stands for. */
  capitalOf?: string;
  /** The title and holder's state or body, for people introduced with an office. */
  office?: { title: string; of?: string };
  /** Country or body this one belongs to (state bodies, spokespeople). */
  partOf?: string;
  /** Recognized as a name in the text (not only implied, like a capital's country). */
  named: boolean;
}

type Relation = NonNullable<SeedDocumentInput['relations']>[number];

export class EntityRegistry {
  private readonly byId = new Map<string, DraftEntity>();
  private readonly byKey = new Map<string, string>();
  private readonly relationKeys = new Set<string>();
  /** People by each word of their names, for "Wang" or "Getachew" alone after the full name. */
  private readonly peopleByWord = new Map<string, Set<string>>();
  readonly relations: Relation[] = [];

  constructor(
    known: readonly {
      id: string;
      kind: EntityKind;
      name: string;
      aliases: string[];
      capitalOf?: string;
    }[] = [],
  ) {
    for (const k of known) {
      const entity: DraftEntity = {
        id: k.id,
        kind: k.kind,
        name: k.name,
        aliases: new Set(k.aliases),
        known: true,
        named: false,
        ...(k.capitalOf ? { capitalOf: k.capitalOf } : {}),
      };
      this.byId.set(k.id, entity);
      if (k.kind === EntityKind.PERSON || k.kind === EntityKind.LEADER) this.indexPerson(entity);
      for (const n of matchableNames(k))
        if (!this.byKey.has(nameKey(n))) this.byKey.set(nameKey(n), k.id);
    }
  }

  get(id: string): DraftEntity | undefined {
    return this.byId.get(id);
  }

  /** The id registered under any of these names, if one is. */
  lookup(names: readonly string[]): string | undefined {
    for (const n of names) {
      const id = this.byKey.get(nameKey(n));
      if (id) return id;
    }
    return undefined;
  }

  /**
   * Returns the entity for these names, creating it when none of them is registered yet. A new
   * entity takes `preferredId` when given and free, else the slug of its name.
   */
  ensure(
    kind: EntityKind,
    name: string,
    aliases: readonly string[] = [],
    preferredId?: string,
  ): DraftEntity {
    const existing =
      this.lookup([name, ...aliases]) ??
      (preferredId && this.byId.has(preferredId) ? preferredId : undefined);
    if (existing) {
      const entity = this.byId.get(existing)!;
      if (!entity.known) this.addAliases(entity, [name, ...aliases]);
      return entity;
    }
    let id = preferredId ?? slugify(name);
    if (!id) id = 'entity';
    for (let n = 2; this.byId.has(id); n++) id = `${preferredId ?? slugify(name)}-${n}`;
    const entity: DraftEntity = { id, kind, name, aliases: new Set(), known: false, named: false };
    this.byId.set(id, entity);
    this.addAliases(entity, [name, ...aliases]);
    if (kind === EntityKind.PERSON || kind === EntityKind.LEADER) this.indexPerson(entity);
    return entity;
  }

  private indexPerson(entity: DraftEntity): void {
    const words = nameKey(entity.name).split(/[\s-]+/);
    if (words.length < 2) return;
    for (const w of words) {
      const ids = this.peopleByWord.get(w) ?? new Set<string>();
      ids.add(entity.id);
      this.peopleByWord.set(w, ids);
    }
  }

  /** The one person with this word in their name, if exactly one has it. */
  personByWord(word: string): string | undefined {
    const ids = this.peopleByWord.get(nameKey(word));
    return ids && ids.size === 1 ? [...ids][0] : undefined;
  }

  addAliases(entity: DraftEntity, names: readonly string[]): void {
    for (const n of names) {
      const key = nameKey(n);
      if (!key) continue;
      if (!this.byKey.has(key)) this.byKey.set(key, entity.id);
      if (n !== entity.name && !entity.known) entity.aliases.add(n);
    }
  }

  relate(type: RelationType, from: string, to: string, sentence?: number, title?: string): void {
    if (from === to) return;
    const key = `${type}|${from}|${to}|${title ?? ''}`;
    if (this.relationKeys.has(key)) return;
    this.relationKeys.add(key);
    this.relations.push({
      type,
      from,
      to,
      ...(title ? { title } : {}),
      ...(sentence !== undefined ? { sentence } : {}),
    });
  }

  all(): DraftEntity[] {
    return [...this.byId.values()];
  }
}
