import { RelationType, EntityKind } from '../../entities/vocabulary';
import type { Sentence } from '../article';
import { MEDIUM_NOUNS, NOT_NAMES } from '../lexicon/words';
import { countryOfMention, type RecognitionContext } from './context';
import { mentionStartingAt, placeMention } from './mention';

/** "the French newspaper Liberation", "Russia's state news agency TASS". */
export function media(s: Sentence, ctx: RecognitionContext): void {
  const { tokens } = s;
  for (let j = 0; j < tokens.length; j++) {
    if (!MEDIUM_NOUNS.has(tokens[j]!.key) || tokens[j]!.upper) continue;
    let k = j + 1;
    const named = mentionStartingAt(s.mentions, k);
    let id: string | undefined = named?.id;
    let last = named?.last ?? k;
    if (!named) {
      while (
        k < tokens.length &&
        tokens[k]!.kind === 'word' &&
        tokens[k]!.upper &&
        !NOT_NAMES.has(tokens[k]!.key) &&
        k < j + 5
      )
        k++;
      if (k === j + 1) continue;
      last = k;
      const name = ctx.text.slice(tokens[j + 1]!.start, tokens[k - 1]!.end);
      const outlet = ctx.registry.ensure(EntityKind.ORGANIZATION, name, []);
      outlet.named = true;
      id = outlet.id;
      placeMention(s.mentions, {
        first: j + 1,
        last,
        start: tokens[j + 1]!.start,
        end: tokens[k - 1]!.end,
        id,
        role: 'name',
      });
    }
    // The country of the outlet is the demonym or possessive just before the description.
    let b = j - 1;
    while (
      b >= 0 &&
      /^(state|news|private|independent|daily|online|pro-government|opposition|the)$/.test(
        tokens[b]!.key,
      )
    )
      b--;
    if (tokens[b]?.kind === 'possessive') b--;
    const before = s.mentions.find((m) => m.last === b + 1);
    const country = countryOfMention(ctx, before);
    if (country && id) ctx.registry.relate(RelationType.LOCATED_IN, id, country, s.index);
  }
}
