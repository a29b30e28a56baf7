import type { Paragraph, Sentence } from '../article';
import type { CueMatch } from '../lexicon/cues';
import { RANKS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles';
import { quoteAt, type QuoteSpan } from '../quotes';
import type { Token } from '../tokens';
import { endsClause } from './adjuncts';
import type { AttributionContext } from './context';
import { actorOf, span, type Speaker } from './actor';
import { modifiedSubject } from './modified';
import { skipBack } from './skips';
import { speakerEndingAt, speakerStartingAt } from './speaker';
import type { RawStatement } from './statement';

/**
 * The subject of a cue: read leftwards from it over adverbs, dates and parentheses ("Armenia,
 * however, denied"; "Turkey, a close ally of Azerbaijan, reiterated"; "…, namely Russia and
 * Turkey, have called"), or rightwards when inverted ("…,” said a Ganja resident"); shared with
 * the cue before it for "… and accused"; and with it the quotation or clause told before it
 * ("“…,” he said", "…, the army said").
 */
const PARENTHESIS_OPENERS = new Set(['namely', 'including', 'notably', 'i.e.']);

function closingQuoteAt(p: Paragraph, s: Sentence, k: number): QuoteSpan | undefined {
  const t = s.tokens[k];
  if (!t || t.kind !== 'quote') return undefined;
  const q = quoteAt(p.quotes, t.start);
  return q && q.close === t.end && !q.unclosed ? q : undefined;
}

/** A person named at the start of a statement's reported clause. */
function clauseSubject(
  s: Sentence,
  previous: RawStatement,
  ctx: AttributionContext,
): Speaker | undefined {
  const m = s.mentions.find(
    (x) =>
      x.start >= previous.content.start &&
      x.start <= previous.content.start + 60 &&
      /^(Leader|Person)$/.test(ctx.registry.get(actorOf(ctx.registry, x) ?? '')?.kind ?? ''),
  );
  // Only titles before the name: "Director-General (South Asia and SAARC) Mohammad Faisal".
  let depth = 0;
  const title = (t: Token): boolean => {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    else if (depth > 0) return true;
    return (
      depth > 0 ||
      t.text === ')' ||
      /^(president|prime|minister|the|foreign|defense|defence)$/i.test(t.key) ||
      t.key.split('-').some((w) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w))
    );
  };
  if (
    !m ||
    (m.start > previous.content.start &&
      s.tokens.some((t) => t.start >= previous.content.start && t.start < m.start && !title(t)))
  )
    return undefined;
  const id = actorOf(ctx.registry, m);
  const kind = id ? ctx.registry.get(id)?.kind : undefined;
  return id && (kind === 'Leader' || kind === 'Person') && !previous.speakers.includes(id)
    ? { ids: [id], first: m.first, last: m.last, start: m.start, end: m.end, confidence: 0.7 }
    : undefined;
}

function firstActor(s: Sentence, ctx: AttributionContext, before: number): Speaker | undefined {
  for (const m of s.mentions) {
    if (m.first >= before) break;
    const id = actorOf(ctx.registry, m);
    // "Russia and Iran backed the claims, saying …": the joint subject speaks.
    const next = s.tokens[m.last]?.key === 'and' && s.mentions.find((x) => x.first === m.last + 1);
    if (id && next && next.last < before) {
      const joint = speakerEndingAt(s, ctx, next.last - 1);
      if (joint && joint.ids.length > 1) return { ...joint, confidence: 0.7 };
    }
    if (id)
      return {
        ids: [id],
        first: m.first,
        last: m.last,
        start: m.start,
        end: m.end,
        confidence: 0.7,
      };
  }
  return undefined;
}

export interface Found {
  speaker: Speaker;
  /** A quotation just before the speaker: "“…,” he said". */
  quote?: QuoteSpan;
  /** The comma that ends a clause told before the cue: "…, the army said". */
  before?: number;
}

const OUTLET_WORDS = new Set([
  'state',
  'news',
  'agency',
  'official',
  'state-run',
  'television',
  'broadcaster',
  'newspaper',
  'daily',
  'channel',
]);
const BEFORE_NAME = new Set([
  'former',
  'the',
  'a',
  'an',
  'acting',
  'then',
  'top',
  'senior',
  'outgoing',
]);

/**
 * A quotation that ends just before token `k`, over a comma and the words that introduce a
 * speaker ("“…,” senior Hamas official Osama Hamdan told reporters").
 */
function quoteEndingBefore(p: Paragraph, s: Sentence, k: number): QuoteSpan | undefined {
  let b = k;
  const introduces = (t: Token): boolean =>
    BEFORE_NAME.has(t.key) ||
    TITLE_HEADS.has(t.key) ||
    TITLE_MODIFIERS.has(t.key) ||
    RANKS.has(t.key) ||
    s.mentions.some((m) => m.first <= b && b < m.last);
  while (b >= 0 && b > k - 6 && introduces(s.tokens[b]!)) b--;
  if (s.tokens[b]?.text === ',') b--;
  return closingQuoteAt(p, s, b);
}

