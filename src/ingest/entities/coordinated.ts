import type { Sentence } from '../article';
import { STATE_BODY_MODIFIERS } from '../lexicon/words';
import { headAt, stateBody } from './bodies';
import type { RecognitionContext } from './context';
import { placeMention } from './mention';

/**
 * "Ukraine's Ministry of Foreign Affairs, as well as the Defense Ministry": a body named by its
 * head alone after a state body of the same sentence belongs to the same state.
 */
export function recognizeCoordinated(s: Sentence, ctx: RecognitionContext): void {
  const { tokens } = s;
  let country: string | undefined;
  for (let j = 0; j < tokens.length; j++) {
    const at = s.mentions.find((m) => m.first === j);
    if (at) {
      country = ctx.registry.get(at.id)?.partOf ?? country;
      j = at.last - 1;
      continue;
    }
    if (!country || tokens[j]!.key !== 'the') continue;
    const mods: string[] = [];
    let k = j + 1;
    while (STATE_BODY_MODIFIERS.has(tokens[k]?.key ?? '') && mods.length < 3 && !headAt(tokens, k))
      mods.push(tokens[k++]!.text);
    const head = headAt(tokens, k);
    if (!head || mods.length === 0 || s.mentions.some((m) => m.first <= k && k < m.last)) continue;
    placeMention(s.mentions, stateBody(ctx, s, country, mods, head.head, j + 1, head.end));
    j = head.end - 1;
  }
}
