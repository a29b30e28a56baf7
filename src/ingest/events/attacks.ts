import { EntityKind, RelationType } from '../../entities/vocabulary';
import type { Sentence } from '../article';
import { placeMention } from '../entities/mention';
import type { EntityRegistry } from '../entities/registry';
import { isCueWord } from '../lexicon/cues';
import { ATTACK_MODIFIERS, ATTACK_NOUNS } from '../lexicon/words';
import { slugify } from '../slug';
import { longDate } from './dates';

/**
 * A single attack told by the report ("a missile strike targeted houses in … Ganja", "another
 * strike had hit the city", "a clash with Chinese troops in the Galwan Valley") becomes an Event
 * at its place (a city or region of the sentence, or "the city" for the last city named), named
 * "<place> <attack> of <date>" when the sentence dates it, so that the same attack told twice
 * meets. A date that belongs to a cue ("the army said on Tuesday") dates the statement, not the
 * attack.
 */
const DETERMINERS = new Set([
  'a',
  'an',
  'another',
  'the',
  'this',
  'that',
  'saturday',
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
]);

function eventDate(s: Sentence): string | undefined {
  const { tokens } = s;
  const free = s.dates.filter((d) => {
    const before = tokens[d.first - 1]?.key === 'on' ? d.first - 2 : d.first - 1;
    return !isCueWord(tokens[before]?.key ?? '') && !isCueWord(tokens[d.last]?.key ?? '');
  });
  return free[free.length - 1]?.date;
}

export function recognizeAttack(
  s: Sentence,
  registry: EntityRegistry,
  lastCity: string | undefined,
  lastAttack?: string,
): string | undefined {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const key = tokens[i]!.key;
    if (
      !ATTACK_NOUNS.has(key) ||
      key.endsWith('s') ||
      s.mentions.some((m) => m.first <= i && i < m.last)
    )
      continue;
    let first = i;
    while (first > 0 && ATTACK_MODIFIERS.has(tokens[first - 1]!.key)) first--;
    const det = tokens[first - 1]?.key ?? '';
    if (!DETERMINERS.has(det) && !s.mentions.some((m) => m.last === first)) continue;
    const places = s.mentions.filter((m) => {
      const kind = registry.get(m.id)?.kind;
      return (kind === EntityKind.CITY || kind === EntityKind.REGION) && m.role !== 'capital';
    });
    let place = places.find((m) => m.first > i)?.id ?? places[places.length - 1]?.id;
    if (!place && /\bthe (city|town|village)\b/.test(tokens.map((t) => t.key).join(' ')))
      place = lastCity;
    if (!place) {
      // "the clash", "the attack": the one told last.
      if (det === 'the' && first === i && lastAttack) {
        placeMention(s.mentions, {
          first,
          last: i + 1,
          start: tokens[i]!.start,
          end: tokens[i]!.end,
          id: lastAttack,
          role: 'description',
        });
      }
      continue;
    }
    const date = eventDate(s);
    const words = tokens
      .slice(first, i + 1)
      .map((t) => t.text.toLowerCase())
      .join(' ');
    const plain = `${registry.get(place)!.name} ${words}`;
    const name = date ? `${plain} of ${longDate(date)}` : plain;
    const event = registry.ensure(
      EntityKind.EVENT,
      name,
      date ? [] : [],
      slugify(date ? `${place} ${words} ${date}` : `${place} ${words}`),
    );
    event.named = true;
    if (!event.known) registry.relate(RelationType.OCCURRED_IN, event.id, place, s.index);
    placeMention(s.mentions, {
      first,
      last: i + 1,
      start: tokens[first]!.start,
      end: tokens[i]!.end,
      id: event.id,
      role: 'description',
    });
    return event.id;
  }
  return undefined;
}

/** The date an attack event carries, from the sentence that told it. */
export { eventDate };
