import { EntityKind, RelationType } from '../../entities/vocabulary';
import type { Sentence } from '../article';
import { GROUP_HEADS } from '../lexicon/words';
import { countryOfMention, type RecognitionContext } from './context';
import { placeMention } from './mention';

/** "Armenian-backed forces", "ethnic Armenian separatists", "Russian-backed rebels". */
export function armedGroups(s: Sentence, ctx: RecognitionContext): void {
  const { tokens } = s;
  for (const m of [...s.mentions]) {
    const country = countryOfMention(ctx, m);
    if (!country || (m.role !== 'modifier' && m.role !== 'demonym')) continue;
    const next = tokens[m.last];
    const backed =
      m.role === 'modifier' &&
      /-(backed|supported|sponsored|allied|aligned|armed|funded)$/i.test(tokens[m.first]!.text);
    // "the Saudi-led coalition": a coalition under a state's lead is a body of its own.
    const led =
      m.role === 'modifier' &&
      /-led$/i.test(tokens[m.first]!.text) &&
      /^(coalition|alliance|forces|mission)$/.test(next?.key ?? '');
    if (
      !next ||
      !(
        GROUP_HEADS.has(next.key) ||
        led ||
        (backed && /^(forces|fighters|groups|troops|militias)$/.test(next.key))
      )
    )
      continue;
    const first = m.first > 0 && tokens[m.first - 1]!.key === 'ethnic' ? m.first - 1 : m.first;
    const surface = ctx.text.slice(tokens[first]!.start, next.end);
    const group = ctx.registry.ensure(EntityKind.ORGANIZATION, surface, []);
    group.named = true;
    if (backed && !group.known) ctx.registry.relate(RelationType.BACKS, country, group.id, s.index);
    placeMention(s.mentions, {
      first,
      last: m.last + 1,
      start: tokens[first]!.start,
      end: next.end,
      id: group.id,
      role: 'name',
    });
  }
}

/** Words a report calls an unnamed armed party by. */
export const ARMED_LABELS = new Set(['rebels', 'separatists', 'militants', 'insurgents']);
const PLACE_KINDS = new Set([EntityKind.REGION, EntityKind.CITY]);

/**
 * "rebels in Donetsk and Luhansk regions", "separatists in Cabo Delgado": an armed party the
 * report names by where it fights is a body of its own, under that description.
 */
export function armedGroupsByPlace(s: Sentence, ctx: RecognitionContext): void {
  const { tokens } = s;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!ARMED_LABELS.has(tokens[i]!.key) || tokens[i + 1]!.key !== 'in') continue;
    if (s.mentions.some((m) => m.first <= i && i < m.last)) continue;
    const place = s.mentions.find((m) => m.first === i + 2);
    if (!place || !PLACE_KINDS.has(ctx.registry.get(place.id)?.kind as EntityKind)) continue;
    let last = place.last;
    const second =
      tokens[last]?.key === 'and' ? s.mentions.find((m) => m.first === last + 1) : undefined;
    if (second && PLACE_KINDS.has(ctx.registry.get(second.id)?.kind as EntityKind))
      last = second.last;
    if (/^(regions?|provinces?|districts?)$/.test(tokens[last]?.key ?? '')) last++;
    const surface = ctx.text.slice(tokens[i]!.start, tokens[last - 1]!.end);
    const group = ctx.registry.ensure(
      EntityKind.ORGANIZATION,
      surface.charAt(0).toUpperCase() + surface.slice(1),
      [surface],
    );
    group.named = true;
    // The places stay mentions of their own: the group is named by the label alone.
    placeMention(s.mentions, {
      first: i,
      last: i + 1,
      start: tokens[i]!.start,
      end: tokens[i]!.end,
      id: group.id,
      role: 'name',
    });
  }
}
