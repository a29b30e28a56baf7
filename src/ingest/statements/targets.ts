import { EntityKind } from '../../entities/vocabulary';
import { AboutRole } from '../../statements/vocabulary';
import { ATTACK_NOUNS, DEFENSIVE_VERBS, HOSTILE_ACT_NOUNS, HOSTILE_VERBS } from '../lexicon/words';
import { Stance } from '../../statements/stance';
import { resolveMention } from './metonym';
import { ACTOR_KINDS, hostileAgent } from './agents';
import type { Token } from '../tokens';
import { ownSubjectEnd } from './acts';
import { addressedStateAgent, STATE_LABELS, stateLabelAgent, unnamedAgent } from './adversary';
import { fallbackTargets } from './fallback';
import { actAntecedent, addressee, inSecondPerson } from './anaphora';
import { ARMED_LABELS } from '../entities/armed-groups';
import { PEJORATIVE_AGENTS } from '../lexicon/stance-words';
import type { About, TargetInput } from './target-input';
import type { EntityRegistry } from '../entities/registry';
import type { Mention } from '../entities/mention';
import { agreementPronoun, decisionAt, hasAgreementVerb, onlyMentioned } from './clues';

export type { About, TargetInput };

const PLACE_KINDS = new Set([EntityKind.CITY, EntityKind.REGION]);
const MAX_TARGETS = 3;
const OWN_ACTS = new Set([Stance.CLAIM, Stance.ACKNOWLEDGE]);
/** Stances in which a label ("the militia", "they") stands for the other party: blame, accounts. */
const LABELLED = new Set([
  Stance.CRITICIZE,
  Stance.REJECT,
  Stance.ACCUSE,
  Stance.REPORT,
  Stance.CLAIM,
]);
/**
 * "clashes between the SAF and RSF", "fighting erupted on April 15 between …": the fighting of
 * the two sides is the war itself.
 */
const BETWEEN_SIDES =
  /\b(clashes|fighting|battles|hostilities) (\w+ ){0,2}((on|in|since) \w+( \d+)? )?between\b/;
/** "declared victory in late November after …": the outcome of the war is about the war. */
const OUTCOMES = new Set(['victory', 'defeat']);
const LABELS = new Set([...ARMED_LABELS, ...PEJORATIVE_AGENTS, 'groups']);

/**
 * What a statement is about. Targets are, in order of preference: the agent of a hostile act told
 * as a noun ("violations by Indian troops") when the cue has no object but the agreement violated;
 * the object of the cue ("accused Baku", "congratulated him"); the accused of an accusation (also
 * "an action by China"); whoever gave the toll referred to ("disputed that toll"); the attack just
 * told, for one's own operation naming no other party; the war, for "clashes between" two sides;
 * the party a label stands for ("the militia", "terrorists", "they"), in blame or an account; what the content refers to without
 * naming it ("implement it", "have agreed to …", "the decision"); an agreement or talks opening the
 * reported clause; the agreement of a clause about agreeing; the actors, weapons and events its
 * content names (not the speaker's own side unless it denies, not an agent after "by", never a
 * listener of "told"/"notified" or the owner of a place as in "near the army's headquarters", not
 * a country after "in" or "from"); else the places it names; else the countries behind a compound
 * ("Armenian-backed"); else the speaker's own side; else what a content naming nothing is about
 * (`fallback.ts`). Every other entity of the content is "mentioned".
 */