/** The comma that ends a clause just before the speaker at token `first`, if any. */
function commaBefore(s: Sentence, first: number): number | undefined {
  let b = first - 1;
  // "…, the Syrian Observatory for Human Rights said", "…, the Britain-based Observatory said"
  const modifier = (k: number): boolean =>
    /-based$/.test(s.tokens[k]!.key) ||
    s.mentions.some((m) => m.first === k && m.last === k + 1 && m.role === 'demonym');
  // "…, state news agency SANA said": the outlet's description before its name.
  while (
    b >= 0 &&
    (BEFORE_NAME.has(s.tokens[b]!.key) || modifier(b) || OUTLET_WORDS.has(s.tokens[b]!.key))
  )
    b--;
  return s.tokens[b]?.text === ',' ? b : undefined;
}

const REPORTING_FRAMES = new Set(['say', 'tell']);

/** The subject of a cue, reading leftwards from it (or rightwards when inverted). */
export function subjectOf(
  s: Sentence,
  p: Paragraph,
  cue: CueMatch,
  ctx: AttributionContext,
  previous: RawStatement | undefined,
): Found | undefined {
  const { tokens } = s;
  let k = skipBack(s, cue.first - 1);
  if (k < 0) return undefined;
  const quote = closingQuoteAt(p, s, k);
  if (quote) {
    const speaker = speakerStartingAt(s, ctx, cue.last);
    return speaker ? { speaker, quote } : undefined;
  }
  const key = tokens[k]!.key;
  const participle = cue.text.endsWith('ing');
  if (key === 'and' || key === 'but' || (key === ',' && participle)) {
    // "said Biden spoke with Netanyahu and stressed …": with no comma before "and", the verb
    // shares the subject of the reported clause, who is then the one speaking.
    const inner =
      previous && previous.sentence === s.index && tokens[k - 1]?.text !== ',' && key === 'and'
        ? clauseSubject(s, previous, ctx)
        : undefined;
    if (inner) return { speaker: inner };
    if (previous && previous.sentence === s.index) {
      return {
        speaker: {
          ids: previous.speakers,
          first: k,
          last: k,
          start: previous.speakerStart,
          end: previous.speakerEnd,
          confidence: 0.75,
        },
      };
    }
    const actor = firstActor(s, ctx, k);
    return actor ? { speaker: actor } : undefined;
  }
  if (key === ',') {
    // "…, said the Indian army."
    const inverted = speakerStartingAt(s, ctx, cue.last);
    if (
      inverted &&
      REPORTING_FRAMES.has(cue.frame) &&
      endsClause(s, inverted.last, ctx, cue.frame === 'tell')
    )
      return { speaker: inverted, before: k };
    // A parenthesis between subject and verb: ", however,", ", a close ally of Azerbaijan,", a
    // name in apposition (", Yemane Gebremeskel,"), or one that names the subject (", namely …,").
    let open = k - 1;
    while (
      open >= 0 &&
      open > k - 25 &&
      tokens[open]!.text !== ',' &&
      tokens[open]!.kind !== 'quote'
    )
      open--;
    if (open < 0 || tokens[open]!.text !== ',') return undefined;
    const inside = s.mentions.filter((m) => m.first > open && m.last <= k);
    const apposed =
      inside.length === 1 && inside[0]!.first === open + 1 && inside[0]!.last === k
        ? actorOf(ctx.registry, inside[0]!)
        : undefined;
    if (apposed && /^(Leader|Person)$/.test(ctx.registry.get(apposed)?.kind ?? '')) {
      const m = inside[0]!;
      return {
        speaker: {
          ids: [apposed],
          first: m.first,
          last: m.last,
          start: m.start,
          end: m.end,
          confidence: 0.8,
        },
      };
    }
    // "Ukraine's Ministry of Foreign Affairs, as well as the Defense Ministry, note …": one
    // statement with both as speakers.
    if (
      tokens
        .slice(open + 1, open + 4)
        .map((t) => t.key)
        .join(' ') === 'as well as'
    ) {
      const head = s.mentions.find((m) => m.last === open);
      const ids = [head, ...inside]
        .map((m) => m && actorOf(ctx.registry, m))
        .filter((id): id is string => !!id);
      if (head && ids.length > 1)
        return { speaker: span(s, head.first, k, [...new Set(ids)], 0.75) };
    }
    if (PARENTHESIS_OPENERS.has(tokens[open + 1]?.key ?? '')) {
      const ids = inside.map((m) => actorOf(ctx.registry, m)).filter((id): id is string => !!id);
      if (ids.length > 0) {
        const first = open + 2;
        return {
          speaker: {
            ids: [...new Set(ids)],
            first,
            last: k,
            start: tokens[first]!.start,
            end: tokens[k - 1]!.end,
            confidence: 0.75,
          },
        };
      }
    }
    k = skipBack(s, open - 1);
  } else if (key === 'who' || key === 'which') {
    k = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
  }
  const speaker = speakerEndingAt(s, ctx, k) ?? modifiedSubject(s, ctx, k);
  if (!speaker) return undefined;
  const pre = quoteEndingBefore(p, s, speaker.first - 1);
  if (pre) return { speaker, quote: pre };
  const comma = commaBefore(s, speaker.first);
  if (
    comma !== undefined &&
    REPORTING_FRAMES.has(cue.frame) &&
    endsClause(s, cue.last, ctx, cue.frame === 'tell')
  )
    return { speaker, before: comma };
  return { speaker };
}
