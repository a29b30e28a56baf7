import { EntityKind } from '../../entities/vocabulary';
import { Stance } from '../../statements/stance';
import type { EntityRegistry } from '../entities/registry';
import {
  COMPLICITY,
  CRIMES,
  CRITICIZE,
  DEMAND,
  DENIAL,
  DERISION,
  FORCE_WORDS,
  FUTURE,
  MONITORS,
  MUST,
  OCCURRENCE,
  PRAISE,
  REJECT,
  RESPONSE,
  SELF,
  SUPPORT,
  THREAT_WORDS,
  WARN,
} from '../lexicon/stance-words';
import { ATTACK_NOUNS, HOSTILE_VERBS } from '../lexicon/words';
import {
  commitment,
  deflection,
  disapproval,
  mayGrow,
  obligation,
  ownAct,
  ownSubjectEnd,
  ownVerb,
  refusal,
  rhetorical,
  type ActInput,
} from './acts';
import { ACTOR_KINDS, blamed, blamedBy, hostileAgent } from './agents';
import {
  attackOnOwnSide,
  escalation,
  labelledAggression,
  linkedAttack,
  nominalAggression,
  qualifiedAttack,
} from './aggression';
import { resolveMention } from './metonym';
import type { Side } from './side';
import type { ContentView } from './view';

/**
 * The stance of a statement: the cue's own stance, refined by what is said when the cue is a
 * neutral one ("said", "told", "added"). The content rules, in order:
 * - a denial: one's own side did not do a hostile act ("had never targeted civilians"), or the
 *   thing is "not linked", "baseless", "false";
 * - an accusation: an adversary did a hostile act ("Azerbaijan had attacked …"), or is charged
 *   with a crime word ("weaponising food", "genocide");
 * - support ("side with", "support for"); a threat (one's own side will respond, sanctions);
 *   a promise (one's own side will, is ready to, is committed to);
 * - a demand ("request", "Do not …"), a rejection ("objection", "will not accept"), criticism
 *   ("regretted", "unacceptable"), praise ("courage", "welcome"), a warning ("risk", "danger");
 * - a report: an eyewitness, or a toll or event told with nobody blamed.
 */

const NEUTRAL = new Set<Stance>([Stance.CLAIM, Stance.REPORT]);

export interface StanceInput {
  cueStance: Stance;
  view: ContentView;
  side: Side;
  registry: EntityRegistry;
  hasFigures: boolean;
  speakers: readonly string[];
}

/**
 * One's own side is the subject: "we", "our forces", or an own-side name opening the content
 * or followed by a modal ("the Russian side will", "Ankara would").
 */
function selfSubject(view: ContentView, side: Side): boolean {
  const { tokens } = view;
  if (tokens.slice(0, 4).some((t) => SELF.has(t.key))) return true;
  for (const m of view.mentions) {
    if (!side.has(resolveMention(tokens, m))) continue;
    if (m.first <= 2) return true;
    if (tokens.slice(m.last, m.last + 3).some((t) => FUTURE.has(t.key))) return true;
  }
  return /^(the )?(government|kingdom|army|ministry|country|side|his side|her side|their side)\b/.test(
    tokens
      .slice(0, 4)
      .map((t) => t.key)
      .join(' '),
  );
}

/** One's own side did not do a hostile act: "Azeri armed forces had never targeted civilians". */
function deniesOwnAct(view: ContentView, side: Side): boolean {
  const keys = view.tokens.map((t) => t.key);
  for (let i = 0; i < keys.length; i++) {
    if (!['not', 'never', "n't", 'neither'].includes(keys[i]!)) continue;
    if (!keys.slice(i + 1, i + 4).some((k) => HOSTILE_VERBS.has(k) || COMPLICITY.has(k))) continue;
    if (selfSubject(view, side) || /^its? /.test(keys.join(' '))) return true;
  }
  return false;
}

/**
 * What decided a stance, for the confidence: the cue's own verb, a content rule, a toll or event
 * told with nobody blamed, or nothing (the neutral cue's CLAIM stands).
 */
export type StanceBasis = 'cue' | 'content' | 'toll' | 'party-toll' | 'default';

export function decideStance(input: StanceInput): { stance: Stance; basis: StanceBasis } {
  const { cueStance, registry } = input;
  const refined = cueRefinement(input);
  if (refined) return { stance: refined, basis: 'cue' };
  if (!NEUTRAL.has(cueStance)) return { stance: cueStance, basis: 'cue' };
  const rule = contentStance(input);
  if (rule) return { stance: rule, basis: 'content' };
  const witness = input.speakers.every((id) => {
    const e = registry.get(id);
    return e?.kind === EntityKind.PERSON && !e.office && !e.partOf;
  });
  if (witness || input.speakers.every((id) => MONITORS.test(registry.get(id)?.name ?? '')))
    return { stance: Stance.REPORT, basis: 'toll' };
  // A toll is a report even when it names who caused it ("as a result of Azeri fire").
  const lower = input.view.tokens.map((t) => t.key).join(' ');
  if (
    input.hasFigures ||
    (!blamed(input.view, input.side, registry) &&
      (OCCURRENCE.test(lower) || input.view.tokens.some((t) => t.kind === 'number')))
  )
    // A party to the fighting telling a toll or an event often claims or blames with it.
    return { stance: Stance.REPORT, basis: 'party-toll' };
  return { stance: cueStance, basis: 'default' };
}

