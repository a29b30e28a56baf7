import { EntityKind, RelationType } from '../../entities/vocabulary';
import type { Article, Sentence } from '../article';
import { placeMention, type Mention } from '../entities/mention';
import type { EntityRegistry } from '../entities/registry';
import { WAR_NOUNS } from '../lexicon/words';
import { slugify } from '../slug';

/**
 * The war a report is about is one Event per article: "the war", "the fighting", "the
 * battlefield", "the war in Ukraine", "the Tigray war". It is named after the place the text
 * gives it ("war in X", "X war"), else after the region of the lead (the headline and first
 * sentence), else after the lead's countries: "Nagorno-Karabakh war", "Russia-Ukraine war".
 */

const WATER = /\b(sea|ocean|gulf|strait|channel|bay|river|lake)$/i;

function placeKind(registry: EntityRegistry, m: Mention | undefined): EntityKind | undefined {
  return m ? registry.get(m.id)?.kind : undefined;
}

/** The place the lead (headline and first sentence) is about: its region, else its countries. */
export function leadPlace(article: Article, registry: EntityRegistry): string | undefined {
  // The headlines and the first sentence of the body (a report may have no headline).
  const body = article.sentences.findIndex((s) => !s.headline);
  const lead = article.sentences.slice(0, body < 0 ? 2 : body + 1);
  const mentions = lead
    .flatMap((s) => s.mentions)
    .filter((m) => m.role === 'name' || m.role === 'demonym');
  const region = mentions.find(
    (m) => placeKind(registry, m) === EntityKind.REGION && !WATER.test(registry.get(m.id)!.name),
  );
  if (region) return registry.get(region.id)!.name;
  const countries = [
    ...new Set(
      mentions
        .filter((m) => placeKind(registry, m) === EntityKind.COUNTRY)
        .map((m) => registry.get(m.id)!.name),
    ),
  ];
  if (countries.length === 1) return countries[0];
  if (countries.length >= 2) return `${countries[0]}-${countries[1]}`;
  return undefined;
}

/** The country the report names most, for a war the lead does not place. */
function mostNamedCountry(article: Article, registry: EntityRegistry): string | undefined {
  const counts = new Map<string, number>();
  for (const s of article.sentences)
    for (const m of s.mentions)
      if (placeKind(registry, m) === EntityKind.COUNTRY)
        counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  return top ? registry.get(top[0])!.name : undefined;
}

interface WarMention {
  s: Sentence;
  first: number;
  last: number;
  noun: string;
  place?: string;
}

function findWarMentions(article: Article, registry: EntityRegistry): WarMention[] {
  const found: WarMention[] = [];
  for (const s of article.sentences) {
    const { tokens } = s;
    tokens.forEach((t, i) => {
      if (!WAR_NOUNS.has(t.key) || s.mentions.some((m) => m.first <= i && i < m.last)) return;
      const before = s.mentions.find((m) => m.last === i);
      const after =
        tokens[i + 1]?.key === 'in' ? s.mentions.find((m) => m.first === i + 2) : undefined;
      // "the war in Tripoli": a city after "in" names the war too, not one before ("Tripoli war").
      const named = [before, after].find(
        (m) =>
          m &&
          (placeKind(registry, m) === EntityKind.REGION ||
            placeKind(registry, m) === EntityKind.COUNTRY ||
            (m === after && placeKind(registry, m) === EntityKind.CITY)),
      );
      const det = tokens[(before && named === before ? before.first : i) - 1]?.key;
      if (det !== 'the' && !named) return;
      if (named) {
        const first = named === before ? before!.first : i;
        const last = named === after ? after!.last : i + 1;
        found.push({ s, first, last, noun: t.key, place: registry.get(named.id)!.name });
      } else found.push({ s, first: i, last: i + 1, noun: t.key });
    });
  }
  return found;
}

function ctxText(f: WarMention): string {
  return f.s.tokens
    .slice(f.first, f.last)
    .map((t) => t.text)
    .join(' ');
}

/** Marks the war's mentions as one Event; returns its id. */
export function recognizeWar(article: Article, registry: EntityRegistry): string | undefined {
  const found = findWarMentions(article, registry);
  if (found.length === 0) return undefined;
  const place =
    found.find((f) => f.place && f.noun === 'war')?.place ??
    leadPlace(article, registry) ??
    found.find((f) => f.place)?.place ??
    mostNamedCountry(article, registry);
  const noun = found.some((f) => f.noun === 'war') ? 'war' : 'conflict';
  const name = place ? `${place} ${noun}` : `the ${noun}`;
  // What the text itself calls it ("the Ethiopian conflict") are other names of the same war.
  const surfaces = found.filter((f) => f.place).map((f) => ctxText(f));
  // News calls one war a war and a conflict by turns: both nouns name it.
  const other = noun === 'war' ? 'conflict' : 'war';
  const variants = place
    ? [`${noun} in ${place}`, `${place} ${other}`, `${other} in ${place}`]
    : [];
  const aliases = [...variants, ...surfaces];
  const war = registry.ensure(EntityKind.EVENT, name, aliases, slugify(name));
  war.named = true;
  const region = place ? registry.lookup([place]) : undefined;
  if (region && !war.known)
    registry.relate(RelationType.OCCURRED_IN, war.id, region, found[0]!.s.index);
  for (const f of found) {
    const start = f.s.tokens[f.first]!.start;
    placeMention(f.s.mentions, {
      first: f.first,
      last: f.last,
      start,
      end: f.s.tokens[f.last - 1]!.end,
      id: war.id,
      role: 'description',
    });
  }
  return war.id;
}
