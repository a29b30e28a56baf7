import type { Paragraph, Sentence } from '../article';
import { cueAt, type CueFrame, type CueMatch } from '../lexicon/cues';
import { BETWEEN_SUBJECT_AND_CUE } from '../lexicon/words';
import { quoteAt, type QuoteSpan } from '../quotes';
import type { Stance } from '../../statements/stance';
import { contentAfter, quoteBefore, type Content } from './content';
import type { Discourse } from './discourse';
import { actorOf, speakerEndingAt, speakerStartingAt, type Speaker, type SpeakerContext } from './speaker';

/**
 * Attribution of one paragraph: every cue outside quotation marks gets a speaker (before it, or
 * after it when inverted: "…,” said X") and a content (the quote just before it, or what follows
 * it). Quotes left over continue the previous quote's speaker: news does not repeat the cue for
 * each quoted sentence.
 */
export interface RawStatement {
  speakers: string[];
  speakerStart: number;
  speakerEnd: number;
  cue: string;
  stance: Stance;
  frame: CueFrame | 'according' | 'continued';
  content: Content;
  sentence: number;
  confidence: number;
}

export interface AttributionContext extends SpeakerContext {
  discourse: Discourse;
  warnings: string[];
}

const PARENTHESIS_OPENERS = new Set(['namely', 'including', 'notably', 'i.e.']);

function skipBack(s: Sentence, k: number): number {
  const { tokens } = s;
  while (k >= 0) {
    const t = tokens[k]!;
    const date = s.dates.find((d) => d.last === k + 1);
    if (date) {
      k = date.first - 1;
      if (/^(on|last|late|early)$/.test(tokens[k]?.key ?? '')) k--;
    } else if (BETWEEN_SUBJECT_AND_CUE.has(t.key) || t.key === 'not' || t.key === "n't") k--;
    else break;
  }
  return k;
}

function closingQuoteAt(p: Paragraph, s: Sentence, k: number): QuoteSpan | undefined {
  const t = s.tokens[k];
  if (!t || t.kind !== 'quote') return undefined;
  const q = quoteAt(p.quotes, t.start);
  return q && q.close === t.end && !q.unclosed ? q : undefined;
}

function firstActor(s: Sentence, ctx: AttributionContext, before: number): Speaker | undefined {
  for (const m of s.mentions) {
    if (m.first >= before) break;
    const id = actorOf(ctx.registry, m);
    if (id) return { ids: [id], first: m.first, last: m.last, start: m.start, end: m.end, confidence: 0.7 };
  }
  return undefined;
}

interface Found {
  speaker: Speaker;
  quote?: QuoteSpan;
}

/** The subject of a cue, reading leftwards from it, and a quote that precedes the subject. */
function subjectOf(s: Sentence, p: Paragraph, cue: CueMatch, ctx: AttributionContext, previous: RawStatement | undefined): Found | undefined {
  const { tokens } = s;
  let k = skipBack(s, cue.first - 1);
  const quote = closingQuoteAt(p, s, k);
  if (quote || k < 0) {
    if (!quote) return undefined;
    const speaker = speakerStartingAt(s, ctx, cue.last);
    return speaker ? { speaker, quote } : undefined;
  }
  const key = tokens[k]!.key;
  const participle = cue.text.endsWith('ing');
  if (key === 'and' || (key === ',' && participle)) {
    if (previous && previous.sentence === s.index) {
      return { speaker: { ids: previous.speakers, first: k, last: k, start: previous.speakerStart, end: previous.speakerEnd, confidence: 0.75 } };
    }
    const actor = firstActor(s, ctx, k);
    return actor ? { speaker: actor } : undefined;
  }
  if (key === ',') {
    // A parenthesis between subject and verb: ", however,", ", a close ally of Azerbaijan,",
    // or one that names the subject: ", namely Russia and Turkey,".
    let open = k - 1;
    while (open >= 0 && open > k - 25 && tokens[open]!.text !== ',' && tokens[open]!.kind !== 'quote') open--;
    if (open < 0 || tokens[open]!.text !== ',') return undefined;
    if (PARENTHESIS_OPENERS.has(tokens[open + 1]?.key ?? '')) {
      const ids = s.mentions.filter((m) => m.first > open && m.last <= k).map((m) => actorOf(ctx.registry, m)).filter((id): id is string => !!id);
      if (ids.length > 0) {
        const first = open + 2;
        return { speaker: { ids: [...new Set(ids)], first, last: k, start: tokens[first]!.start, end: tokens[k - 1]!.end, confidence: 0.75 } };
      }
    }
    k = skipBack(s, open - 1);
  } else if (key === 'who' || key === 'which') {
    k = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
  }
  const speaker = speakerEndingAt(s, ctx, k);
  if (!speaker) return undefined;
  let before = speaker.first - 1;
  if (tokens[before]?.text === ',') before--;
  const pre = closingQuoteAt(p, s, before);
  return pre ? { speaker, quote: pre } : { speaker };
}

