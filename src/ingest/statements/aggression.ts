import {
  ACCUSATORY,
  ARMED_GROUPS,
  CARRY_OUT,
  CRITICIZE,
  LINKED,
  NOMINAL_AGGRESSION,
  PEJORATIVE_AGENTS,
  PREPOSITIONS,
  UNDER_ATTACK,
} from '../lexicon/stance-words';
import { ATTACK_NOUNS, HOSTILE_VERBS } from '../lexicon/words';
import { negation, otherActor, ownSubjectEnd, type ActInput } from './acts';
import { ACTOR_KINDS } from './agents';
import { resolveMention } from './metonym';
import type { ContentView } from './view';

/**
 * Accusations read from the content's act (CAMEO 18–20, told by a party): violence by a labelled
 * party or an armed group, an attack one's own side came under, a hostile act told as a noun, an
 * attack with an accusatory qualifier, tied to a party or stepped up by one. Each rule reads a
 * few tokens around one anchor (statements/acts.ts holds the other classes).
 */

/** The first verb of violence within `span` words, unless negated before it. */
function leadingHostileVerb(view: ContentView, from: number, span: number): number {
  const t = view.tokens;
  for (let k = from; k < t.length && k < from + span; k++) {
    if (negation(t[k]!.key) || t[k]!.kind === 'punct') return -1;
    if (HOSTILE_VERBS.has(t[k]!.key) || CARRY_OUT.has(t[k]!.key)) return k;
  }
  return -1;
}

/**
 * A hostile act by fighters the speaker labels ("terrorists attacked", "the militia also
 * attacked", "carried out by terrorists") or an attack the speaker's side came under: ACCUSE.
 */
export function labelledAggression(input: ActInput): boolean {
  const t = input.view.tokens;
  if (UNDER_ATTACK.test(input.lower) && /\b(from|by)\b/.test(input.lower)) return true;
  for (let i = 0; i < t.length; i++) {
    // "the rebels had violated the truce": in a state's mouth, armed groups' acts accuse them;
    // an outlet or a monitor telling the same reports it.
    const group = input.belligerent === true && ARMED_GROUPS.has(t[i]!.key);
    if (!PEJORATIVE_AGENTS.has(t[i]!.key) && !group) continue;
    let b = i - 1;
    while (b >= 0 && (t[b]!.kind === 'quote' || t[b]!.key === 'the')) b--;
    if (t[b]?.key === 'by') {
      // "carried out by terrorists", "the bombardment by “terrorist groups”"
      for (let j = b - 1; j >= 0 && j >= b - 4; j--)
        if (HOSTILE_VERBS.has(t[j]!.key) || ATTACK_NOUNS.has(t[j]!.key)) return true;
      continue;
    }
    if (PREPOSITIONS.has(t[i - 1]?.key ?? '')) continue;
    // "criminals cornered by constant operations … launched attacks": up to the clause's end.
    if (leadingHostileVerb(input.view, i + 1, 10) >= 0) return true;
  }
  return false;
}

/**
 * The speaker's own side as the target of a hostile act by others: "illegal armed groups fired
 * at positions of Ukraine's armed forces", "attacks on Ukrainian border guards". ACCUSE.
 */
export function attackOnOwnSide(input: ActInput): boolean {
  const { view, side } = input;
  if (ownSubjectEnd(view, side) >= 0) return false;
  const t = view.tokens;
  return view.mentions.some((m) => {
    if (!side.has(resolveMention(t, m))) return false;
    let b = m.first - 1;
    while (b >= 0 && b > m.first - 4 && /^(the|positions|position|of|posts|bases)$/.test(t[b]!.key))
      b--;
    if (!/^(at|on|against)$/.test(t[b]?.key ?? '')) return false;
    for (let j = b - 1; j >= 0 && j >= b - 5; j--)
      if (HOSTILE_VERBS.has(t[j]!.key) || ATTACK_NOUNS.has(t[j]!.key)) return true;
    return false;
  });
}

/**
 * An attack told with an accusatory qualifier ("the Indian troops' unprovoked firing", "the
 * indiscriminate artillery shelling"), not by one's own side: an accusation, where the same
 * toll told plainly ("as a result of Azeri fire") is a report.
 */
export function qualifiedAttack(input: ActInput): boolean {
  const t = input.view.tokens;
  if (ownSubjectEnd(input.view, input.side) >= 0) return false;
  // "the deliberate targeting of civilians is deplorable" condemns: criticism decides.
  if (t.some((w) => CRITICIZE.has(w.key))) return false;
  for (let i = 0; i < t.length; i++) {
    if (!ACCUSATORY.has(t[i]!.key)) continue;
    for (let j = i + 1; j < t.length && j <= i + 3; j++)
      if (HOSTILE_VERBS.has(t[j]!.key) || ATTACK_NOUNS.has(t[j]!.key) || t[j]!.key === 'violation')
        return true;
  }
  return false;
}

/** An attack tied to another party: "the group which attacked the base was affiliated with X". */
export function linkedAttack(input: ActInput): boolean {
  const t = input.view.tokens;
  if (!LINKED.test(input.lower) || !otherActor(input)) return false;
  // The attack or its authors are tied, not its victims ("15 people affiliated with GNA").
  const link = t.findIndex((w) => /^(linked|affiliated|tied|connected|loyal)$/.test(w.key));
  for (let j = link - 1; j >= 0 && j >= link - 8; j--) {
    if (VICTIMS.has(t[j]!.key)) return false;
    if (ATTACK_NOUNS.has(t[j]!.key) || ATTACKERS.has(t[j]!.key)) return true;
  }
  return false;
}

const ATTACKERS = new Set(['group', 'gunmen', 'attackers', 'militants', 'fighters', 'assailants']);
const VICTIMS = new Set(['people', 'civilians', 'killing', 'killed', 'victims', 'dead']);

/**
 * Another party stepping up its attacks: "Damascus and its allies have upped their deadly
 * bombardment", "the army intensified its shelling". ACCUSE.
 */
export function escalation(input: ActInput): boolean {
  const { view, side, registry } = input;
  const t = view.tokens;
  for (let i = 0; i < t.length; i++) {
    const two = `${t[i]!.key} ${t[i + 1]?.key ?? ''}`;
    if (!ESCALATE.has(t[i]!.key) && two !== 'stepped up') continue;
    const agent = view.mentions.find((m) => {
      const id = resolveMention(t, m);
      const kind = registry.get(id)?.kind;
      return m.last <= i && m.last >= i - 6 && !side.has(id) && !!kind && ACTOR_KINDS.has(kind);
    });
    if (!agent) continue;
    for (let j = i + 1; j < t.length && j <= i + 5; j++)
      if (ATTACK_NOUNS.has(t[j]!.key)) return true;
  }
  return false;
}

const ESCALATE = new Set(['upped', 'intensified', 'escalated', 'increased', 'expanded', 'stepped']);

/**
 * A hostile act told as a noun with no agent of one's own opening the content: "attempts to
 * violate the ceasefire", "ceasefire violations by Indian troops". ACCUSE.
 */
export function nominalAggression(input: ActInput): boolean {
  return NOMINAL_AGGRESSION.test(input.lower) && ownSubjectEnd(input.view, input.side) < 0;
}
