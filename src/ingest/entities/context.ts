import { EntityKind, RelationType } from '../../entities/vocabulary';
import { COUNTRIES } from '../lexicon/countries';
import { slugify } from '../slug';
import type { GazetteerTarget, Gazetteer } from './gazetteer';
import type { Mention, MentionRole } from './mention';
import type { EntityRegistry } from './registry';
import type { Tagger } from './tagger';

/** What the recognition passes share across one article. */
export interface RecognitionContext {
  text: string;
  registry: EntityRegistry;
  gazetteer: Gazetteer;
  tagger: Tagger;
}

const COUNTRY_BY_ID = new Map(COUNTRIES.map((c) => [c.id, c]));

/** The registry entity for a built-in country (or the known entity that has its name). */
export function ensureCountry(ctx: RecognitionContext, countryId: string): string {
  const c = COUNTRY_BY_ID.get(countryId);
  if (!c) return ctx.registry.get(countryId)?.id ?? countryId;
  return ctx.registry.ensure(EntityKind.COUNTRY, c.name, [...c.aliases, ...c.demonyms], c.id).id;
}

/** The adjective used in canonical names of a country's bodies: "Azerbaijani Defense Ministry". */
export function adjectiveOf(ctx: RecognitionContext, countryId: string): string {
  const builtin = [...COUNTRY_BY_ID.values()].find(
    (c) => c.id === countryId || ctx.registry.lookup([c.name]) === countryId,
  );
  return builtin?.demonyms[0] ?? ctx.registry.get(countryId)?.name ?? countryId;
}

export function resolveTarget(
  ctx: RecognitionContext,
  target: GazetteerTarget,
): { id: string; role: MentionRole; countryOf?: string } {
  const { registry } = ctx;
  switch (target.type) {
    case 'known': {
      const e = registry.get(target.id)!;
      return e.capitalOf
        ? { id: e.id, role: 'capital', countryOf: e.capitalOf }
        : { id: e.id, role: 'name' };
    }
    case 'country':
    case 'seat':
      return { id: ensureCountry(ctx, target.country), role: 'name' };
    case 'demonym':
      return { id: ensureCountry(ctx, target.country), role: 'demonym' };
    case 'capital': {
      const country = ensureCountry(ctx, target.country);
      const city = registry.ensure(EntityKind.CITY, target.city, [], slugify(target.city));
      if (!city.known) city.capitalOf ??= country;
      registry.relate(RelationType.CAPITAL_OF, city.id, city.capitalOf ?? country);
      return { id: city.id, role: 'capital', countryOf: city.capitalOf ?? country };
    }
    case 'region':
      return {
        id: registry.ensure(EntityKind.REGION, target.name, target.aliases, target.id).id,
        role: 'name',
      };
    case 'organization': {
      const org = registry.ensure(target.kind, target.name, target.aliases, target.id);
      if (target.country && !org.known) {
        org.partOf = ensureCountry(ctx, target.country);
        registry.relate(RelationType.PART_OF, org.id, org.partOf);
      }
      return { id: org.id, role: 'name' };
    }
  }
}

/** The country a mention names, whether by name, demonym or as part of a compound. */
export function countryOfMention(
  ctx: RecognitionContext,
  m: Mention | undefined,
): string | undefined {
  if (!m) return undefined;
  const e = ctx.registry.get(m.id);
  if (e?.kind === EntityKind.COUNTRY) return e.id;
  return undefined;
}

export function markNamed(ctx: RecognitionContext, m: Mention): void {
  const e = ctx.registry.get(m.id);
  if (e) e.named = true;
}

export function titleCase(words: string): string {
  return words
    .split(/\s+/)
    .map((w, i) =>
      i > 0 && /^(of|the|and|for|on)$/i.test(w)
        ? w.toLowerCase()
        : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join(' ');
}
