import { EntityKind } from '../../entities/vocabulary';
import type { Article, Sentence } from '../article';
import { COUNTRIES } from '../lexicon/countries';
import { placeMention } from './mention';
import type { EntityRegistry } from './registry';

const REBEL = /^rebels?$/;

/**
 * "Rebel rocket fire killed …", "rebels seized the town": a report on a civil war may never name
 * the rebels, yet they are a party of it, and its accusations ("the bombardment by terrorist
 * groups") are about them. They are the rebels of the country the report names most, under its
 * demonym ("Syrian rebels"), unless the report names its rebels ("M23 rebels", "Houthi rebels",
 * "rebels of the M23"): then the name is the party and the bare word is only a description of it.
 * One pass over the tokens, after every sentence's names are known.
 */
export function unnamedRebels(article: Article, registry: EntityRegistry): void {
  const bare: { s: Sentence; token: number }[] = [];
  for (const s of article.sentences) {
    const { tokens, mentions } = s;
    for (let i = 0; i < tokens.length; i++) {
      if (!REBEL.test(tokens[i]!.key)) continue;
      if (mentions.some((m) => m.first <= i && i < m.last)) continue;
      const named =
        mentions.some((m) => m.last === i) ||
        (tokens[i + 1]?.key === 'of' && mentions.some((m) => m.first <= i + 3 && m.first > i));
      if (named) return;
      bare.push({ s, token: i });
    }
  }
  if (bare.length === 0) return;
  const demonym = mostNamedCountryDemonym(article, registry);
  if (!demonym) return;
  const rebels = registry.ensure(EntityKind.ORGANIZATION, `${demonym} rebels`, []);
  rebels.named = true;
  for (const { s, token } of bare) {
    const t = s.tokens[token]!;
    placeMention(s.mentions, {
      first: token,
      last: token + 1,
      start: t.start,
      end: t.end,
      id: rebels.id,
      role: 'name',
    });
  }
}

function mostNamedCountryDemonym(article: Article, registry: EntityRegistry): string | undefined {
  const counts = new Map<string, number>();
  for (const s of article.sentences)
    for (const m of s.mentions)
      if (registry.get(m.id)?.kind === EntityKind.COUNTRY)
        counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return COUNTRIES.find((c) => c.id === top)?.demonyms[0];
}
