import { Stance } from '../../statements/stance';
import type { EntityRegistry } from '../entities/registry';
import {
  APPEAL,
  BETWEEN_AGENT_AND_VERB,
  CARRY_OUT,
  COMMITMENT,
  CONDEMNING,
  CRITICIZE,
  DERISION,
  DISPUTE,
  EXPECT,
  IMPERATIVES,
  MAY_GROW,
  NON_COOPERATION,
  OBLIGATION,
  OWN_FORCES,
  OWN_POSSESSIVES,
  PASSIVE,
  REFUSAL,
  SELF,
} from '../lexicon/stance-words';
import { ATTACK_NOUNS, HOSTILE_VERBS } from '../lexicon/words';
import { ACTOR_KINDS } from './agents';
import { resolveMention } from './metonym';
import type { Side } from './side';
import type { ContentView } from './view';

/**
 * Stance from the content's own predicate, when the cue ("said", "told", "added") says nothing:
 * what the reported clause does decides, in the CAMEO / PLOVER sense. Each rule looks at a few
 * tokens around one anchor, so the whole read stays linear in the content. The words are data in
 * lexicon/stance-words.ts; stance-rules.ts decides the order.
 */

export interface ActInput {
  view: ContentView;
  side: Side;
  registry: EntityRegistry;
  /** The content's folded words joined by single spaces. */
  lower: string;
  hasFigures: boolean;
  /** The speaker is a state, one of its bodies or an office-holder (not a monitor or outlet). */
  belligerent?: boolean;
}

export const negation = (key: string): boolean => key === 'not' || key === 'never' || key === "n't";

/**
 * Where the speaker's own side is the subject in the first words: "we", "our forces", "its
 * forces", "his fighters" (reported speech turns "our" into "its"), "it", or an own-side name;
 * the index just past it, or -1. "During that ceremony, we conducted …" finds "we".
 */
export function ownSubjectEnd(view: ContentView, side: Side): number {
  const t = view.tokens;
  for (let i = 0; i < t.length && i < 8; i++) {
    const key = t[i]!.key;
    if (SELF.has(key) && key !== 'our' && key !== 'my') return i + 1;
    if (OWN_POSSESSIVES.has(key)) {
      // "its forces", "their missile defence systems": the head past up to two modifiers.
      for (let j = i + 1; j <= i + 3 && j < t.length && /^[a-z-]+$/.test(t[j]!.text); j++)
        if (OWN_FORCES.has(t[j]!.key)) return j + 1;
    }
    if (i === 0 && (key === 'it' || key === 'they')) return 1;
  }
  const m = view.mentions.find((n) => n.first <= 1 && side.has(resolveMention(t, n)));
  if (!m) return -1;
  let k = m.last;
  while (k < t.length && k < m.last + 3 && OWN_FORCES.has(t[k]!.key)) k++;
  return k;
}

/** The verb of violence or operation right after the subject (auxiliaries and adverbs aside). */
function predicateAfter(view: ContentView, from: number): number {
  const t = view.tokens;
  let k = from;
  while (
    k < t.length &&
    k < from + 4 &&
    (BETWEEN_AGENT_AND_VERB.has(t[k]!.key) || PASSIVE.has(t[k]!.key) || /ly$/.test(t[k]!.key))
  )
    k++;
  const key = t[k]?.key ?? '';
  if (!HOSTILE_VERBS.has(key) && !CARRY_OUT.has(key)) return -1;
  if (t.slice(from, k).some((w) => negation(w.key))) return -1;
  // "they were kidnapped", "it had been attacked": the subject suffered the act.
  if (t.slice(from, k).some((w) => PASSIVE.has(w.key)) && !key.endsWith('ing')) return -1;
  return k;
}

/**
 * One's own side did it: "it carried out the attack" (ACKNOWLEDGE, an admission of the strike
 * the report is about, named with "the", "that" or a day) or "our troops killed ten of them"
 * (CLAIM, a contestable account of one's own operation, never a neutral REPORT). "claimed
 * responsibility" is always an admission.
 */
