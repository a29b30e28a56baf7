import type { Paragraph, Sentence } from '../article';
import { cueAt, type CueMatch } from '../lexicon/cues';
import { quoteAt, quotesIn } from '../quotes';
import type { Token } from '../tokens';
import { accordingTo, asSaidBy, nominalCues } from './according';
import { agentlessCues, protestOver } from './agentless';
import { signedHeadline } from './headline';
import { narratedQuote } from './narrated-quotes';
import { embeddedPost } from './post';
import { mediumAfter } from './adjuncts';
import { quoteBefore, type Content } from './content';
import { contentAfter, contentBefore } from './cue-content';
import type { AttributionContext } from './context';
import { actorOf } from './actor';
import type { RawStatement } from './statement';
import { subjectOf } from './subject';

export type { RawStatement } from './statement';
export type { AttributionContext } from './context';

// "did not say", "has not claimed", "declined to comment", "refused to confirm": no statement.
function negated(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const key = tokens[k]!.key;
    if (key === 'not' || key === "n't" || key === 'never' || key === 'no') return true;
    if (
      key === 'to' &&
      /^(declined|refused|failed|declines|refuses)$/.test(tokens[k - 1]?.key ?? '')
    )
      return true;
    if (
      !/^(has|have|had|did|does|do|would|will|could|also|yet|immediately|publicly|officially)$/.test(
        key,
      )
    )
      return false;
  }
  return false;
}

function cuesOf(s: Sentence, p: Paragraph): CueMatch[] {
  const cues: CueMatch[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    if (quoteAt(p.quotes, s.tokens[i]!.start)) continue;
    const cue = cueAt(s.tokens, i, s.headline);
    // "as reported by X" names a second source (asSaidBy), not a speaker of its own clause.
    const relay = s.tokens[i - 1]?.key === 'as' && s.tokens[i + 1]?.key === 'by';
    if (cue && !relay) {
      if (!negated(s.tokens, i)) cues.push(cue);
      i = cue.last - 1;
    }
  }
  return cues;
}

/**
 * Attribution of one paragraph: every cue outside quotation marks gets a speaker (before it, or
 * after it when inverted: "…,” said X") and a content (the quote just before it, or what follows
 * it). Quotes left over continue the previous quote's speaker: news does not repeat the cue for
 * each quoted sentence. `before` is the last statement of the paragraphs before it.
 */