/** A non-neutral cue's stance as the content sharpens it: "rejected … as baseless" denies. */
function cueRefinement(input: StanceInput): Stance | undefined {
  const { cueStance, view } = input;
  const keys = view.tokens.map((t) => t.key);
  const lower = keys.join(' ');
  // Dismissing reports or tolls rejects them; dismissing accusations denies them.
  if (cueStance === Stance.REJECT && /^(\w+ )?(reports?|tolls?|figures?)\b/.test(lower))
    return Stance.REJECT;
  if ((cueStance === Stance.REJECT || cueStance === Stance.DENY) && DENIAL.test(lower))
    return Stance.DENY;
  if (
    cueStance === Stance.REJECT &&
    /\b(claims?|allegations?|accusations?|reports?|charges?)\b/.test(lower)
  )
    return Stance.DENY;
  // A promise or warning of force is a threat: "vowed to fight on", "warned of countermeasures".
  if (
    (cueStance === Stance.PROMISE || cueStance === Stance.WARN) &&
    keys.some((k) => FORCE_WORDS.has(k))
  )
    return Stance.THREATEN;
  return undefined;
}

/** The content rules, in order, for a neutral cue; undefined when none applies. */
function contentStance(input: StanceInput): Stance | undefined {
  const { view, side, registry } = input;
  const keys = view.tokens.map((t) => t.key);
  const lower = keys.join(' ');
  const has = (words: ReadonlySet<string>): boolean => keys.some((k) => words.has(k));
  // A state or one of its bodies or officials: its account of armed groups' acts accuses them.
  const belligerent = input.speakers.some((id) => {
    const e = registry.get(id);
    return e?.kind === EntityKind.COUNTRY || !!e?.partOf || !!e?.office;
  });
  const act: ActInput = { view, side, registry, lower, hasFigures: input.hasFigures, belligerent };
  if (DERISION.test(lower)) return Stance.CRITICIZE;
  const adversary = view.mentions.some((m) => {
    const id = resolveMention(view.tokens, m);
    return !side.has(id) && ACTOR_KINDS.has(registry.get(id)?.kind as EntityKind);
  });
  const self = selfSubject(view, side);
  const future = has(FUTURE);
  if (deniesOwnAct(view, side) || DENIAL.test(lower) || deflection(act)) return Stance.DENY;
  if (refusal(act)) return Stance.REJECT;
  if (rhetorical(act)) return Stance.CRITICIZE;
  const verb = ownVerb(act);
  if (verb) return verb;
  const own = ownAct(act);
  if (own) return own;
  const asked = obligation(act);
  if (asked) return asked;
  // Monitors, hospitals and the UN give tolls as reports, whoever they say caused them.
  if (input.hasFigures && input.speakers.every((id) => MONITORS.test(registry.get(id)?.name ?? '')))
    return Stance.REPORT;
  const agent = hostileAgent(view, side, registry);
  const byAdversary = blamedBy(view, side, registry);
  if (
    agent ||
    (adversary && CRIMES.test(lower)) ||
    (byAdversary && (OCCURRENCE.test(lower) || view.tokens.some((t) => ATTACK_NOUNS.has(t.key)))) ||
    labelledAggression(act) ||
    nominalAggression(act) ||
    qualifiedAttack(act) ||
    linkedAttack(act) ||
    escalation(act) ||
    attackOnOwnSide(act)
  )
    return Stance.ACCUSE;
  if (SUPPORT.test(lower)) return Stance.SUPPORT;
  if ((future && (has(RESPONSE) || has(FORCE_WORDS))) || has(THREAT_WORDS)) return Stance.THREATEN;
  if (self && future && !keys.includes('not')) return Stance.PROMISE;
  if ((self || ownSubjectEnd(view, side) >= 0) && commitment(act)) return Stance.PROMISE;
  if ((self && has(DEMAND)) || MUST.test(lower) || /^(do not|don't|stop)\b/.test(lower))
    return Stance.DEMAND;
  if (
    has(REJECT) ||
    (self && /\b(will|would) not (accept|allow|lay down|give up|surrender)\b/.test(lower))
  )
    return Stance.REJECT;
  if (has(CRITICIZE) || disapproval(act)) return Stance.CRITICIZE;
  if (has(PRAISE)) return Stance.PRAISE;
  if (has(WARN) || mayGrow(act)) return Stance.WARN;
  return undefined;
}