export function ownAct(input: ActInput): Stance | undefined {
  const { view, side, lower } = input;
  if (/^responsibility\b/.test(lower)) return Stance.ACKNOWLEDGE;
  const subject = ownSubjectEnd(view, side);
  if (subject < 0) return undefined;
  const k = predicateAfter(view, subject);
  if (k < 0) return undefined;
  const t = view.tokens;
  if (
    CARRY_OUT.has(t[k]!.key) &&
    /^(out )?(the|that|this|\w+ 's|\w+'s)\b/.test(
      t
        .slice(k + 1, k + 4)
        .map((w) => (w.kind === 'possessive' ? "'s" : w.key))
        .join(' '),
    )
  ) {
    for (let j = k + 1; j < t.length && j < k + 7; j++)
      if (ATTACK_NOUNS.has(t[j]!.key)) return Stance.ACKNOWLEDGE;
  }
  return Stance.CLAIM;
}

/**
 * The speaker's own verb of (dis)approval right after its subject: "it condemns the attack …"
 * is a criticism even when the attack is blamed on someone.
 */
export function ownVerb(input: ActInput): Stance.CRITICIZE | undefined {
  const subject = ownSubjectEnd(input.view, input.side);
  if (subject < 0) return undefined;
  const t = input.view.tokens;
  let k = subject;
  while (k < t.length && k < subject + 3 && /ly$|^(also|again|once|further)$/.test(t[k]!.key)) k++;
  const key = t[k]?.key ?? '';
  // Approval is not read here: "we welcome the deal and will abide by it" is a promise.
  return CRITICIZE.has(key) ? Stance.CRITICIZE : undefined;
}

/** Is there an actor, not of the speaker's side, in the content? */
export function otherActor(input: ActInput): boolean {
  const { view, side, registry } = input;
  return view.mentions.some((m) => {
    const id = resolveMention(view.tokens, m);
    const kind = registry.get(id)?.kind;
    return !side.has(id) && kind !== undefined && ACTOR_KINDS.has(kind);
  });
}

/**
 * An obligation or request laid on another: "X must withdraw", "expects the Russian Federation
 * to …", "Do it" (DEMAND); "must be condemned", "we call on …", "I hope X will answer" (APPEAL).
 * "We must defend ourselves" binds the speaker, and is no demand.
 */
export function obligation(input: ActInput): Stance | undefined {
  const { view, lower } = input;
  const t = view.tokens;
  if (IMPERATIVES.has(t[0]?.key ?? '') && t[0]!.upper) return Stance.DEMAND;
  if (APPEAL.test(lower)) return Stance.APPEAL;
  const must = OBLIGATION.exec(lower);
  if (must) {
    const before = lower.slice(0, must.index).trim().split(' ').pop() ?? '';
    if (SELF.has(before)) return undefined;
    return must[3] === 'be' ? Stance.APPEAL : Stance.DEMAND;
  }
  if (EXPECT.test(lower) && otherActor(input) && /\bto\b/.test(lower)) return Stance.DEMAND;
  return undefined;
}

/** Refusing to yield ground or disputing a toll: REJECT. */
export function refusal(input: ActInput): boolean {
  return REFUSAL.test(input.lower) || DISPUTE.test(input.lower);
}

/**
 * Disapproval without a crime word: derision ("Enough lies", a rhetorical question), another
 * party's failure to do its part ("had not responded to the offer"), or an act condemned by
 * adjective when no toll is given ("this terrible, unjustified attack").
 */
export function disapproval(input: ActInput): boolean {
  const { view, lower } = input;
  if (DERISION.test(lower)) return true;
  if (NON_COOPERATION.test(lower) && otherActor(input)) return true;
  return !input.hasFigures && view.tokens.some((t) => CONDEMNING.has(t.key));
}

/** A question put as a statement ("is that the fault of Rwanda?"): derision, CRITICIZE. */
export function rhetorical(input: ActInput): boolean {
  return !input.hasFigures && input.view.tokens.some((t) => t.text === '?');
}

/** A commitment of one's own side: "Serbia had offered …", "stands ready to". */
export function commitment(input: ActInput): boolean {
  return COMMITMENT.test(input.lower);
}

/**
 * Deflecting the blame for deaths (DENY, eval conventions): "if civilians were also killed, it
 * was because they were forced to help the terrorists".
 */
export function deflection(input: ActInput): boolean {
  const { lower } = input;
  const because = Math.max(lower.indexOf(' was because '), lower.indexOf(' were because '));
  return because > 0 && /^(\w+ )?if\b/.test(lower);
}

/** A toll or danger that may grow: WARN. */
export function mayGrow(input: ActInput): boolean {
  return MAY_GROW.test(input.lower);
}
