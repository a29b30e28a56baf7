import { EntityKind } from '../../entities/vocabulary';
import type { Sentence } from '../article';
import { STATE_BODY_MODIFIERS } from '../lexicon/words';
import type { RecognitionContext } from './context';

/**
 * Names that point at a body already named: an acronym in brackets after the body's name, and
 * "the Foreign Office" after "Pakistan's Foreign Office".
 */

/** The organization whose name ends just before "(ACRONYM)" at tokens first..last, if any. */
export function acronymOf(
  s: Sentence,
  ctx: RecognitionContext,
  first: number,
  last: number,
): string | undefined {
  const { tokens } = s;
  const word = tokens[first]!;
  if (last - first !== 1 || !/^\p{Lu}{2,}$/u.test(word.text)) return undefined;
  if (tokens[first - 1]?.text !== '(' || tokens[last]?.text !== ')') return undefined;
  const before = s.mentions.find((m) => m.last === first - 1);
  const entity = before && ctx.registry.get(before.id);
  if (!entity || entity.kind !== EntityKind.ORGANIZATION) return undefined;
  ctx.registry.addAliases(entity, [word.text]);
  return entity.id;
}

/**
 * "the Foreign Office", "the Defence Ministry": a generic modifier and head after "the" name the
 * body registered before whose name ends with them, if exactly one does.
 */
export function earlierBody(
  s: Sentence,
  ctx: RecognitionContext,
  first: number,
  last: number,
): string | undefined {
  const { tokens } = s;
  const modifier = tokens[first - 1];
  if (last - first !== 1 || !modifier?.upper || tokens[first - 2]?.key !== 'the') return undefined;
  if (!STATE_BODY_MODIFIERS.has(modifier.key)) return undefined;
  const phrase = `${modifier.key} ${tokens[first]!.key}`;
  const found = ctx.registry
    .all()
    .filter(
      (e) =>
        e.kind === EntityKind.ORGANIZATION &&
        [e.name, ...e.aliases].some((n) => n.toLowerCase().endsWith(phrase)),
    );
  return found.length === 1 ? found[0]!.id : undefined;
}
