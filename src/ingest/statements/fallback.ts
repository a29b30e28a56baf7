import { EntityKind } from '../../entities/vocabulary';
import { Stance } from '../../statements/stance';
import type { TargetInput } from './target-input';

/**
 * What a content that names no target is about, surest first: "his side" or "we" (the
 * speaker's own state or body); the denier of a denial; the lead agreement, for a remark with no
 * violence or toll; the place the sentence opens with ("In Daraa, the monitor said …"); the attack just told (a witness's words, a toll); blame aimed at the report's
 * other party; else the war.
 */
const FIRST_PERSON = new Set(['we', 'us', 'ourselves']);
const OWN_SIDE = /^(his|her|their|our) side\b/;
/** Words of a toll or of atrocities: a remark with them is about the war, not the topic. */
const VIOLENCE_WORDS = new Set(['toll', 'casualties', 'deaths', 'dead', 'victims', 'atrocities']);
const PARTY_KINDS = new Set([EntityKind.COUNTRY, EntityKind.ORGANIZATION]);
const BLAME = new Set([Stance.CRITICIZE, Stance.REJECT, Stance.ACCUSE, Stance.DEMAND]);

export function fallbackTargets(input: TargetInput, hostile: boolean): string[] {
  const { view, side, registry, speakers } = input;
  const { tokens } = view;
  // Whether the speaker stands for a state or body: a witness's "we" is the witness's people.
  const sided =
    side.onBehalfOf !== undefined ||
    speakers.some((id) => PARTY_KINDS.has(registry.get(id)?.kind as EntityKind));
  const opening = tokens
    .slice(0, 3)
    .map((t) => t.key)
    .join(' ');
  if (OWN_SIDE.test(opening) && side.home) return [side.home];
  if (sided && tokens.some((t) => FIRST_PERSON.has(t.key)) && side.home) return [side.home];
  // A denial that names no one ("denied using civilian buildings as bases") is about the denier.
  // Unless an attack was just told: "if civilians were killed, it was because …" is about it.
  if (input.stance === Stance.DENY && input.recentEvent) return [input.recentEvent];
  if (input.stance === Stance.DENY && side.home) return [side.home];
  const violent = hostile || tokens.some((t) => VIOLENCE_WORDS.has(t.key));
  if (!violent && !input.hasFigures && input.topic.leadAgreement)
    return [input.topic.leadAgreement];
  if (input.scene) return [input.scene];
  if (input.recentEvent) return [input.recentEvent];
  // Blame that names no one ("the deliberate targeting of civilians is deplorable") is aimed at
  // the report's other party.
  if (BLAME.has(input.stance) && input.adversary && sided)
    return [counterpart(input, input.adversary)];
  return input.war ? [input.war] : [];
}

const ARMED = /\b(army|military|armed forces|forces|troops|defen[cs]e)\b/i;

/**
 * Bodies face their counterparts: an army blames the other army, a foreign office or a
 * government the other state. Blame naming no one from a civil speaker is aimed at the state
 * whose armed body the report's other party is.
 */
function counterpart(input: TargetInput, adversary: string): string {
  const { registry, speakers, side } = input;
  const state = registry.get(adversary)?.partOf;
  if (!state || registry.get(state)?.kind !== EntityKind.COUNTRY) return adversary;
  const armed = [...speakers, side.onBehalfOf].some(
    (id) => id !== undefined && ARMED.test(registry.get(id)?.name ?? ''),
  );
  return armed ? adversary : state;
}
