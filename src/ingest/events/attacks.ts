import { EntityKind, RelationType } from '../../entities/vocabulary';
import type { Sentence } from '../article';
import { placeMention } from '../entities/mention';
import type { EntityRegistry } from '../entities/registry';
import { isCueWord } from '../lexicon/cues';
import { slugify } from '../slug';
import { attackPhrases, type AttackPhrase } from './attack-phrase';
import { longDate } from './dates';

/** The date of the attack a sentence tells (beside its phrase, if given), not of its cue. */
function eventDate(s: Sentence, beside?: AttackPhrase): string | undefined {
  const { tokens } = s;
  const free = s.dates.filter((d) => {
    if (beside && (d.last < beside.first - NEAR || d.first > beside.noun + NEAR)) return false;
    const before = tokens[d.first - 1]?.key === 'on' ? d.first - 2 : d.first - 1;
    return !isCueWord(tokens[before]?.key ?? '') && !isCueWord(tokens[d.last]?.key ?? '');
  });
  return free[free.length - 1]?.date;
}

/** Tokens between an attack phrase and a date that is its own. */
const NEAR = 4;

export interface Told {
  id: string;
  /** The sentence that first told it. */
  sentence: number;
  place?: string;
  date?: string;
}

/**
 * A single attack told by the report ("a missile strike targeted houses in … Ganja", "another
 * strike had hit the city", "a clash with Chinese troops in the Galwan Valley") becomes an Event
 * at its place (a city or region of the sentence, or "the city" for the last city named), named
 * "<place> <attack> of <date>" when the sentence dates it, so that the same attack told twice
 * meets. A date that belongs to a cue ("the army said on Tuesday") dates the statement, not the
 * attack.
 *
 * News tells one attack over several sentences, each adding what the last left out: "Tuesday's
 * air strike on a northwestern village" (a date, no place), then "the air strike on the remote
 * Kanbalu township" (the place), then "the attack", "the deadly air strike". A definite phrase
 * ("the", "this", a weekday) that does not contradict the attack told last (another place or
 * another day) is that attack, and what it adds becomes the event's names too: "air strike of 11
 * April 2023" is how a reader who knows the village's name would still recognize it. An attack
 * with no place is an event when its sentence dates it or it says what was struck ("an Israeli
 * strike on a tent camp").
 */
export class AttackTracker {
  private last: Told | undefined;

  constructor(private readonly registry: EntityRegistry) {}

  /** The attack event the sentence tells or refers to, if any; its phrase becomes a mention. */
  recognize(s: Sentence, lastCity: string | undefined): Told | undefined {
    const date = eventDate(s);
    const tokenKeys = s.tokens.map((t) => t.key).join(' ');
    const cityNamed = /\bthe (city|town|village)\b/.test(tokenKeys);
    for (const phrase of attackPhrases(s, this.registry)) {
      const place = phrase.place ?? (cityNamed ? lastCity : undefined);
      const last = this.last;
      // Told again, an attack is dated only by a date beside it ("the strike early on Tuesday"),
      // not by one of another clause ("commanders met on June 6 … the clash broke out").
      const own = eventDate(s, phrase);
      const same =
        phrase.definite &&
        last !== undefined &&
        (!place || !last.place || place === last.place) &&
        (!own || !last.date || own === last.date);
      let id: string | undefined;
      if (same) id = this.learn(last, phrase, s.index, place, own);
      else if (place || date || phrase.object) id = this.create(phrase, s.index, place, date);
      if (!id) continue;
      placeMention(s.mentions, {
        first: phrase.first,
        last: phrase.noun + 1,
        start: s.tokens[phrase.first]!.start,
        end: s.tokens[phrase.noun]!.end,
        id,
        role: 'description',
      });
      return this.last;
    }
    return undefined;
  }

  private create(phrase: AttackPhrase, sentence: number, place?: string, date?: string): string {
    const { registry } = this;
    const placeName = place ? registry.get(place)!.name : undefined;
    const plain = placeName
      ? `${placeName} ${phrase.words}`
      : `${phrase.object ? `${phrase.object} ` : ''}${phrase.words}`;
    const name = date ? `${plain} of ${longDate(date)}` : plain;
    const event = registry.ensure(
      EntityKind.EVENT,
      name,
      date ? [`${phrase.words} of ${longDate(date)}`] : [],
      slugify(date ? `${place ?? phrase.object ?? ''} ${phrase.words} ${date}` : plain),
    );
    event.named = true;
    if (place && !event.known) registry.relate(RelationType.OCCURRED_IN, event.id, place, sentence);
    this.last = {
      id: event.id,
      sentence,
      ...(place ? { place } : {}),
      ...(date ? { date } : {}),
    };
    return event.id;
  }

  /** The attack told last, told again: what this phrase adds (a place, a day) names it too. */
  private learn(
    last: Told,
    phrase: AttackPhrase,
    sentence: number,
    place?: string,
    date?: string,
  ): string {
    const event = this.registry.get(last.id);
    if (!event || event.known) return last.id;
    if (date && !last.date) {
      last.date = date;
      const when = longDate(date);
      const before = event.name;
      event.name = `${before} of ${when}`;
      this.registry.addAliases(event, [before, `${phrase.words} of ${when}`]);
    }
    if (place && !last.place) {
      last.place = place;
      const placeName = this.registry.get(place)!.name;
      const when = last.date ? ` of ${longDate(last.date)}` : '';
      this.registry.addAliases(event, [`${placeName} ${phrase.words}${when}`]);
      this.registry.relate(RelationType.OCCURRED_IN, event.id, place, sentence);
    }
    return last.id;
  }
}
