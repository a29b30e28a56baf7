import type { Sentence } from '../article';
import type { AttributionContext } from './context';
import type { Speaker } from './actor';
import { speakerEndingAt } from './speaker';

/**
 * A subject with a modifier after it, opening the sentence: "The Saudi-led coalition fighting
 * in Yemen on Wednesday denied …", "The coalition that has been battling the movement for five
 * years said …". The speaker is the body before "that", "which" or the participle.
 */
export function modifiedSubject(
  s: Sentence,
  ctx: AttributionContext,
  k: number,
): Speaker | undefined {
  const { tokens } = s;
  for (let j = k; j > 0 && j > k - 14; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' || t.kind === 'quote') return undefined;
    // "the coalition fighting in Yemen", not "a monitoring group": the participle takes a
    // complement of its own.
    const participle =
      /ing$/.test(t.key) &&
      /^(in|on|at|for|against|the|a|an|with|from|to|across|alongside|under)$/.test(
        tokens[j + 1]?.key ?? '',
      );
    if (!/^(that|which|who)$/.test(t.key) && !participle) continue;
    const speaker = speakerEndingAt(s, ctx, j - 1);
    // Only the sentence's own subject: nothing but a dateline ("DUBAI —") and "the" before it.
    const opening = tokens
      .slice(0, speaker?.first ?? 0)
      .every((w) => w.key === 'the' || w.kind === 'punct' || w.text === w.text.toUpperCase());
    if (speaker && opening) return { ...speaker, confidence: Math.min(speaker.confidence, 0.65) };
  }
  return undefined;
}
