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
