import { EntityKind } from '../../entities/vocabulary';
import type { EntityRegistry } from '../entities/registry';
import { ATTACK_NOUNS, HOSTILE_ACT_NOUNS } from '../lexicon/words';
import { blamedBy, hostileAgent } from './agents';
import type { Side } from './side';
import type { ContentView } from './view';

/**
 * "Condemning the shelling of villages by the Indian forces, it said such senseless acts violate
 * …": a demonstrative act ("such acts", "these attacks", "those violations") opening the content
 * refers back to the hostile act told just before it, and is about that act's agent. Only the
 * words before the content in its sentence and the sentence before are read.
 */
const DEMONSTRATIVES = new Set(['such', 'these', 'those', 'this', 'that']);
/** Adjectives between the demonstrative and the act: "such senseless and cowardly acts". */
const MAX_MODIFIERS = 3;

export function actAntecedent(
  view: ContentView,
  prior: ContentView | undefined,
  side: Side,
  registry: EntityRegistry,
): string | undefined {
  if (!prior || !refersToAct(view)) return undefined;
  return blamedBy(prior, side, registry) ?? hostileAgent(prior, side, registry);
}

/** Whether the content opens with a demonstrative act ("such senseless acts"). */
function refersToAct(view: ContentView): boolean {
  const { tokens } = view;
  const at = tokens.findIndex((t) => DEMONSTRATIVES.has(t.key));
  if (at < 0 || at > 1) return false;
  for (let k = at + 1; k <= at + 1 + MAX_MODIFIERS && k < tokens.length; k++) {
    const key = tokens[k]!.key;
    if (HOSTILE_ACT_NOUNS.has(key) || ATTACK_NOUNS.has(key)) return true;
    if (view.mentions.some((m) => m.first <= k && k < m.last) || !/^[a-z-]+$/.test(key))
      return false;
  }
  return false;
}

const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
const REPLY_VERBS = new Set([
  'responded',
  'replied',
  'reacted',
  'retorted',
  'responding',
  'replying',
]);
const ADDRESSEE_KINDS = new Set([
  EntityKind.LEADER,
  EntityKind.PERSON,
  EntityKind.COUNTRY,
  EntityKind.ORGANIZATION,
]);
/** How far after "responded to" the one replied to may be named ("to a video published … by X"). */
const REPLY_WINDOW = 12;

/**
 * "Maduro responded to a video published by President Irfaan Ali, stating: “… as you well
 * know …”": words in the second person are about whom the speaker replies to, named after
 * "responded to" before the content in its sentence.
 */
export function addressee(
  view: ContentView,
  prior: ContentView | undefined,
  side: Side,
  registry: EntityRegistry,
): string | undefined {
  if (!prior || !inSecondPerson(view)) return undefined;
  const t = prior.tokens;
  const reply = t.findLastIndex((w, k) => REPLY_VERBS.has(w.key) && t[k + 1]?.key === 'to');
  if (reply < 0) return undefined;
  const m = prior.mentions.find(
    (x) =>
      x.first > reply &&
      x.first <= reply + REPLY_WINDOW &&
      !side.has(x.id) &&
      ADDRESSEE_KINDS.has(registry.get(x.id)?.kind as EntityKind),
  );
  return m?.id;
}

/** Whether the content speaks to someone: "Shame on you", "your government". */
export function inSecondPerson(view: ContentView): boolean {
  return view.tokens.some((t) => SECOND_PERSON.has(t.key));
}
