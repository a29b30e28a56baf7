import { EntityKind } from '../../entities/vocabulary';
import { COUNTRIES, SEATS_OF_POWER } from '../lexicon/countries';
import { ORGANIZATIONS } from '../lexicon/organizations';
import { REGIONS } from '../lexicon/places';
import { phraseKeys, type Token } from '../tokens';
import { matchableNames } from './proper';

/**
 * Names to look for in the text, as token sequences: the known entities of the graph first, then
 * the built-in countries (names, demonyms, capitals), regions and organizations. A match is the
 * longest entry at a position. Short all-capital names ("US", "UN", "WHO") match only in capitals,
 * and names that start with a capital only where the text has one, so that "us", "who" and
 * "turkey" the bird stay words.
 */
export type GazetteerTarget =
  | { type: 'known'; id: string }
  | { type: 'country'; country: string }
  | { type: 'demonym'; country: string }
  | { type: 'capital'; country: string; city: string }
  | { type: 'seat'; country: string }
  | { type: 'region'; id: string; name: string; aliases: string[] }
  | {
      type: 'organization';
      id: string;
      name: string;
      aliases: string[];
      kind: EntityKind;
      country?: string;
    };

interface Entry {
  keys: string[];
  exact?: string[];
  capitalized: boolean;
  target: GazetteerTarget;
}

export interface GazetteerMatch {
  first: number;
  /** One past the last token. */
  last: number;
  target: GazetteerTarget;
}

function entry(phrase: string, target: GazetteerTarget): Entry {
  const keys = phraseKeys(phrase);
  const shortCaps =
    /^[A-Z.]{2,5}$/.test(phrase.replace(/\s/g, '')) && /[A-Z]{2}/.test(phrase.replace(/\./g, ''));
  return {
    keys,
    ...(shortCaps ? { exact: phrase.split(/\s+/) } : {}),
    capitalized: /^\p{Lu}/u.test(phrase),
    target,
  };
}

function builtins(): Entry[] {
  const entries: Entry[] = [];
  for (const c of COUNTRIES) {
    for (const n of [c.name, ...c.aliases])
      entries.push(entry(n, { type: 'country', country: c.id }));
    for (const d of c.demonyms) entries.push(entry(d, { type: 'demonym', country: c.id }));
    for (const city of c.capitals)
      entries.push(entry(city, { type: 'capital', country: c.id, city: c.capitals[0]! }));
  }
  for (const [name, country] of Object.entries(SEATS_OF_POWER))
    entries.push(entry(name, { type: 'seat', country }));
  for (const r of REGIONS) {
    for (const n of [r.name, ...r.aliases]) entries.push(entry(n, { type: 'region', ...r }));
  }
  for (const o of ORGANIZATIONS) {
    for (const n of [o.name, ...o.aliases]) entries.push(entry(n, { type: 'organization', ...o }));
  }
  return entries;
}

let builtinEntries: Entry[] | undefined;

export class Gazetteer {
  private readonly index = new Map<string, Entry[]>();

  constructor(known: readonly { id: string; name: string; aliases: string[] }[]) {
    const entries: Entry[] = [];
    for (const k of known)
      for (const n of matchableNames(k)) entries.push(entry(n, { type: 'known', id: k.id }));
    builtinEntries ??= builtins();
    // Known entities come first so that, at equal length, the graph's own id wins.
    for (const e of [...entries, ...builtinEntries]) {
      const first = e.keys[0];
      if (!first) continue;
      const list = this.index.get(first) ?? [];
      list.push(e);
      this.index.set(first, list);
    }
    for (const list of this.index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** The longest entry starting at token `i`, if any. */
  matchAt(tokens: readonly Token[], i: number): GazetteerMatch | undefined {
    const candidates = this.index.get(tokens[i]!.key);
    if (!candidates) return undefined;
    for (const e of candidates) {
      if (i + e.keys.length > tokens.length) continue;
      if (e.capitalized && !tokens[i]!.upper) continue;
      let ok = true;
      for (let k = 0; k < e.keys.length && ok; k++) {
        const t = tokens[i + k]!;
        ok = t.key === e.keys[k] && (!e.exact || t.text === e.exact[k]);
      }
      if (ok) return { first: i, last: i + e.keys.length, target: e.target };
    }
    return undefined;
  }

  /** Looks up a single word (a part of "Russia-brokered"), ignoring case rules. */
  matchWord(key: string): GazetteerTarget | undefined {
    return this.index.get(key)?.find((e) => e.keys.length === 1 && !e.exact)?.target;
  }
}
