import type { Prng } from './prng';

/**
 * Pronounceable made-up names. Every name drawn from one `Names` is unique (so a name finds one
 * entity) and none is a real place or person, so generated data can never be mistaken for news.
 */
const ONSETS = ['b', 'd', 'k', 'l', 'm', 'n', 'r', 's', 't', 'v', 'z', 'g', 'f', 'h', 'p', 'y'];
const CLUSTERS = ['br', 'dr', 'kr', 'tr', 'st', 'sk', 'gr', 'pl', 'vr', 'sh'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'o', 'ai', 'ei', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'k', 'm', 'th'];
const COUNTRY_ENDINGS = ['ia', 'land', 'stan', 'ova', 'ora', 'ania', 'eth', 'mar', 'idia'];

export class Names {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Prng) {}

  private syllables(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) {
      const onset = this.rng.chance(0.2) ? this.rng.pick(CLUSTERS) : this.rng.pick(ONSETS);
      out += onset + this.rng.pick(VOWELS) + (i === count - 1 ? '' : this.rng.pick(CODAS));
    }
    return out;
  }

  private unique(make: () => string): string {
    for (;;) {
      const name = make();
      const key = name.toLowerCase();
      if (!this.used.has(key)) {
        this.used.add(key);
        return name;
      }
    }
  }

  word(min = 2, max = 3): string {
    return this.unique(() => capitalize(this.syllables(this.rng.int(min, max))));
  }

  country(): string {
    return this.unique(() =>
      capitalize(this.syllables(this.rng.int(1, 2)) + this.rng.pick(COUNTRY_ENDINGS)),
    );
  }

  person(): string {
    return this.unique(
      () =>
        `${capitalize(this.syllables(this.rng.int(1, 2)))} ${capitalize(this.syllables(this.rng.int(2, 3)))}`,
    );
  }

  weapon(): string {
    return this.unique(() => {
      const letters = String.fromCharCode(65 + this.rng.int(0, 25), 65 + this.rng.int(0, 25));
      return `${letters}-${this.rng.int(1, 99) * 10}`;
    });
  }
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "Valoria" → "Valorian": good enough for made-up countries. */
export function demonym(country: string): string {
  return /[aeiou]$/.test(country) ? `${country}n` : `${country}ian`;
}

export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