function cuesOf(s: Sentence, p: Paragraph): CueMatch[] {
  const cues: CueMatch[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    if (quoteAt(p.quotes, s.tokens[i]!.start)) continue;
    const cue = cueAt(s.tokens, i);
    if (cue) {
      cues.push(cue);
      i = cue.last - 1;
    }
  }
  return cues;
}

/** "according to X, …" and "…, according to X". */
function accordingTo(s: Sentence, p: Paragraph, ctx: AttributionContext): RawStatement[] {
  const { tokens } = s;
  const found: RawStatement[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.key !== 'according' || tokens[i + 1]!.key !== 'to' || quoteAt(p.quotes, tokens[i]!.start)) continue;
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
    const content: Content = { start, end, textStart: start, textEnd: end, isQuote: false, quotes: [], objects: [], unclosed: false };
    found.push({
      speakers: speaker.ids, speakerStart: speaker.start, speakerEnd: speaker.end, cue: 'according to',
      stance: 'CLAIM' as Stance, frame: 'according', content, sentence: s.index, confidence: speaker.confidence - 0.05,
    });
  }
  return found;
}

export function attributeParagraph(p: Paragraph, ctx: AttributionContext, before: readonly RawStatement[]): RawStatement[] {
  const found: RawStatement[] = [];
  const used = new Set<number>();
  for (const s of p.sentences) {
    const cues = cuesOf(s, p);
    cues.forEach((cue, n) => {
      const previous = found[found.length - 1];
      const subject = subjectOf(s, p, cue, ctx, previous);
      if (!subject) return;
      const { speaker } = subject;
      let content: Content | undefined;
      if (subject.quote && !used.has(subject.quote.open)) content = quoteBefore(ctx.text, subject.quote);
      else if (!subject.quote) content = contentAfter(s, p, cue, cues[n + 1]?.first, ctx, speaker.ids);
      if (!content || ctx.text.slice(content.textStart, content.textEnd).split(/\s+/).length < 2) return;
      for (const q of p.quotes) if (q.open < content.end && q.close > content.start) used.add(q.open);
      found.push({
        speakers: speaker.ids, speakerStart: speaker.start, speakerEnd: speaker.end, cue: cue.text,
        stance: cue.stance, frame: cue.frame, content, sentence: s.index,
        confidence: speaker.confidence - (content.unclosed ? 0.2 : 0),
      });
      ctx.discourse.spoke(speaker.ids, s.index);
    });
    for (const st of accordingTo(s, p, ctx)) found.push(st);
    remember(s, ctx);
  }
  // Quotes no cue claimed: the same speaker goes on, if the last statement was a quote nearby.
  for (const q of p.quotes) {
    if (used.has(q.open)) continue;
    const prior = [...before, ...found].filter((st) => st.content.end <= q.open).pop();
    const sentence = p.sentences.find((s) => s.start <= q.innerStart && q.innerStart < s.end) ?? p.sentences[0]!;
    const near = prior && (prior.sentence >= p.sentences[0]!.index || prior.content.isQuote) && sentence.index - prior.sentence <= 3;
    if (!prior || !near) {
      ctx.warnings.push(`unattributed quote at ${q.open}`);
      continue;
    }
    const content = quoteBefore(ctx.text, q);
    if (content.textEnd - content.textStart < 3) continue;
    found.push({
      ...prior, content, frame: 'continued', sentence: sentence.index,
      confidence: Math.min(prior.confidence, 0.55) - (q.unclosed ? 0.1 : 0),
    });
  }
  return found.sort((a, b) => a.content.textStart - b.content.textStart);
}

/** Tells the discourse who was named in the sentence; the first actor is its subject. */
function remember(s: Sentence, ctx: AttributionContext): void {
  let subjectSeen = false;
  for (const m of s.mentions) {
    const id = m.role === 'capital' ? m.id : actorOf(ctx.registry, m) ?? m.id;
    const isActor = actorOf(ctx.registry, m) !== undefined && m.role !== 'capital';
    const prev = s.tokens[m.first - 1]?.key ?? '';
    const subject = isActor && !subjectSeen && !/^(of|in|to|from|with|by|for|on|at|against)$/.test(prev);
    if (subject) subjectSeen = true;
    ctx.discourse.mention(id, s.index, subject);
  }
}
