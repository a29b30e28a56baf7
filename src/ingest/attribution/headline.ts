import { Stance } from '../../statements/stance';
import type { Sentence } from '../article';
import type { Content } from './content';
import type { AttributionContext } from './context';
import { speakerStartingAt } from './speaker';
import type { RawStatement } from './statement';

/**
 * A headline signed after a colon or a dash: "Tamanhint Airbase attack linked with GNA:
 * Mismari", "… —defense ministry", "…: state media". The words before the mark are the
 * statement, with no cue. Headline speakers are terse ("defense ministry" for the one the body
 * names), so the confidence is low.
 */
export function signedHeadline(s: Sentence, ctx: AttributionContext): RawStatement[] {
  const { tokens } = s;
  let mark = -1;
  for (let i = tokens.length - 2; i > 2 && i >= tokens.length - 6; i--)
    if (/^[:—–-]$/.test(tokens[i]!.text)) mark = i;
  if (mark < 0) return [];
  const speaker = speakerStartingAt(s, ctx, mark + 1) ?? describedAtEnd(s, ctx, mark + 1);
  if (!speaker || speaker.last < tokens.length - 1) return [];
  const start = tokens[0]!.start;
  const end = tokens[mark - 1]!.end;
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
  return [
    {
      speakers: speaker.ids,
      speakerStart: speaker.start,
      speakerEnd: speaker.end,
      cue: '',
      cueEnd: tokens[mark]!.end,
      stance: Stance.CLAIM,
      frame: 'according',
      content,
      sentence: s.index,
      confidence: Math.min(speaker.confidence, 0.7) - 0.1,
    },
  ];
}

/** "defense ministry", "state media" with no article: the body the report names by that head. */
function describedAtEnd(s: Sentence, ctx: AttributionContext, first: number) {
  const t = s.tokens[s.tokens.length - 1];
  if (!t || first > s.tokens.length - 1) return undefined;
  const id = ctx.discourse.description(t.key);
  if (!id) return undefined;
  return {
    ids: [id],
    first,
    last: s.tokens.length,
    start: s.tokens[first]!.start,
    end: t.end,
    confidence: 0.5,
  };
}
