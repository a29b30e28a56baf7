/**
 * The names of a known entity that may be looked for in any article: its name, and those aliases
 * that are proper names (with a capitalized word). Generic aliases the graph may hold ("the war",
 * "the fighting", "separatists", "the ministry") are common phrases that every report uses for its
 * own war or ministry; matching them would pull an unrelated article's phrase onto this entity.
 */
export function matchableNames(known: { name: string; aliases: readonly string[] }): string[] {
  return [known.name, ...known.aliases.filter((a) => /\p{Lu}/u.test(a))];
}
