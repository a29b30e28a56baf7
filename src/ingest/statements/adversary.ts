import { EntityKind } from '../../entities/vocabulary';
import type { Article } from '../article';
import type { EntityRegistry } from '../entities/registry';
import { ARMED_LABELS } from '../entities/armed-groups';
import { PEJORATIVE_AGENTS } from '../lexicon/stance-words';
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
      const first = registry.get(id)?.name.split(' ')[0]?.toLowerCase() ?? '';
      return registry.get(id)?.kind === EntityKind.ORGANIZATION && ARMED_LABELS.has(first);
    });
  }

  /** The n most named parties. */
  top(n: number): string[] {
    return this.ranked.slice(0, n);
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
  // "an attack carried out by “the coup forces”": the agent after "by", past quotes and "the".
  return t.some((w, k) => {
    if (w.key !== 'by') return false;
    let j = k + 1;
    while (j < t.length && j < k + 4 && (t[j]!.kind === 'quote' || t[j]!.key === 'the')) j++;
    return label(j);
  });
}
