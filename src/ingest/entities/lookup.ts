import type { Sentence } from '../article';
import { resolveTarget, type RecognitionContext } from './context';
import { placeMention } from './mention';

// The second half of a compound that makes its first half a modifier: "Armenian-backed forces",
// "Russia-brokered ceasefire", "Turkish-made drones".
const COMPOUND_TAIL =
  /^(backed|operated|made|led|brokered|controlled|held|occupied|allied|aligned|supported|based|built|supplied|run|annexed|mediated|sponsored|funded|armed|trained|designed)$/;

/** First pass: every name from the gazetteer (known entities, countries, places, bodies). */
export function lookupNames(s: Sentence, ctx: RecognitionContext): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const match = ctx.gazetteer.matchAt(tokens, i);
    if (match) {
      const resolved = resolveTarget(ctx, match.target);
      placeMention(s.mentions, {
        first: i,
        last: match.last,
        start: t.start,
        end: tokens[match.last - 1]!.end,
        ...resolved,
      });
      i = match.last - 1;
      continue;
    }
    const dash = t.text.indexOf('-');
    // "ex-M23 rebels", "pro-Russian", "anti-Houthi": the group or state after the prefix.
    const prefix = /^(ex|pro|anti|former)-/i.exec(t.text);
    if (prefix) {
      const target = ctx.gazetteer.matchWord(t.key.slice(prefix[0].length));
      if (target) {
        const resolved = resolveTarget(ctx, target);
        placeMention(s.mentions, {
          first: i,
          last: i + 1,
          start: t.start + prefix[0].length,
          end: t.end,
          id: resolved.id,
          role: prefix[1]!.toLowerCase() === 'ex' ? 'name' : 'modifier',
          ...(resolved.countryOf ? { countryOf: resolved.countryOf } : {}),
        });
        continue;
      }
    }
    if (dash > 0 && t.upper) {
      const head = t.text.slice(0, dash);
      const tail = t.text.slice(dash + 1).toLowerCase();
      const target = COMPOUND_TAIL.test(tail)
        ? ctx.gazetteer.matchWord(tokens[i]!.key.slice(0, dash))
        : undefined;
      if (target) {
        const resolved = resolveTarget(ctx, target);
        placeMention(s.mentions, {
          first: i,
          last: i + 1,
          start: t.start,
          end: t.start + head.length,
          id: resolved.id,
          role: 'modifier',
          ...(resolved.countryOf ? { countryOf: resolved.countryOf } : {}),
        });
      }
    }
  }
}
