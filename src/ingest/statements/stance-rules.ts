import { EntityKind } from '../../graph/vocabulary';
import { Stance } from '../../statements/stance';
import type { EntityRegistry } from '../entities/registry';
import { DENIAL_OBJECTS, FALSEHOOD_WORDS, HOSTILE_VERBS, NEGATIONS } from '../lexicon/words';
import type { Side } from './side';
import type { ContentView } from './view';
import { resolveMention } from './metonym';

/**
 * The stance of a statement: the cue's own stance, refined by what is said when the cue is a
 * neutral one ("said", "told"). A neutral cue whose content denies a hostile act ("had never
 * targeted civilians") is a denial; one whose content says an adversary did a hostile act
 * ("Azerbaijan had attacked Stepanakert") is an accusation; "side with", "support for" is
 * support; a toll with nobody blamed, or an eyewitness account, is a report.
 */

const NEUTRAL = new Set<Stance>([Stance.CLAIM, Stance.REPORT]);
const BETWEEN_AGENT_AND_VERB = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'also', 'again', 'repeatedly', 'deliberately', 'continued', 'continues', 'to', 'been', 'reportedly', 'of']);
const SUPPORT = /\b(side with|stand with|stands with|stand by|support for|support to|solidarity with|backing for|unwavering support)\b/;
const THREAT = /\b(will|would|shall)\s+(\w+\s+)?(retaliate|respond|punish|pay|destroy|crush|avenge|strike back|hit back|wipe)\b/;

export interface StanceInput {
  cueStance: Stance;
  view: ContentView;
  side: Side;
  registry: EntityRegistry;
  hasFigures: boolean;
  speakers: readonly string[];
}

/** The adversary named as the agent of a hostile act in the content, if any. */
export function hostileAgent(view: ContentView, side: Side, registry: EntityRegistry): string | undefined {
  const { tokens } = view;
  for (const m of view.mentions) {
    const id = resolveMention(tokens, m);
    const kind = registry.get(id)?.kind;
    if (!kind || side.has(id) || !(kind === EntityKind.Country || kind === EntityKind.Organization || kind === EntityKind.Leader)) continue;
    if (tokens[m.first - 1]?.key === 'by' || tokens[m.first - 1]?.key === 'against') continue;
    let k = m.last;
    if (tokens[k]?.kind === 'possessive' || (m.role === 'demonym' && /^(forces|troops|army|soldiers|military|drones|jets|artillery)$/.test(tokens[k]?.key ?? ''))) k++;
    while (k < tokens.length && k < m.last + 5 && BETWEEN_AGENT_AND_VERB.has(tokens[k]!.key)) k++;
    const verb = tokens[k];
    if (verb && HOSTILE_VERBS.has(verb.key) && !tokens.slice(m.last, k).some((t) => NEGATIONS.has(t.key))) return id;
  }
  return undefined;
}

function denies(view: ContentView): boolean {
  const keys = view.tokens.map((t) => t.key);
  for (let i = 0; i < keys.length; i++) {
    if (!NEGATIONS.has(keys[i]!)) continue;
    for (let j = i + 1; j < keys.length && j <= i + 3; j++) if (HOSTILE_VERBS.has(keys[j]!)) return true;
  }
  return keys.some((k) => FALSEHOOD_WORDS.has(k)) && keys.some((k) => DENIAL_OBJECTS.has(k));
}

export function decideStance(input: StanceInput): Stance {
  const { cueStance, view, side, registry } = input;
  const keys = view.tokens.map((t) => t.key);
  const lower = keys.join(' ');
  if ((cueStance === Stance.REJECT || cueStance === Stance.DENY) && keys.some((k) => DENIAL_OBJECTS.has(k) || FALSEHOOD_WORDS.has(k))) return Stance.DENY;
  if (!NEUTRAL.has(cueStance)) return cueStance;
  if (denies(view)) return Stance.DENY;
  if (SUPPORT.test(lower)) return Stance.SUPPORT;
  if (THREAT.test(lower) && !keys.some((k) => NEGATIONS.has(k))) return Stance.THREATEN;
  const agent = hostileAgent(view, side, registry);
  if (agent) return Stance.ACCUSE;
  const witness = input.speakers.every((id) => {
    const e = registry.get(id);
    return e?.kind === EntityKind.Person && !e.office && !e.partOf;
  });
  if (witness) return Stance.REPORT;
  const adversary = view.mentions.some((m) => {
    const id = resolveMention(view.tokens, m);
    const kind = registry.get(id)?.kind;
    return !side.has(id) && (kind === EntityKind.Country || kind === EntityKind.Organization || kind === EntityKind.Leader);
  });
  if (input.hasFigures && !adversary) return Stance.REPORT;
  return cueStance;
}
