import { EntityKind } from '../../entities/vocabulary';
import { Stance } from '../../statements/stance';
import type { Sentence } from '../article';
import { plainClause } from './content';
import type { AttributionContext } from './context';
import { speakerStartingAt } from './speaker';
import type { RawStatement } from './statement';

const MONITOR_NAMES = /\b(observatory|monitor\w*|watch|human rights)\b/i;

/**
 * A headline signed after a colon or a dash, or opened by its signature: "Tamanhint Airbase
 * attack linked with GNA: Mismari", "… —defense ministry", "Monitor: Air raids kill 24 …". The words before the mark are the
 * statement, with no cue. Headline speakers are terse ("defense ministry" for the one the body
 * names), so the confidence is low.
 */
export function signedHeadline(s: Sentence, ctx: AttributionContext): RawStatement[] {
  const { tokens } = s;
  let mark = -1;
  for (let i = tokens.length - 2; i > 2 && i >= tokens.length - 6; i--)
    if (/^[:—–-]$/.test(tokens[i]!.text)) mark = i;
  // "Monitor: Air raids kill 24 …": the signature opens the headline.
  const leading = mark < 0 && tokens[1]?.text === ':' ? 1 : -1;
  if (mark < 0 && leading < 0) return [];
  const [from, to] = leading > 0 ? [0, 1] : [mark + 1, tokens.length];
  const speaker =
    (leading < 0 ? speakerStartingAt(s, ctx, from) : undefined) ?? signature(s, ctx, from, to);
  if (!speaker || (leading < 0 && speaker.last < tokens.length - 1)) return [];
  const start = leading > 0 ? tokens[2]!.start : tokens[0]!.start;
  const end = leading > 0 ? s.end : tokens[mark - 1]!.end;
  const content = plainClause(start, end);
  return [
    {
      speakers: speaker.ids,
      speakerStart: speaker.start,
      speakerEnd: speaker.end,
      cue: '',
      cueEnd: tokens[leading > 0 ? 1 : mark]!.end,
      stance: Stance.CLAIM,
      frame: 'according',
      content,
      sentence: s.index,
      confidence: Math.min(speaker.confidence, 0.7) - 0.1,
    },
  ];
}

/**
 * The signature's words, which the body names in full later: a surname ("Mismari"), a
 * description of a body ("defense ministry" for "Taiwan's defense ministry"), or "Monitor" for
 * the first monitor the report names. Headlines come before the body, so the registry (every
 * entity of the article) is searched, not the discourse.
 */
function signature(s: Sentence, ctx: AttributionContext, first: number, end: number) {
  const words = s.tokens.slice(first, end).filter((t) => t.kind === 'word');
  if (words.length === 0 || words.length > 3) return undefined;
  const phrase = words.map((t) => t.key).join(' ');
  const all = ctx.registry.all();
  const byName =
    ctx.registry.personByWord(words[words.length - 1]!.text) ??
    ctx.registry.lookup([words.map((t) => t.text).join(' ')]);
  const bodies = all.filter(
    (e) =>
      e.kind === EntityKind.ORGANIZATION &&
      words.length > 1 &&
      [e.name, ...e.aliases].some((n) => n.toLowerCase().endsWith(phrase)),
  );
  const monitor = /^monitors?$/.test(phrase)
    ? all.find((e) => e.kind === EntityKind.ORGANIZATION && MONITOR_NAMES.test(e.name))
    : undefined;
  const id = byName ?? (bodies.length === 1 ? bodies[0]!.id : undefined) ?? monitor?.id;
  if (!id) return undefined;
  return {
    ids: [id],
    first,
    last: end,
    start: words[0]!.start,
    end: words[words.length - 1]!.end,
    confidence: 0.55,
  };
}
