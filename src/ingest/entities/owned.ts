import { EntityKind, RelationType } from '../../entities/vocabulary';
import type { Sentence } from '../article';
import { adjectiveOf, countryOfMention, type RecognitionContext } from './context';
import { placeMention, type Mention } from './mention';

/**
 * An organization named after its country or parent ("Sudan Doctors’ Union", "African Union
 * Commission", "Russia’s Investigative Committee"): one entity, part of that country or body.
 */
export function recognizeOwnedOrganization(
  s: Sentence,
  ctx: RecognitionContext,
  owner: Mention,
  first: number,
  last: number,
): boolean {
  const { tokens } = s;
  const run = ctx.text.slice(tokens[first]!.start, tokens[last - 1]!.end);
  const ownerEntity = ctx.registry.get(owner.id);
  if (
    !ownerEntity ||
    (ownerEntity.kind !== EntityKind.COUNTRY && ownerEntity.kind !== EntityKind.ORGANIZATION)
  )
    return false;
  const surface = ctx.text.slice(owner.start, tokens[last - 1]!.end);
  const possessive = tokens[owner.last]?.kind === 'possessive';
  const country = countryOfMention(ctx, owner);
  let name = surface;
  const aliases = [surface];
  if (possessive && country) {
    name = `${adjectiveOf(ctx, country)} ${run}`;
    aliases.push(`${run} of ${ownerEntity.name}`, `${ownerEntity.name} ${run}`);
  } else if (possessive) {
    name = `${ownerEntity.name} ${run}`;
  }
  const org = ctx.registry.ensure(EntityKind.ORGANIZATION, name, aliases);
  org.named = true;
  if (!org.known) {
    org.partOf ??= ownerEntity.id;
    ctx.registry.relate(RelationType.PART_OF, org.id, ownerEntity.id, s.index);
  }
  placeMention(s.mentions, {
    first: owner.first,
    last,
    start: owner.start,
    end: tokens[last - 1]!.end,
    id: org.id,
    role: 'name',
  });
  return true;
}
