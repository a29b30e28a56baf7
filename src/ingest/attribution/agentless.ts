import { Stance } from '../../statements/stance';
import type { Paragraph, Sentence } from '../article';
import { cueAt } from '../lexicon/cues';
import { quoteAt } from '../quotes';
import { plainClause, type Content } from './content';
import type { AttributionContext } from './context';
import type { RawStatement } from './statement';

/**
 * Statements a protest note makes without naming its speaker (eval conventions): "to register
 * Pakistan's strong protest over X" and "summoned the envoy to protest over X" are the state's
 * criticism of X; "it was underscored that …", "It was added that …" in the same note are that
 * state's words, and so is "Condemning X, it was underscored …". The agentless cues take the
 * latest speaker, at a confidence that asks for review.
 */
const AGENTLESS = new Set([
  'underscored',
  'stressed',
  'emphasized',
  'emphasised',
  'added',
  'noted',
  'highlighted',
  'reiterated',
  'conveyed',
]);
const PROTEST_QUALIFIERS = new Set(['strong', 'strongest', 'formal', 'vehement', 'official']);

function content(ctx: AttributionContext, start: number, end: number): Content | undefined {
  let a = start;
  let b = end;
  while (b > a && /[\s.,;:]/.test(ctx.text[b - 1]!)) b--;
  while (a < b && /\s/.test(ctx.text[a]!)) a++;
  if (b - a < 8) return undefined;
  return plainClause(a, b);
}

function raw(
  s: Sentence,
  speakers: readonly string[],
  cue: string,
  cueStart: number,
  cueEnd: number,
  stance: Stance,
  c: Content,
  confidence: number,
): RawStatement {
  return {
    speakers: [...speakers],
    speakerStart: cueStart,
    speakerEnd: cueStart,
    cue,
    cueEnd,
    stance,
    frame: 'according',
    content: c,
    sentence: s.index,
    confidence,
  };
}

/** "X's strong protest over Y", "summoned … to protest over Y". */
export function protestOver(s: Sentence, p: Paragraph, ctx: AttributionContext): RawStatement[] {
  const { tokens } = s;
  const found: RawStatement[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!/^protests?$/.test(t.key) || !/^(over|at|against)$/.test(tokens[i + 1]!.key)) continue;
    if (quoteAt(p.quotes, t.start)) continue;
    let b = i - 1;
    while (b > 0 && PROTEST_QUALIFIERS.has(tokens[b]!.key)) b--;
    let speaker: string | undefined;
    if (tokens[b]?.kind === 'possessive') {
      const owner = s.mentions.find((m) => m.last === b);
      speaker = owner && (owner.role === 'capital' && owner.countryOf ? owner.countryOf : owner.id);
    } else if (tokens[b]?.key === 'to') {
      // "Pakistan summoned the envoy to protest over …": the sentence's subject protests.
      const subject = s.mentions.find(
        (m) => m.first <= 4 && /^(Country|Organization)$/.test(ctx.registry.get(m.id)?.kind ?? ''),
      );
      speaker = subject?.id;
    }
    if (!speaker) continue;
    const c = content(ctx, tokens[i + 2]?.start ?? s.end, s.end);
    if (!c) continue;
    const cue = `${t.text} ${tokens[i + 1]!.text}`;
    found.push(raw(s, [speaker], cue, t.start, tokens[i + 1]!.end, Stance.CRITICIZE, c, 0.65));
  }
  return found;
}

/** "it was underscored that …", and "Condemning X, it was underscored …" before it. */
export function agentlessCues(s: Sentence, p: Paragraph, ctx: AttributionContext): RawStatement[] {
  const { tokens } = s;
  const speakers = ctx.lastSpeakers?.();
  if (!speakers || speakers.length === 0) return [];
  const found: RawStatement[] = [];
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (tokens[i]!.key !== 'it' || tokens[i + 1]!.key !== 'was') continue;
    if (!AGENTLESS.has(tokens[i + 2]!.key) || tokens[i + 3]!.key !== 'that') continue;
    if (quoteAt(p.quotes, tokens[i]!.start)) continue;
    const cue = `${tokens[i]!.text} was ${tokens[i + 2]!.text}`;
    const after = content(ctx, tokens[i + 4]?.start ?? s.end, s.end);
    if (after)
      found.push(
        raw(s, speakers, cue, tokens[i]!.start, tokens[i + 2]!.end, Stance.CLAIM, after, 0.5),
      );
    // "Condemning the targeting of civilians, it was underscored …"
    // The participle opens the sentence, capitalized: read it as the verb it is.
    const lowered = [{ ...tokens[0]!, upper: false }, ...tokens.slice(1)];
    const opening = i > 2 && tokens[i - 1]!.text === ',' ? cueAt(lowered, 0) : undefined;
    if (opening && opening.text.endsWith('ing')) {
      const before = content(ctx, tokens[opening.last]!.start, tokens[i - 1]!.start);
      if (before)
        found.push(
          raw(
            s,
            speakers,
            opening.text,
            tokens[0]!.start,
            tokens[0]!.end,
            opening.stance,
            before,
            0.5,
          ),
        );
    }
  }
  return found;
}