export function chooseAbout(input: TargetInput): About[] {
  const { view, side, registry, speakers } = input;
  const { tokens } = view;
  const tiers: string[][] = [[], [], [], []];
  const all: string[] = [];
  const add = (list: string[], id: string): void => {
    if (!list.includes(id)) list.push(id);
  };
  const mentionedOnly = onlyMentioned(tokens, view.mentions);
  // A denial defends the speaker's own side: "denied that Eritrean troops committed abuses".
  const ownSideCounts = input.stance === Stance.DENY;
  const agreements: string[] = [];
  const byAgents: string[] = [];
  const violators: string[] = [];
  for (const m of view.mentions) {
    const id = firer(tokens, m, registry) ?? resolveMention(tokens, m);
    const e = registry.get(id);
    if (!e || speakers.includes(id)) continue;
    add(all, id);
    if (input.topic.isAgreement(id)) add(agreements, id);
    if (mentionedOnly.has(m)) continue;
    const byAgent =
      tokens[m.first - 1]?.key === 'by' ||
      (tokens[m.first - 1]?.key === 'the' && tokens[m.first - 2]?.key === 'by');
    if (byAgent && !side.has(id) && ACTOR_KINDS.has(e.kind)) {
      add(byAgents, id);
      if (actAgent(tokens, m.first)) add(violators, id);
    }
    if (side.has(id) && !ownSideCounts) add(tiers[3]!, id);
    else if (m.role === 'modifier' || byAgent) add(tiers[2]!, id);
    else if (
      PLACE_KINDS.has(e.kind) ||
      (e.kind === EntityKind.COUNTRY && locative(tokens, m.first))
    )
      add(tiers[1]!, id);
    else add(tiers[0]!, id);
  }
  // An attack on a place that the report told as an event is about that event.
  const hostile = tokens.some((t) => HOSTILE_VERBS.has(t.key) || ATTACK_NOUNS.has(t.key));
  if (hostile) {
    for (const place of [...tiers[1]!]) {
      // Only an attack told by then: a roundup's later attack at the same city is another one.
      const events = input.eventsAt(place).filter((ev) => ev.sentence <= input.sentence);
      const event =
        events.find((ev) => ev.date === input.date) ??
        [...events].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')).pop();
      if (event) add(tiers[0]!, event.id);
    }
  }
  let targets: string[];
  // "accused each other": each speaker is the others' target.
  const reciprocal = input.objects.length > 1 && input.objects.every((id) => speakers.includes(id));
  const objects = reciprocal
    ? [...input.objects]
    : input.objects.filter((id) => !speakers.includes(id));
  const accuse = input.stance === Stance.ACCUSE;
  // In an accusation the agent of a passive or of "an action by X" is the accused.
  const accused = accuse ? (hostileAgent(view, side, registry) ?? byAgents[0]) : undefined;
  const fired = view.mentions.find((m) => m.id === accused && firer(tokens, m, registry));
  const addressed = input.state && addressedStateAgent(view) ? input.state : undefined;
  const agent = fired ? firer(tokens, fired, registry) : (accused ?? addressed);
  // "such senseless acts": the agent of the act told just before; "you": whom the speaker replies to.
  // Blame in the second person with no one replied to ("Shame on you, you liars") is aimed at
  // whom the speaker last confronted ("accused EULEX of …").
  const confronted = BLAME.has(input.stance) && inSecondPerson(view) ? input.confronted : undefined;
  const antecedent =
    actAntecedent(view, input.prior, side, registry) ??
    addressee(view, input.prior, side, registry) ??
    confronted ??
    continuedBlame(input, tiers[0]!, accused);
  // The reported clause opens with an agreement or talks: "the negotiations had broken down over
  // the army's demand …" is about the negotiations.
  const first = view.mentions[0];
  const subjectEvent =
    first && first.first <= 1 && input.topic.isAgreementOrTalks(first.id) ? first.id : undefined;
  const referred = referredTopic(input);
  // "These terrorists were involved …", "the militia attacked …": the label stands for the
  // report's other party, or for the armed party the report names by a label ("rebels in Donetsk
  // and Luhansk regions" are the "militants and terrorists" who "continued armed attacks").
  // A label that is itself a name of the group ("Syrian rebels" read from "rebels") is read as
  // a name, among the content's other actors.
  const bareLabel = tokens.some(
    (t, k) =>
      LABELS.has(t.key) &&
      !STATE_LABELS.has(t.key) &&
      !view.mentions.some((m) => m.first <= k && k < m.last),
  );
  const group = input.labelledGroup && bareLabel ? input.labelledGroup : undefined;
  const state = input.state && stateLabelAgent(view) ? input.state : undefined;
  const labelled =
    LABELLED.has(input.stance) && !agent
      ? (state ?? group ?? (input.adversary && unnamedAgent(view) ? input.adversary : undefined))
      : undefined;
  // One's own side acting with violence against someone it does not name.
  const ownUnnamedHostile =
    tiers[0]!.length === 0 &&
    ownSubjectEnd(view, side) >= 0 &&
    tokens.some((t) => HOSTILE_VERBS.has(t.key));
  // "We traced them and killed ten of them": such an operation is about the report's other party.
  const struck = input.stance === Stance.CLAIM && ownUnnamedHostile ? input.adversary : undefined;
  // "Its air defences shot down missiles over Jizan": warding off an attack is about the attacker.
  const defended =
    OWN_ACTS.has(input.stance) && ownSubjectEnd(view, side) >= 0 && wardsOff(tokens)
      ? input.adversary
      : undefined;
  // "We hit their weapons store", "it had used precise munitions against …": such an operation,
  // right after the report told an attack, is that attack.
  const ownOperation =
    OWN_ACTS.has(input.stance) && ownUnnamedHostile ? input.recentEvent : undefined;
  // "the attacks carried out by terrorists": a label after "by" is the labelled party.
  if (violators.length === 0 && input.labelledGroup && labelAfterBy(tokens))
    violators.push(input.labelledGroup);
  // "ceasefire violations by Indian troops", whatever the stance: the violator is the target, also
  // when the cue's object is the agreement violated ("condemned the ceasefire violations by …").
  const violated =
    violators.length > 0 && objects.every((id) => registry.get(id)?.kind === EntityKind.EVENT);
  if (violated && !agent) targets = violators;
  else if (objects.length > 0) targets = objects;
  else if (agent) targets = [agent];
  else if (antecedent) targets = [antecedent];
  else if (input.tollGivers && input.tollGivers.length > 0) targets = [...input.tollGivers];
  else if (defended) targets = [defended];
  else if (ownOperation) targets = [ownOperation];
  else if (input.war && (BETWEEN_SIDES.test(keysOf(tokens)) || OUTCOMES.has(tokens[0]?.key ?? '')))
    targets = [input.war];
  else if (labelled) targets = [labelled];
  else if (struck) targets = [struck];
  else if (referred) targets = [referred];
  else if (subjectEvent) targets = [subjectEvent];
  else if (agreements.length > 0 && hasAgreementVerb(tokens)) targets = agreements;
  else targets = tiers.find((t) => t.length > 0) ?? [];
  if (targets.length === 0) targets = fallbackTargets(input, hostile);
  targets = targets.slice(0, MAX_TARGETS);
  const about: About[] = targets.map((entity) => ({ entity, role: AboutRole.TARGET }));
  for (const id of all)
    if (!targets.includes(id)) about.push({ entity: id, role: AboutRole.MENTIONED });
  return about;
}

