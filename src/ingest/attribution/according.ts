import type { Paragraph, Sentence } from '../article';
import { Stance } from '../../statements/stance';
import { quoteAt } from '../quotes';
import { plainClause } from './content';
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
    // "according to the latest update by the UN Office …": the source behind the document.
    let at = i + 2;
    const via =
      /^(the|a|its|their) ((latest|last|new|recent|initial|preliminary) )?(update|report|statement|figures|data|count|tally|toll) (by|from|of) /.exec(
        tokens
          .slice(at, at + 6)
          .map((t) => t.key)
          .join(' ') + ' ',
      );
    if (via) at += via[0].trim().split(' ').length;
    const speaker = speakerStartingAt(s, ctx, at);
    if (!speaker) continue;
    let start: number;
    let end: number;
    // "… leaving 865 killed according to the Doctors Syndicate.": at the end, with no comma.
    const trailing = tokens.slice(speaker.last).every((t) => t.kind === 'punct');
    if (i > 0 && trailing) {
      start = s.start;
      end = tokens[i]!.start;
    } else if (i === 0 || tokens[i - 1]?.text !== ',') {
      // "According to RSF which is led by X, generally referred to as Y, the army's attack …":
      // past a relative clause, the content starts after its last comma.
      const relative = /^(which|who)$/.test(tokens[speaker.last]?.key ?? '');
      const commas = tokens
        .map((t, k) =>
          k >= speaker.last && t.text === ',' && !quoteAt(p.quotes, t.start) ? k : -1,
        )
        .filter((k) => k >= 0);
      const comma = (relative ? commas[commas.length - 1] : commas[0]) ?? -1;
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
    const content = plainClause(start, end);
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

const RELAY_STANCES: Record<string, Stance> = {
  alleged: Stance.ACCUSE,
  claimed: Stance.CLAIM,
  reported: Stance.REPORT,
  said: Stance.CLAIM,
  stated: Stance.CLAIM,
};

/**
 * "…, as alleged by Houthi authorities", "… as reported by Bashaer Hospital": a second speaker
 * who said the same as the statement just before it in the sentence (or as the clause before,
 * when none). The earlier statement's evidence stops before "as".
 */
export function asSaidBy(
  s: Sentence,
  p: Paragraph,
  ctx: AttributionContext,
  earlier: readonly RawStatement[],
): RawStatement[] {
  const { tokens } = s;
  const found: RawStatement[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const stance = RELAY_STANCES[tokens[i + 1]!.key];
    if (tokens[i]!.key !== 'as' || !stance || tokens[i + 2]!.key !== 'by') continue;
    if (quoteAt(p.quotes, tokens[i]!.start)) continue;
    const speaker = speakerStartingAt(s, ctx, i + 3);
    if (!speaker) continue;
    const cut = tokens[i - 1]!.text === ',' ? tokens[i - 1]!.start : tokens[i]!.start;
    let end = cut;
    while (end > s.start && /\s/.test(ctx.text[end - 1]!)) end--;
    const before = earlier.filter((r) => r.sentence === s.index && r.content.start < cut).pop();
    for (const r of earlier)
      if (r.sentence === s.index && r.content.textEnd > cut && r.content.textStart < cut) {
        r.content.textEnd = end;
        r.content.end = Math.min(r.content.end, end);
      }
    // With no statement before it, the clause after the last comma: "…, the army's attack
    // killed 18 people as reported by the hospital".
    let clause = s.start;
    for (const t of tokens)
      if (t.text === ',' && t.end < cut && !quoteAt(p.quotes, t.start)) clause = t.end;
    let start = before?.content.textStart ?? clause;
    while (start < end && /\s/.test(ctx.text[start]!)) start++;
    if (end - start < 8) continue;
    const content = plainClause(start, end);
    found.push({
      speakers: speaker.ids,
      speakerStart: speaker.start,
      speakerEnd: speaker.end,
      cue: `as ${tokens[i + 1]!.text} by`,
      cueEnd: tokens[i + 2]!.end,
      stance,
      frame: 'according',
      content,
      sentence: s.index,
      confidence: speaker.confidence - 0.15,
    });
  }
  return found;
}

const NOMINAL_STANCES: Record<string, Stance> = {
  comments: Stance.CLAIM,
  comment: Stance.CLAIM,
  remarks: Stance.CLAIM,
  claims: Stance.CLAIM,
  claim: Stance.CLAIM,
  statement: Stance.CLAIM,
  threat: Stance.THREATEN,
  threats: Stance.THREATEN,
  warning: Stance.WARN,
  pledge: Stance.PROMISE,
  promise: Stance.PROMISE,
  accusations: Stance.ACCUSE,
  accusation: Stance.ACCUSE,
  denial: Stance.DENY,
};

/**
 * A statement named by a noun with its speaker after "by": "recent comments by Maduro that
 * Venezuela “will proceed …”", "a threat by the group that …". The clause after "that" is X's.
 */
export function nominalCues(s: Sentence, p: Paragraph, ctx: AttributionContext): RawStatement[] {
  const { tokens } = s;
  const found: RawStatement[] = [];
  for (let i = 0; i + 3 < tokens.length; i++) {
    const stance = NOMINAL_STANCES[tokens[i]!.key];
    if (!stance || tokens[i + 1]!.key !== 'by' || quoteAt(p.quotes, tokens[i]!.start)) continue;
    const speaker = speakerStartingAt(s, ctx, i + 2);
    if (!speaker || tokens[speaker.last]?.key !== 'that') continue;
    const from = tokens[speaker.last + 1];
    if (!from) continue;
    let start = from.start;
    const q = quoteAt(p.quotes, start);
    let end = s.end;
    while (end > start && /[\s.,;:]/.test(ctx.text[end - 1]!)) end--;
    // "… that Venezuela “will proceed …”": the quotation that ends the clause is the statement.
    const last = p.quotes.filter((x) => x.open >= start && x.close <= s.end + 1).pop();
    const isQuote = !!last && last.close >= end && last.innerEnd - last.innerStart > 20;
    let textStart = start;
    let textEnd = end;
    if (isQuote) {
      textStart = last.innerStart;
      textEnd = last.innerEnd;
      while (textEnd > textStart && /[\s.,]/.test(ctx.text[textEnd - 1]!)) textEnd--;
    }
    if (q) start = q.open;
    if (textEnd - textStart < 8) continue;
    found.push({
      speakers: speaker.ids,
      speakerStart: speaker.start,
      speakerEnd: speaker.end,
      cue: `${tokens[i]!.text} by`,
      cueEnd: tokens[i + 1]!.end,
      stance,
      frame: 'according',
      content: {
        start,
        end: Math.max(end, last?.close ?? end),
        textStart,
        textEnd,
        isQuote,
        quotes: [],
        objects: [],
        unclosed: false,
      },
      sentence: s.index,
      confidence: speaker.confidence - 0.1,
    });
  }
  return found;
}
