import type { Sentence } from '../article';
import { recognizeBodies } from './bodies';
import { recognizeCoordinated } from './coordinated';
import type { RecognitionContext } from './context';
import { markNamed } from './context';
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
  for (const m of s.mentions) markNamed(ctx, m);
}
