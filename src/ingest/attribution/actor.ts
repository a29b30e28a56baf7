import { EntityKind } from '../../entities/vocabulary';
import type { Sentence } from '../article';
import type { Mention } from '../entities/mention';
import type { EntityRegistry } from '../entities/registry';

/** Who speaks, and where the text names them. */
export interface Speaker {
  ids: string[];
  /** Offsets of the words that name the speaker. */
  start: number;
  end: number;
  /** First and one-past-last token, within the sentence. */
  first: number;
  last: number;
  confidence: number;
}

const ACTOR_KINDS = new Set([
  EntityKind.COUNTRY,
  EntityKind.ORGANIZATION,
  EntityKind.LEADER,
  EntityKind.PERSON,
]);

/** The actor a mention names as a speaker, or undefined for places, weapons and events. */
export function actorOf(registry: EntityRegistry, m: Mention): string | undefined {
  if (m.role === 'capital' && m.countryOf) return m.countryOf;
  const kind = registry.get(m.id)?.kind;
  return kind && ACTOR_KINDS.has(kind) ? m.id : undefined;
}

export function span(
  s: Sentence,
  first: number,
  last: number,
  ids: string[],
  confidence: number,
): Speaker {
  return {
    ids,
    first,
    last,
    start: s.tokens[first]!.start,
    end: s.tokens[last - 1]!.end,
    confidence,
  };
}
