import { EntityKind } from '../../entities/vocabulary';
import type { Sentence } from '../article';
import { PLACE_NOUNS } from '../lexicon/place-words';
import { recognizeBodies } from './bodies';
import { recognizeCoordinated } from './coordinated';
import type { RecognitionContext } from './context';
import { markNamed } from './context';
import type { Mention } from './mention';
import { lookupNames } from './lookup';
import { recognizeNames } from './names';
import { recognizeTitles } from './titles';
import { recognizeWeapons } from './weapons';

/**
 * Recognition of one sentence, in passes from the surest to the most guessed: gazetteer names,
 * descriptions of bodies and groups (which take a country's name as their owner), people with
 * titles, weapon systems, then capitalized names nobody knows. A later pass may replace a mention of an earlier
 * one by a larger unit ("Azerbaijani" → "Azerbaijani Defense Ministry").
 */
export function recognizeSentence(s: Sentence, ctx: RecognitionContext): void {
  lookupNames(s, ctx);
  recognizeBodies(s, ctx);
  recognizeCoordinated(s, ctx);
  recognizeTitles(s, ctx);
  recognizeWeapons(s, ctx);
  recognizeNames(s, ctx);
  for (const m of s.mentions) {
    markNamed(ctx, m);
    nameWithPlaceNoun(s, ctx, m);
  }
}

/**
 * "the nearby Idlib region", "Daraa province": the place's name with its noun is another name of
 * it, the one an index of places is likely to hold.
 */
function nameWithPlaceNoun(s: Sentence, ctx: RecognitionContext, m: Mention): void {
  const e = ctx.registry.get(m.id);
  const noun = s.tokens[m.last];
  if (!e || e.known || e.kind !== EntityKind.REGION || !noun || noun.upper) return;
  if (PLACE_NOUNS.get(noun.key) !== EntityKind.REGION || noun.key.endsWith('s')) return;
  ctx.registry.addAliases(e, [ctx.text.slice(m.start, noun.end)]);
}
