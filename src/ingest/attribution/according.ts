import type { Paragraph, Sentence } from '../article';
import { Stance } from '../../statements/stance';
import { quoteAt } from '../quotes';
import type { Content } from './content';
import type { AttributionContext } from './context';
import { speakerStartingAt } from './speaker';
import type { RawStatement } from './statement';

/**
 * "according to X, …" and "…, according to X": X is the speaker, the rest of the sentence the
 * content.
 */
export function accordingTo(s: Sentence, p: Paragraph, ctx: AttributionContext): RawStatement[] {
  const { tokens } = s;
  const found: RawStatement[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (
      tokens[i]!.key !== 'according' ||
      tokens[i + 1]!.key !== 'to' ||
      quoteAt(p.quotes, tokens[i]!.start)
    )
      continue;
    const speaker = speakerStartingAt(s, ctx, i + 2);
    if (!speaker) continue;
    let start: number;
    let end: number;
    if (i === 0 || tokens[i - 1]?.text !== ',') {
      const comma = tokens.findIndex((t, k) => k >= speaker.last && t.text === ',');
      if (comma < 0 || comma + 1 >= tokens.length) continue;
      start = tokens[comma + 1]!.start;
      end = s.end;
    } else {
      start = s.start;
      end = tokens[i - 1]!.start;
    }
    const text = ctx.text;
    while (end > start && /[\s.,;:]/.test(text[end - 1]!)) end--;
    while (start < end && /\s/.test(text[start]!)) start++;
    if (end - start < 8) continue;
    const content: Content = {
      start,
      end,
      textStart: start,
      textEnd: end,
      isQuote: false,
      quotes: [],
      objects: [],
      unclosed: false,
    };
    found.push({
      speakers: speaker.ids,
      speakerStart: speaker.start,
      speakerEnd: speaker.end,
      cue: 'according to',
      cueEnd: tokens[i + 1]!.end,
      stance: Stance.CLAIM,
      frame: 'according',
      content,
      sentence: s.index,
      confidence: speaker.confidence - 0.05,
    });
  }
  return found;
}
