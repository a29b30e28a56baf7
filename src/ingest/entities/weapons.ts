import { EntityKind, RelationType } from '../../entities/vocabulary';
import type { Sentence } from '../article';
import { DESIGNATOR, WEAPON_NAMES, WEAPON_NOUNS } from '../lexicon/weapons';
import { phraseKeys } from '../tokens';
import type { RecognitionContext } from './context';
import { countryOfMention } from './context';
import { mentionCovering, placeMention } from './mention';

/**
 * Weapon systems: a designator ("S-300", "F-16") or a known name ("Bayraktar TB2", "HIMARS"),
 * with the nouns that follow it kept as an alias ("S-300 air defense system"). "Armenian-operated
 * S-300" also says who operates it.
 */
const NAMES = WEAPON_NAMES.map((n) => ({ name: n, keys: phraseKeys(n) })).sort(
  (a, b) => b.keys.length - a.keys.length,
);

export function recognizeWeapons(s: Sentence, ctx: RecognitionContext): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !t.upper || mentionCovering(s.mentions, i)) continue;
    let last = i + 1;
    let name: string | undefined;
    const known = NAMES.find((n) => n.keys.every((k, j) => tokens[i + j]?.key === k));
    if (known) {
      name = known.name;
      last = i + known.keys.length;
    } else if (DESIGNATOR.test(t.text)) name = t.text;
    if (!name) continue;
    let tail = last;
    while (tail < tokens.length && tail < last + 4 && WEAPON_NOUNS.has(tokens[tail]!.key)) tail++;
    const aliases = tail > last ? [ctx.text.slice(t.start, tokens[tail - 1]!.end)] : [];
    const weapon = ctx.registry.ensure(EntityKind.WEAPON_SYSTEM, name, aliases);
    weapon.named = true;
    placeMention(s.mentions, {
      first: i,
      last,
      start: t.start,
      end: tokens[last - 1]!.end,
      id: weapon.id,
      role: 'name',
    });
    const operator = s.mentions.find(
      (m) => m.last === i && m.role === 'modifier' && /-operated$/i.test(tokens[m.first]!.text),
    );
    const country = countryOfMention(ctx, operator);
    if (country && !weapon.known)
      ctx.registry.relate(RelationType.OPERATES, country, weapon.id, s.index);
    i = last - 1;
  }
}