/** "the Indian firing", "Azeri shelling": who fires is the state's armed forces, when named. */
function firer(tokens: readonly Token[], m: Mention, registry: EntityRegistry): string | undefined {
  if (m.role !== 'demonym' || !FIRE_NOUNS.has(tokens[m.last]?.key ?? '')) return undefined;
  const forces = registry.get(`${m.id}-armed-forces`);
  return forces && !forces.known ? forces.id : undefined;
}

const FIRE_NOUNS = new Set(['firing', 'fire', 'shelling', 'bombardment']);

/**
 * "The indiscriminate shelling … caused extensive destruction", after "RSF accused the army of
 * carrying out an attack": an accusation that names no actor goes on accusing whom the speaker
 * last confronted.
 */
function continuedBlame(
  input: TargetInput,
  named: readonly string[],
  accused: string | undefined,
): string | undefined {
  if (input.stance !== Stance.ACCUSE || accused || !input.confronted) return undefined;
  const actor = named.some((id) => ACTOR_KINDS.has(input.registry.get(id)?.kind as EntityKind));
  return actor ? undefined : input.confronted;
}

/** "intercepted", "shot down": a verb of warding off an attack. */
function wardsOff(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, k) => DEFENSIVE_VERBS.has(t.key) || (t.key === 'shot' && tokens[k + 1]?.key === 'down'),
  );
}

/** "carried out by terrorists", "by “the militia”". */
function labelAfterBy(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => {
    if (t.key !== 'by') return false;
    let j = k + 1;
    while (j < k + 4 && (tokens[j]?.kind === 'quote' || tokens[j]?.key === 'the')) j++;
    return LABELS.has(tokens[j]?.key ?? '');
  });
}

/** "in Congo", "from the DRC": a country as where something happened, not as an actor. */
function locative(tokens: readonly Token[], first: number): boolean {
  const k = tokens[first - 1]?.key === 'the' ? first - 2 : first - 1;
  return LOCATIVE_PREPOSITIONS.has(tokens[k]?.key ?? '');
}

const LOCATIVE_PREPOSITIONS = new Set(['in', 'into', 'inside', 'from', 'near', 'across', 'within']);

/** "violations by [the] X", "the bombardment by X": the mention at `first` is the act's agent. */
function actAgent(tokens: readonly Token[], first: number): boolean {
  const by = tokens[first - 1]?.key === 'by' ? first - 1 : first - 2;
  if (by !== first - 1 && tokens[first - 1]?.key !== 'the') return false;
  const act = tokens[by - 1];
  return act !== undefined && (HOSTILE_ACT_NOUNS.has(act.key) || ATTACK_NOUNS.has(act.key));
}

function keysOf(tokens: readonly Token[]): string {
  return tokens.map((t) => t.key).join(' ');
}

/**
 * What the content refers to with no name: "implement it" or "agreed to …" with no agreement named
 * means the agreement told last; "the decision" or "the move" means the action the report leads
 * with, and blaming it ("regretted the decision", "condemned the move") blames its agent.
 */
function referredTopic(input: TargetInput): string | undefined {
  const { view, topic } = input;
  const { tokens } = view;
  const namesAgreement = view.mentions.some((m) => topic.isAgreement(m.id));
  if (!namesAgreement && (agreementPronoun(tokens) || AGREED.test(keysOf(tokens))))
    return topic.agreementBefore(input.contentStart);
  const at = decisionAt([...input.between, ...tokens]);
  if (at === undefined) return undefined;
  if (BLAME.has(input.stance)) return topic.leadAgent;
  // Only as the subject of the reported clause: "the decision was not linked to …".
  const subject = input.between.length === 0 && at === 0;
  return subject ? (topic.leadAgreement ?? topic.leadAgent) : undefined;
}

const AGREED = /\b(have|has|had) (formally |now )?(agreed|signed)\b/;
const BLAME = new Set([Stance.CRITICIZE, Stance.REJECT, Stance.ACCUSE]);
