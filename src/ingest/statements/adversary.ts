import { EntityKind } from '../../entities/vocabulary';
import type { Article } from '../article';
import type { EntityRegistry } from '../entities/registry';
import { ARMED_LABELS } from '../entities/armed-groups';
import { ARMED_GROUPS, PEJORATIVE_AGENTS } from '../lexicon/stance-words';
import { HOSTILE_VERBS } from '../lexicon/words';
import type { Side } from './side';
import type { ContentView } from './view';

/**
 * The other party of a report: the state or body the report names most often that is not of
 * the speaker's side. An accusation that names its agent only by a label ("these terrorists
 * were involved", "the militia attacked", "they violated the ceasefire") is about it.
 */
const PARTY_KINDS = new Set([EntityKind.COUNTRY, EntityKind.ORGANIZATION]);

export class Parties {
  private readonly ranked: string[];
  /** The most named armed party the report names by a label ("rebels in …"), if one. */
  readonly labelledGroup: string | undefined;

  constructor(
    article: Article,
    private readonly registry: EntityRegistry,
  ) {
    const counts = new Map<string, number>();
    for (const s of article.sentences)
      for (const m of s.mentions) {
        const id = m.role === 'capital' && m.countryOf ? m.countryOf : m.id;
        if (PARTY_KINDS.has(registry.get(id)?.kind as EntityKind))
          counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    this.ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    this.labelledGroup = this.ranked.find((id) => {
      // "Rebels in Donetsk …" and "Syrian rebels" alike: the label opens or ends the name.
      const words = registry.get(id)?.name.toLowerCase().split(' ') ?? [];
      return (
        registry.get(id)?.kind === EntityKind.ORGANIZATION &&
        (ARMED_LABELS.has(words[0] ?? '') || ARMED_LABELS.has(words[words.length - 1] ?? ''))
      );
    });
  }

  /** The n most named parties. */
  top(n: number): string[] {
    return this.ranked.slice(0, n);
  }

  /**
   * Whom "the regime" or "the occupation" means: the other party when it is a state or a state's
   * own body (a state at war with rebels fights through its army), else the most named such.
   */
  stateOf(side: Side): string | undefined {
    const isState = (id: string | undefined): boolean =>
      id !== undefined && this.registry.get(id)?.kind === EntityKind.COUNTRY;
    const ofState = (id: string): boolean =>
      !side.has(id) && (isState(id) || isState(this.registry.get(id)?.partOf));
    const adversary = this.adversaryOf(side);
    return adversary && ofState(adversary) ? adversary : this.ranked.find(ofState);
  }

  /** The most named party not of this side. */
  adversaryOf(side: Side): string | undefined {
    const others = this.ranked.filter((id) => !side.has(id));
    // A state whose own armed body is also a party fights through it: the body is meant.
    return others.find(
      (id) =>
        this.registry.get(id)?.kind !== EntityKind.COUNTRY ||
        !others.some((o) => this.registry.get(o)?.partOf === id),
    );
  }
}

/** The content's agent is a label or a pronoun, not a name: "these terrorists", "they". */
export function unnamedAgent(view: ContentView): boolean {
  const t = view.tokens;
  const label = (k: number): boolean =>
    PEJORATIVE_AGENTS.has(t[k]?.key ?? '') || t[k]?.key === 'militia';
  if (t.slice(0, 6).some((w, k) => label(k) || w.key === 'they')) return true;
  if (t.some((_, k) => definiteLabel(view, k))) return true;
  // "an attack carried out by “the coup forces”": the agent after "by", past quotes and "the".
  return t.some((w, k) => {
    if (w.key !== 'by') return false;
    let j = k + 1;
    while (j < t.length && j < k + 4 && (t[j]!.kind === 'quote' || t[j]!.key === 'the')) j++;
    return label(j);
  });
}

/** Words between "the" and a label: "the criminal clique's", "the remaining fighters". */
const MAX_LABEL_MODIFIERS = 2;

/**
 * A label anywhere as the head of a definite description: "fire exchanges with the criminal
 * clique's security", "the remaining fighters escaped". An armed group's kind ("fighters",
 * "gunmen") counts only so, with "the": "his fighters" are the speaker's own.
 */
function definiteLabel(view: ContentView, k: number): boolean {
  const t = view.tokens;
  const key = t[k]!.key;
  if (!PEJORATIVE_AGENTS.has(key) && !ARMED_GROUPS.has(key) && key !== 'militia') return false;
  if (view.mentions.some((m) => m.first <= k && k < m.last)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 1 - MAX_LABEL_MODIFIERS; j--) {
    if (t[j]!.key === 'the') return true;
    if (!/^[a-z-]+$/.test(t[j]!.text)) return false;
  }
  return false;
}

/** Labels that name a state's side, never an armed group: "the regime", "the occupation". */
export const STATE_LABELS = new Set([
  'regime',
  'occupation',
  'occupiers',
  'invaders',
  'aggressors',
]);
const STATE_MEANS = /^(forces|troops|army|aircraft|jets|warplanes|planes|helicopters|artillery)$/;

/**
 * "the occupation's targeting of …", "regime forces had dropped …", "the regime bombed …": a
 * state's label, bare, as the agent of a hostile act (by itself, through its armed means, or as
 * the owner of the act), within three tokens.
 */
export function stateLabelAgent(view: ContentView): boolean {
  const t = view.tokens;
  return t.some((w, k) => {
    if (!STATE_LABELS.has(w.key) || view.mentions.some((m) => m.first <= k && k < m.last))
      return false;
    let j = k + 1;
    if (t[j]?.kind === 'possessive' || STATE_MEANS.test(t[j]?.key ?? '')) j++;
    for (const end = j + 3; j < end && j < t.length; j++)
      if (HOSTILE_VERBS.has(t[j]!.key)) return true;
    return false;
  });
}

const ADDRESSED_STATE = /^(government|country|state|army|forces|troops|military)$/;

/**
 * "The steps your government is taking violate …": a state addressed in the second person, as
 * the agent of a hostile act within a few tokens, is the state the speaker is not of.
 */
export function addressedStateAgent(view: ContentView): boolean {
  const t = view.tokens;
  return t.some((w, k) => {
    if (w.key !== 'your' || !ADDRESSED_STATE.test(t[k + 1]?.key ?? '')) return false;
    for (let j = k + 2; j < k + 8 && j < t.length; j++)
      if (HOSTILE_VERBS.has(t[j]!.key)) return true;
    return false;
  });
}