export function attributeParagraph(
  p: Paragraph,
  ctx: AttributionContext,
  before: RawStatement | undefined,
): RawStatement[] {
  const found: RawStatement[] = [];
  const used = new Set<number>();
  const reader: AttributionContext = {
    ...ctx,
    lastSpeakers: () => (found[found.length - 1] ?? before)?.speakers,
  };
  for (const s of p.sentences) {
    const cues = cuesOf(s, p);
    cues.forEach((cue, n) => {
      const previous = found[found.length - 1];
      const subject = subjectOf(s, p, cue, reader, previous);
      if (!subject) return;
      // "the ministry says it has confirmed that …": the inner cue repeats the statement.
      const cueAt = s.tokens[cue.first]!.start;
      if (
        previous &&
        previous.sentence === s.index &&
        cueAt > previous.content.start &&
        cueAt < previous.content.end &&
        subject.speaker.ids.every((id) => previous.speakers.includes(id))
      )
        return;
      const { speaker } = subject;
      let contents: Content[] = [];
      if (subject.quote) {
        const medium = mediumAfter(s, cue, reader);
        if (!used.has(subject.quote.open))
          contents = [{ ...quoteBefore(ctx.text, subject.quote), ...(medium ? { medium } : {}) }];
      } else if (subject.before !== undefined) {
        // "Jaishankar told Wang that …, the Indian foreign ministry said": the body only relays
        // what the first speaker said, which is the statement.
        if (cues.some((c) => c.first < subject.before!)) return;
        const c = contentBefore(s, p, subject.before, reader);
        const medium = mediumAfter(s, cue, reader);
        if (c) contents = [{ ...c, ...(medium ? { medium } : {}) }];
      } else contents = contentAfter(s, p, cue, cues[n + 1]?.first, reader, speaker.ids);
      for (const content of contents) {
        const words = ctx.text
          .slice(content.textStart, content.textEnd)
          .split(/\s+/)
          .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
        if (words < (content.isQuote || cue.frame !== 'say' ? 1 : 2)) continue;
        // "a ceasefire that Poroshenko announced on Friday, June 20": a date is no content.
        if (!content.isQuote && onlyDates(s, content)) continue;
        for (const q of quotesIn(p.quotes, content.start, content.end)) used.add(q.open);
        found.push({
          speakers: speaker.ids,
          speakerStart: speaker.start,
          speakerEnd: speaker.end,
          cue: cue.text,
          cueEnd: s.tokens[cue.last - 1]!.end,
          stance: cue.stance,
          frame: cue.frame,
          content,
          sentence: s.index,
          confidence: speaker.confidence - (content.unclosed ? 0.2 : 0),
        });
      }
      ctx.discourse.spoke(speaker.ids, s.index);
      // "X said in a statement", "a statement from X": later "the statement" is X's.
      const near = s.tokens.slice(cue.last, cue.last + 5);
      if (near.some((t) => t.key === 'statement') && !/statement/i.test(speakerText(ctx, speaker)))
        ctx.discourse.issuer = speaker.ids;
    });
    // "…, according to a statement from the ministry" after a cue only says where the cue's
    // statement was read; it is no statement of its own.
    for (const st of accordingTo(s, p, reader)) {
      if (
        !cues.some(
          (c) =>
            s.tokens[c.first]!.start >= st.content.start &&
            s.tokens[c.first]!.start < st.content.end,
        )
      ) {
        found.push(st);
        ctx.discourse.spoke(st.speakers, s.index);
      }
    }
    found.push(...asSaidBy(s, p, reader, found));
    for (const st of nominalCues(s, p, reader)) {
      found.push(st);
      for (const q of quotesIn(p.quotes, st.content.start, st.content.end)) used.add(q.open);
    }
    for (const st of protestOver(s, p, reader)) {
      found.push(st);
      ctx.discourse.spoke(st.speakers, s.index);
    }
    found.push(...agentlessCues(s, p, reader));
    if (s.headline && cues.length === 0) found.push(...signedHeadline(s, reader));
    remember(s, ctx);
  }
  // An embedded post is its author's quote: what cues inside it found is that quote.
  const post = embeddedPost(p, ctx);
  if (post) {
    const inside = (r: RawStatement): boolean =>
      r.content.textStart >= post.content.textStart && r.content.textEnd <= post.content.end;
    const kept = found.filter((r) => !inside(r));
    found.length = 0;
    found.push(...kept, post);
    for (const q of p.quotes)
      if (q.open >= post.content.start && q.close <= post.content.end) used.add(q.open);
  }
  // Quotes no cue claimed: the same speaker goes on, if the last statement was a quote nearby.
  const byEnd = [...found].sort((a, b) => a.content.end - b.content.end);
  let next = 0;
  let prior = before;
  for (const q of p.quotes) {
    while (next < byEnd.length && byEnd[next]!.content.end <= q.open) prior = byEnd[next++];
    if (used.has(q.open)) continue;
    const sentence =
      p.sentences.find((s) => s.start <= q.innerStart && q.innerStart < s.end) ?? p.sentences[0]!;
    // A witness quoted in the paragraph after her reported words goes on speaking.
    const person = prior?.speakers.every((id) =>
      /^(Person|Leader)$/.test(ctx.registry.get(id)?.kind ?? ''),
    );
    const opensParagraph = q.open <= p.sentences[0]!.start + 1;
    const near =
      prior &&
      (prior.sentence >= p.sentences[0]!.index ||
        prior.content.isQuote ||
        (person && opensParagraph)) &&
      sentence.index - prior.sentence <= (prior.content.isQuote ? 3 : 2);
    if (!prior || !near) {
      ctx.warnings.push('a quotation with no speaker was left out');
      continue;
    }
    const content = quoteBefore(ctx.text, q);
    if (content.textEnd - content.textStart < 3) continue;
    // A scare quote or the title of a work is the reporter's, not the last speaker's.
    if (narratedQuote(ctx.text, sentence, q)) continue;
    const continued: RawStatement = {
      ...prior,
      content,
      frame: 'continued',
      sentence: sentence.index,
      confidence: Math.min(prior.confidence, 0.55) - (q.unclosed ? 0.1 : 0),
    };
    found.push(continued);
    prior = continued;
  }
  return found.sort((a, b) => a.content.textStart - b.content.textStart);
}

/** Tells the discourse who was named in the sentence; the first actor is its subject. */
function remember(s: Sentence, ctx: AttributionContext): void {
  let subjectSeen = false;
  for (const m of s.mentions) {
    if (/-based$/.test(s.tokens[m.last - 1]?.key ?? '')) continue;
    const id = m.role === 'capital' ? m.id : (actorOf(ctx.registry, m) ?? m.id);
    // "the Britain-based Observatory": where a body sits is not who acts.
    const based = /-based$/.test(s.tokens[m.last - 1]?.key ?? '');
    const isActor = actorOf(ctx.registry, m) !== undefined && m.role !== 'capital' && !based;
    const prev = s.tokens[m.first - 1]?.key ?? '';
    const subject =
      isActor &&
      !subjectSeen &&
      !/^(of|in|to|from|with|by|for|on|at|against|into|across|toward|towards|near)$/.test(prev);
    if (subject) subjectSeen = true;
    ctx.discourse.mention(id, s.index, subject);
  }
}

function speakerText(ctx: AttributionContext, speaker: { start: number; end: number }): string {
  return ctx.text.slice(speaker.start, speaker.end);
}

/** Whether every word of a content lies inside a date of its sentence. */
function onlyDates(s: Sentence, content: { textStart: number; textEnd: number }): boolean {
  const words = s.tokens.filter(
    (t) => t.start >= content.textStart && t.end <= content.textEnd && t.kind !== 'punct',
  );
  return (
    words.length > 0 &&
    words.every((t) => s.dates.some((d) => d.start <= t.start && t.end <= d.end))
  );
}
