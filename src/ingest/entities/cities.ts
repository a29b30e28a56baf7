import { EntityKind } from '../../entities/vocabulary';
import type { Sentence } from '../article';
import { placeDescription, type Mention } from './mention';
import type { EntityRegistry } from './registry';

/**
 * "Inside the city, …", "the town": the city named last, as "the army" is the army named last.
 * A place the report introduced with its noun ("the city of Idlib", "the rebel-held town of
 * Saraqeb") is what that noun means later: "the city" after "the town of Saraqeb, southeast of
 * Idlib" is Idlib, the city, not the town named since.
 */
const CITY_NOUNS = new Set(['city', 'town']);

export class CityReference {
  /** The noun each place was introduced with, and the place each noun introduced last. */
  private readonly nounOf = new Map<string, string>();
  private readonly lastOf = new Map<string, string>();

  constructor(private readonly registry: EntityRegistry) {}

  /** The city the sentence names last (also a region introduced as "the city of X"). */
  cityIn(s: Sentence): string | undefined {
    let last: string | undefined;
    for (const m of s.mentions) {
      const noun = introducedAs(s, m);
      if (noun) {
        this.nounOf.set(m.id, noun);
        this.lastOf.set(noun, m.id);
      }
      const kind = this.registry.get(m.id)?.kind;
      if ((kind === EntityKind.CITY && m.role !== 'capital') || noun === 'city') last = m.id;
    }
    return last;
  }

  /** Marks the sentence's "the city" and "the town" as mentions of the city they mean. */
  referTo(s: Sentence, city: string): void {
    const { tokens } = s;
    for (let i = 1; i < tokens.length; i++) {
      const noun = tokens[i]!.key;
      if (tokens[i - 1]!.key !== 'the' || !CITY_NOUNS.has(noun)) continue;
      // "the city of Idlib" names it.
      if (tokens[i + 1]?.key === 'of' || s.mentions.some((m) => m.first <= i && i < m.last))
        continue;
      const introduced = this.nounOf.get(city);
      const id = introduced && introduced !== noun ? (this.lastOf.get(noun) ?? city) : city;
      placeDescription(s.mentions, tokens, i, id);
    }
  }
}

/** "the city of X", "the rebel-held town of X": the noun the mention was introduced with. */
function introducedAs(s: Sentence, m: Mention): string | undefined {
  const noun = s.tokens[m.first - 2]?.key ?? '';
  return s.tokens[m.first - 1]?.key === 'of' && CITY_NOUNS.has(noun) ? noun : undefined;
}
