import { EntityKind, RelationType } from '../graph/vocabulary';
import type { Article, Sentence } from './article';
import type { EntityRegistry } from './entities/registry';
import { placeMention } from './entities/mention';
import { ATTACK_MODIFIERS, ATTACK_NOUNS, CEASEFIRE_NOUNS, WAR_NOUNS } from './lexicon/words';
import { slugify } from './slug';

/**
 * Events a report is about. The war itself ("the war", "the fighting", "the battlefield") is one
 * Event per article, named after the place mentioned most. A single attack told by the reporter
 * ("a missile strike targeted houses in … Ganja", "another strike had hit the city") becomes an
 * Event when its place and date are at hand, named "<place> <attack> of <date>" so that the same
 * attack told twice meets.
 */

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const LONG_DETERMINERS = new Set(['a', 'an', 'another', 'the', 'this', 'that', 'saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday']);

export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

function counts(article: Article, registry: EntityRegistry, kind: EntityKind): Map<string, number> {
  const n = new Map<string, number>();
  for (const s of article.sentences) {
    for (const m of s.mentions) {
      if (registry.get(m.id)?.kind === kind && m.role === 'name') n.set(m.id, (n.get(m.id) ?? 0) + 1);
    }
  }
  return n;
}

function top(n: Map<string, number>): string | undefined {
  let best: string | undefined;
  for (const [id, c] of n) if (!best || c > n.get(best)!) best = id;
  return best;
}

/** Marks "the war", "the fighting", … as mentions of one war Event; returns its id. */
export function recognizeWar(article: Article, registry: EntityRegistry): string | undefined {
  const found: { s: Sentence; i: number; noun: string }[] = [];
  for (const s of article.sentences) {
    s.tokens.forEach((t, i) => {
      if (WAR_NOUNS.has(t.key) && s.tokens[i - 1]?.key === 'the' && !s.mentions.some((m) => m.first <= i && i < m.last)) {
        found.push({ s, i, noun: t.key });
      }
    });
  }
  if (found.length === 0) return undefined;
  const regions = counts(article, registry, EntityKind.Region);
  const place = top(regions) ?? top(counts(article, registry, EntityKind.Country));
  const noun = found.some((f) => f.noun === 'war') ? 'war' : 'conflict';
  const placeName = place ? registry.get(place)!.name : undefined;
  const name = placeName ? `${placeName} ${noun}` : `the ${noun}`;
  const aliases = [...new Set(found.map((f) => `the ${f.noun}`))];
  const war = registry.ensure(EntityKind.Event, name, aliases, slugify(name));
  war.named = true;
  if (place && !war.known) registry.relate(RelationType.OCCURRED_IN, war.id, place, found[0]!.s.index);
  for (const f of found) {
    const t = f.s.tokens[f.i]!;
    placeMention(f.s.mentions, { first: f.i, last: f.i + 1, start: t.start, end: t.end, id: war.id, role: 'description' });
  }
  return war.id;
}

/**
 * A single attack or ceasefire in a sentence, with its place (a city or region named in the
 * sentence, or "the city" for the last city named) and its date (from the sentence).
 */
export function recognizeAttack(s: Sentence, registry: EntityRegistry, lastCity: string | undefined): string | undefined {
  const { tokens } = s;
  const date = s.dates[s.dates.length - 1]?.date;
  if (!date) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    const key = tokens[i]!.key;
    const ceasefire = CEASEFIRE_NOUNS.has(key);
    if (!(ATTACK_NOUNS.has(key) && !key.endsWith('s')) && !ceasefire) continue;
    let first = i;
    while (first > 0 && (ATTACK_MODIFIERS.has(tokens[first - 1]!.key) || (ceasefire && /^[a-z-]+$/.test(tokens[first - 1]!.text) && !LONG_DETERMINERS.has(tokens[first - 1]!.key)))) first--;
    const det = tokens[first - 1]?.key ?? '';
    if (!LONG_DETERMINERS.has(det) && !s.mentions.some((m) => m.last === first)) continue;
    const places = s.mentions.filter((m) => {
      const kind = registry.get(m.id)?.kind;
      return (kind === EntityKind.City || kind === EntityKind.Region) && m.role !== 'capital';
    });
    let place = places.find((m) => m.first > i)?.id ?? places[places.length - 1]?.id;
    if (!place && /\bthe (city|town|village)\b/.test(tokens.map((t) => t.key).join(' '))) place = lastCity;
    const words = tokens.slice(first, i + 1).map((t) => t.text.toLowerCase()).join(' ');
    let name: string;
    let aliases: string[] = [];
    if (ceasefire) {
      // A ceasefire is named by what the text calls it, with its date.
      const broker = s.mentions.find((m) => m.last === first && m.role === 'modifier');
      const surface = s.tokens.slice(broker ? broker.first : first, i + 1).map((t) => t.text).join(' ');
      name = `${place ? `${registry.get(place)!.name} ` : ''}${words} of ${longDate(date)}`;
      aliases = broker ? [surface] : [];
    } else {
      if (!place) continue;
      name = `${registry.get(place)!.name} ${words} of ${longDate(date)}`;
    }
    const event = registry.ensure(EntityKind.Event, name, aliases, slugify(`${place ?? ''} ${words} ${date}`));
    event.named = true;
    if (place && !event.known) registry.relate(RelationType.OCCURRED_IN, event.id, place, s.index);
    const broker = s.mentions.find((m) => m.last === first && m.role === 'modifier' && /-(brokered|mediated)$/i.test(tokens[m.first]!.text));
    if (broker && !event.known) registry.relate(RelationType.BROKERED_BY, event.id, broker.id, s.index);
    placeMention(s.mentions, { first, last: i + 1, start: tokens[first]!.start, end: tokens[i]!.end, id: event.id, role: 'description' });
    return event.id;
  }
  return undefined;
}
