import type { Token } from '../tokens';

/**
 * Who gave the tolls a report has told so far, in text order. "The military disputed that toll"
 * or "the casualty figures … do not align with …" names no one, but a reader knows whose toll is
 * meant: the last one given ("that toll"), or all of them ("the figures").
 */
export class TollGivers {
  private readonly givers: string[][] = [];

  /** Records the speakers of a statement that gives a toll. */
  record(speakers: readonly string[]): void {
    this.givers.push([...speakers]);
    // "the figures" means the tolls of the story at hand, not every toll of a long report.
    if (this.givers.length > MAX_GIVERS) this.givers.shift();
  }

  /** The givers a toll reference means, leaving out the speaker's own side. */
  meant(reference: TollReference, isOwn: (id: string) => boolean): string[] {
    const chosen = reference === 'one' ? this.givers.slice(-1) : this.givers;
    return [...new Set(chosen.flat())].filter((id) => !isOwn(id));
  }
}

export type TollReference = 'one' | 'all';

const MAX_GIVERS = 4;

const TOLL_NOUNS = new Set(['toll', 'tolls', 'figures', 'figure', 'numbers', 'count']);
const DEMONSTRATIVES = new Set(['that', 'this', 'those', 'these']);
/** "the figures published by …": "the" refers to a given toll only with a giver after it. */
const GIVEN = new Set([
  'published',
  'given',
  'released',
  'issued',
  'announced',
  'provided',
  'reported',
]);
const TOLL_MODIFIERS = new Set(['death', 'casualty', 'official']);

/**
 * "that toll", "the casualty figures published by …", "those numbers": a toll told before, referred
 * to; one ("that toll") or every one given ("the figures").
 */
export function tollReference(tokens: readonly Token[]): TollReference | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!TOLL_NOUNS.has(t.key)) continue;
    let k = i - 1;
    if (TOLL_MODIFIERS.has(tokens[k]?.key ?? '')) k--;
    const det = tokens[k]?.key ?? '';
    // "the death toll" is the attack's; "that toll" is the one just given.
    if (!DEMONSTRATIVES.has(det) && !(det === 'the' && GIVEN.has(tokens[i + 1]?.key ?? '')))
      continue;
    return t.key.endsWith('s') ? 'all' : 'one';
  }
  return undefined;
}
