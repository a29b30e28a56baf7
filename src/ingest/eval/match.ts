import { nameKey } from '../../text/normalize';

/**
 * Matching predictions with the annotation. Entities meet when one of their names (name,
 * aliases, or the id read as words) is the same after normalization (case, accents, punctuation
 * and a leading "the" or article ignored), or when a name of two or more words appears whole,
 * word for word, inside a name of the other ("Sudan war" in "2023 Sudan war", "Galwan Valley
 * clash" in "Galwan Valley clash of 15 June 2020"); kinds are not compared. Statements meet when their
 * evidence spans overlap and, after mapping predicted ids to annotated ones, their speaker sets
 * are equal; every pairing is one-to-one.
 */
export interface NamedEntity {
  id: string;
  name: string;
  aliases?: readonly string[];
}

export function normalizeName(name: string): string {
  return nameKey(name)
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(the|a|an) /, '');
}

/** Whether the two normalized names are equal or one holds the other (of 2+ words) whole. */
export function namesMeet(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.includes(' ') && ` ${long} `.includes(` ${short} `);
}

export function namesOf(e: NamedEntity): Set<string> {
  return new Set(
    [e.name, ...(e.aliases ?? []), e.id.replace(/-/g, ' ')]
      .map(normalizeName)
      .filter((n) => n.length > 0),
  );
}

/**
 * One-to-one matching of predicted entities with annotated ones (exact name first), and a map
 * from every predicted id to the annotated id it names, if any (many-to-one: two spellings of one
 * annotated entity both count when they speak).
 */
export function matchEntities(
  predicted: readonly NamedEntity[],
  gold: readonly NamedEntity[],
): { pairs: number; idMap: Map<string, string> } {
  const goldNames = gold.map((g) => ({ id: g.id, names: namesOf(g), main: normalizeName(g.name) }));
  const idMap = new Map<string, string>();
  const taken = new Set<string>();
  let pairs = 0;
  const ranked = predicted.map((p) => {
    const names = namesOf(p);
    const exact = goldNames.filter((g) => [...names].some((n) => g.names.has(n)));
    const loose = goldNames.filter(
      (g) =>
        !exact.includes(g) && [...names].some((n) => [...g.names].some((m) => namesMeet(n, m))),
    );
    exact.sort(
      (a, b) => Number(b.main === normalizeName(p.name)) - Number(a.main === normalizeName(p.name)),
    );
    const candidates = [...exact, ...loose];
    return { p, candidates };
  });
  for (const { p, candidates } of ranked) {
    if (candidates[0]) idMap.set(p.id, candidates[0].id);
    const free = candidates.find((c) => !taken.has(c.id));
    if (free) {
      taken.add(free.id);
      pairs++;
      idMap.set(p.id, free.id);
    }
  }
  return { pairs, idMap };
}

export interface Span {
  start: number;
  end: number;
}

export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

/** Jaccard similarity of two sets; two empty sets are equal. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 && sb.size === 0) return 1;
  const inter = [...sa].filter((x) => sb.has(x)).length;
  return inter / (sa.size + sb.size - inter);
}

/** Greedy one-to-one pairing by overlap, largest first, of items that `agree`. */
export function pairStatements<P extends Span, G extends Span>(
  predicted: readonly P[],
  gold: readonly G[],
  agree: (p: P, g: G) => boolean,
): [P, G][] {
  const candidates: { p: number; g: number; o: number }[] = [];
  predicted.forEach((p, i) =>
    gold.forEach((g, j) => {
      const o = overlap(p, g);
      if (o > 0 && agree(p, g)) candidates.push({ p: i, g: j, o });
    }),
  );
  candidates.sort((a, b) => b.o - a.o);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: [P, G][] = [];
  for (const c of candidates) {
    if (usedP.has(c.p) || usedG.has(c.g)) continue;
    usedP.add(c.p);
    usedG.add(c.g);
    pairs.push([predicted[c.p]!, gold[c.g]!]);
  }
  return pairs;
}
