import { EntityKind } from '../../graph/vocabulary';
import { AboutRole } from '../../graph/vocabulary';
import type { EntityRegistry } from '../entities/registry';
import { ATTACK_NOUNS, HOSTILE_VERBS } from '../lexicon/words';
import { Stance } from '../../statements/stance';
import { resolveMention } from './metonym';
import type { Side } from './side';
import { hostileAgent } from './agents';
import type { ContentView } from './view';

/**
 * What a statement is about. Targets are, in order of preference: the object of the cue ("accused
 * Baku", "congratulated him"); the accused of an accusation; the actors, weapons and events its
 * content names (not the speaker's own side, not an agent after "by"); else the places it names;
 * else the countries behind a compound ("Armenian-backed"); else the speaker's own side; else
 * what "we" means; else the event the report was just telling (a witness's words) or the war (a
 * toll). Every other entity of the content is "mentioned".
 */
export interface About {
  entity: string;
  role: AboutRole;
}

export interface TargetInput {
  view: ContentView;
  objects: readonly string[];
  stance: Stance;
  side: Side;
  speakers: readonly string[];
  registry: EntityRegistry;
  hasFigures: boolean;
  /** Attack events by place, with their date, and the last one told before this statement. */
  eventsAt: (place: string) => { id: string; date: string }[];
  recentEvent?: string;
  war?: string;
  date?: string;
}

const FIRST_PERSON = new Set(['we', 'us', 'our', 'ourselves']);
const PLACE_KINDS = new Set([EntityKind.City, EntityKind.Region]);
const MAX_TARGETS = 3;

export function chooseAbout(input: TargetInput): About[] {
  const { view, side, registry, speakers } = input;
  const { tokens } = view;
  const tiers: string[][] = [[], [], [], []];
  const all: string[] = [];
  const add = (list: string[], id: string): void => {
    if (!list.includes(id)) list.push(id);
  };
  for (const m of view.mentions) {
    const id = resolveMention(tokens, m);
    const e = registry.get(id);
    if (!e || speakers.includes(id)) continue;
    add(all, id);
    const byAgent = tokens[m.first - 1]?.key === 'by';
    if (side.has(id)) add(tiers[3]!, id);
    else if (m.role === 'modifier' || byAgent) add(tiers[2]!, id);
    else if (PLACE_KINDS.has(e.kind)) add(tiers[1]!, id);
    else add(tiers[0]!, id);
  }
  // An attack on a place that the report told as an event is about that event.
  const hostile = tokens.some((t) => HOSTILE_VERBS.has(t.key) || ATTACK_NOUNS.has(t.key));
  if (hostile) {
    for (const place of [...tiers[1]!]) {
      const events = input.eventsAt(place);
      const event =
        events.find((ev) => ev.date === input.date) ??
        [...events].sort((a, b) => a.date.localeCompare(b.date)).pop();
      if (event) add(tiers[0]!, event.id);
    }
  }
  let targets: string[];
  const objects = input.objects.filter((id) => !speakers.includes(id));
  const agent = input.stance === Stance.ACCUSE ? hostileAgent(view, side, registry) : undefined;
  if (objects.length > 0) targets = objects;
  else if (agent) targets = [agent];
  else targets = tiers.find((t) => t.length > 0) ?? [];
  if (targets.length === 0 && tokens.some((t) => FIRST_PERSON.has(t.key)) && side.home)
    targets = [side.home];
  if (targets.length === 0 && input.recentEvent) targets = [input.recentEvent];
  if (targets.length === 0 && input.war) targets = [input.war];
  targets = targets.slice(0, MAX_TARGETS);
  const about: About[] = targets.map((entity) => ({ entity, role: AboutRole.target }));
  for (const id of all)
    if (!targets.includes(id)) about.push({ entity: id, role: AboutRole.mentioned });
  return about;
}
