import { EntityKind } from '../../entities/vocabulary';

/** Words around place names, which tell a place from a person or a body. */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Nouns that introduce places of a kind: "the city of Ganja", "two regions, Fizuli and Jabrail". */
export const PLACE_NOUNS: ReadonlyMap<string, EntityKind> = new Map([
  ...[...set(`city cities town towns village villages capital port settlement settlements`)].map(
    (w) => [w, EntityKind.CITY] as const,
  ),
  ...[
    ...set(
      `region regions district districts province provinces oblast governorate territory state area areas valley`,
    ),
  ].map((w) => [w, EntityKind.REGION] as const),
]);
/** Last words of place names: "Galwan Valley", "Golan Heights", "Sinai Peninsula". */
export const PLACE_NAME_ENDS = set(
  `valley river mountains hills heights peninsula strip bank region province district oblast governorate island islands lake desert plateau pass corridor border`,
);
/** "in Khan Younis": a place even when its words look like a person's name. */
export const AT_PLACE = set(`in near at outside inside across around`);
/** "a resident of Rafah", "the mayor of Kharkiv": "of" then a place. */
export const PLACE_OWNERS = set(
  `resident residents people mayor governor outskirts centre center north south east west city town village`,
);
/** Prepositions before a single unknown name that make it a place. */
export const LOCATIVE = set(
  `in near at outside into towards toward around across from to inside over`,
);
/** "West Darfur", "North Kordofan": a direction before a known place makes a new place. */
export const DIRECTIONS = set(
  `north south east west northern southern eastern western central upper lower greater`,
);
