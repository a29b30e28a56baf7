import { EntityKind } from '../../entities/vocabulary';
import { Stance } from '../../statements/stance';
import type { Paragraph } from '../article';
import { actorOf } from './actor';
import type { AttributionContext } from './context';
import type { RawStatement } from './statement';

/**
 * An embedded social-media post, signed "— Name (@handle) Month D, YYYY" at the end of its
 * paragraph (eval conventions): its words are the author's quote, with no cue, written on
 * Twitter. The platform's trailing "…" and picture link are left out.
 */
const SIGNATURE = /[—–]\s*([^—–(\n]{2,80}?)\s*\(@\w{1,30}\)\s*\p{L}{3,9}\.? \d{1,2}, \d{4}\s*$/u;

export function embeddedPost(p: Paragraph, ctx: AttributionContext): RawStatement | undefined {
  const text = ctx.text.slice(p.start, p.end);
  const sig = SIGNATURE.exec(text);
  if (!sig) return undefined;
  const nameStart = p.start + sig.index + sig[0].indexOf(sig[1]!);
  const nameEnd = nameStart + sig[1]!.length;
  const author = authorOf(p, ctx, sig[1]!, nameStart, nameEnd);
  if (!author) return undefined;
  let end = p.start + sig.index;
  let body = ctx.text.slice(p.start, end);
  body = body.replace(/\s*pic\.twitter\.com\/\S+\s*$/u, '').replace(/[\s…]+$/u, '');
  end = p.start + body.length;
  const start = p.start + (body.length - body.trimStart().length);
  if (end - start < 8) return undefined;
  const twitter = ctx.registry.ensure(EntityKind.ORGANIZATION, 'Twitter', ['X'], 'twitter');
  twitter.named = true;
  const sentence = p.sentences.find((s) => s.start <= start && start < s.end) ?? p.sentences[0]!;
  return {
    speakers: [author],
    speakerStart: nameStart,
    speakerEnd: nameEnd,
    cue: '',
    cueEnd: nameEnd,
    stance: Stance.CLAIM,
    frame: 'continued',
    content: {
      start,
      end,
      textStart: start,
      textEnd: end,
      isQuote: true,
      quotes: [],
      objects: [],
      medium: twitter.id,
      unclosed: false,
    },
    sentence: sentence.index,
    confidence: 0.75,
  };
}

/** The author named in the signature: an entity mentioned there, else one of that name. */
function authorOf(
  p: Paragraph,
  ctx: AttributionContext,
  name: string,
  start: number,
  end: number,
): string | undefined {
  for (const s of p.sentences)
    for (const m of s.mentions) {
      if (m.start < start || m.end > end) continue;
      const id = actorOf(ctx.registry, m);
      if (id) return id;
    }
  return ctx.registry.lookup([name.trim(), name.split(/\s+[-–]\s+/)[0]!.trim()]);
}
