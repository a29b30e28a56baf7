/**
 * A place in a sentence that names an entity. `role` says how it names it: by name, by a demonym
 * ("Azeri fire"), as a capital that may stand for its state ("Baku said"), as the first part of a
 * compound ("Armenian-backed"), or as a description ("the war", "a Ganja resident").
 */
export type MentionRole = 'name' | 'demonym' | 'capital' | 'modifier' | 'description';

export interface Mention {
  /** First token and one past the last token, within the sentence. */
  first: number;
  last: number;
  start: number;
  end: number;
  id: string;
  role: MentionRole;
  /** For a capital: the country it stands for when used for the government. */
  countryOf?: string;
}

/** Inserts a mention, dropping any it overlaps: later passes recognize larger units. */
export function placeMention(mentions: Mention[], m: Mention): void {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const o = mentions[i]!;
    if (o.first < m.last && m.first < o.last) mentions.splice(i, 1);
  }
  let at = mentions.findIndex((o) => o.first > m.first);
  if (at < 0) at = mentions.length;
  mentions.splice(at, 0, m);
}

/** Places "the <noun>" ending at token `noun` as a description of `id` ("the city", "the group"). */
export function placeDescription(
  mentions: Mention[],
  tokens: readonly { start: number; end: number }[],
  noun: number,
  id: string,
): void {
  placeMention(mentions, {
    first: noun - 1,
    last: noun + 1,
    start: tokens[noun - 1]!.start,
    end: tokens[noun]!.end,
    id,
    role: 'description',
  });
}

export function mentionStartingAt(
  mentions: readonly Mention[],
  first: number,
): Mention | undefined {
  return mentions.find((m) => m.first === first);
}

export function mentionCovering(mentions: readonly Mention[], token: number): Mention | undefined {
  return mentions.find((m) => m.first <= token && token < m.last);
}
