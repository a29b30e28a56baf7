import { EntityKind } from '../../entities/vocabulary';
import type { EntityRegistry } from '../entities/registry';
import {
  AGENT_NOUNS,
  BETWEEN_AGENT_AND_VERB,
  PASSIVE,
  PREPOSITIONS,
} from '../lexicon/stance-words';
import { ATTACK_MODIFIERS, ATTACK_NOUNS, HOSTILE_VERBS } from '../lexicon/words';
import { resolveMention } from './metonym';
import type { Side } from './side';
import type { ContentView } from './view';

/**
 * Who a content says did a hostile act: an adversary of the speaker as the active subject of a
 * verb of violence ("Azerbaijan had attacked Stepanakert", "the army’s air strikes had killed"),
 * or named as its cause ("by China", "Azeri fire").
 */
export const ACTOR_KINDS: ReadonlySet<EntityKind> = new Set([
  EntityKind.COUNTRY,
  EntityKind.ORGANIZATION,
  EntityKind.LEADER,
]);

/** The adversary named as the agent of a hostile act in the content, if any. */
export function hostileAgent(
  view: ContentView,
  side: Side,
  registry: EntityRegistry,
): string | undefined {
  const { tokens } = view;
  for (const m of view.mentions) {
    const id = resolveMention(tokens, m);
    const kind = registry.get(id)?.kind;
    if (!kind || side.has(id) || !ACTOR_KINDS.has(kind)) continue;
    if (PREPOSITIONS.has(tokens[m.first - 1]?.key ?? '')) continue;
    let k = m.last;
    if (tokens[k]?.kind === 'possessive') k++;
    while (k < tokens.length && k < m.last + 4 && AGENT_NOUNS.has(tokens[k]!.key)) k++;
    // "Indian army in an unprovoked ceasefire violation had targeted …": past the aside.
    if (tokens[k]?.key === 'in') {
      let j = k + 1;
      const stop = (key: string): boolean =>
        BETWEEN_AGENT_AND_VERB.has(key) || HOSTILE_VERBS.has(key);
      while (j < tokens.length && j < k + 7 && !stop(tokens[j]!.key)) j++;
      if (stop(tokens[j]?.key ?? '')) k = j;
    }
    const from = k;
    while (
      k < tokens.length &&
      k < from + 6 &&
      (BETWEEN_AGENT_AND_VERB.has(tokens[k]!.key) ||
        PASSIVE.has(tokens[k]!.key) ||
        tokens[k]!.kind === 'quote')
    )
      k++;
    const verb = tokens[k];
    const between = tokens.slice(m.last, k).map((t) => t.key);
    const passive = between.some((w) => PASSIVE.has(w)) && !verb?.key.endsWith('ing');
    if (
      verb &&
      HOSTILE_VERBS.has(verb.key) &&
      !passive &&
      !between.some((w) => w === 'not' || w === 'never')
    )
      return id;
  }
  return undefined;
}

/** An adversary named as the cause: "by China", "Azeri fire", "the army’s air strikes". */
export function blamedBy(
  view: ContentView,
  side: Side,
  registry: EntityRegistry,
): string | undefined {
  const { tokens } = view;
  for (const m of view.mentions) {
    const id = resolveMention(tokens, m);
    if (side.has(id) || !ACTOR_KINDS.has(registry.get(id)?.kind as EntityKind)) continue;
    // "by China", "in an attack by the paramilitary Rapid Support Forces"
    let b = m.first - 1;
    while (
      b >= 0 &&
      b >= m.first - 3 &&
      /^[a-z-]+$/.test(tokens[b]!.text) &&
      tokens[b]!.key !== 'by'
    )
      b--;
    if (tokens[b]?.key === 'by') return id;
  }
  return undefined;
}

export function blamed(view: ContentView, side: Side, registry: EntityRegistry): boolean {
  const { tokens } = view;
  if (blamedBy(view, side, registry) || hostileAgent(view, side, registry)) return true;
  return view.mentions.some((m) => {
    const id = resolveMention(tokens, m);
    if (side.has(id) || !ACTOR_KINDS.has(registry.get(id)?.kind as EntityKind)) return false;
    let k = m.last;
    if (tokens[k]?.kind === 'possessive') k++;
    return (
      ATTACK_NOUNS.has(tokens[k]?.key ?? '') ||
      ATTACK_MODIFIERS.has(tokens[k]?.key ?? '') ||
      /^(fire|shelling|bombardment|strikes)$/.test(tokens[k]?.key ?? '')
    );
  });
}
