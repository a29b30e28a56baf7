import { EntityKind } from '../../entities/vocabulary';
import type { Sentence } from '../article';
import type { EntityRegistry } from '../entities/registry';
import { isCueWord } from '../lexicon/cues';
import { ATTACK_MODIFIERS, ATTACK_NOUNS, HOSTILE_VERBS } from '../lexicon/words';
import type { Token } from '../tokens';

/**
 * One noun phrase that tells a single attack: "a missile strike", "Tuesday's air strike", "the
 * deadly air strike on the remote … township", "an Israeli strike on a tent camp". Read within a
 * few tokens of its noun, so that a sentence costs its length.
 */
export interface AttackPhrase {
  /** First token (a modifier or the noun) and the noun. */
  first: number;
  noun: number;
  /** "air strike", "attack": the words the report uses, lower-case. */
  words: string;
  /** "the", "this", a weekday: the report has told it before (or dates it). */
  definite: boolean;
  /** The city or region it happened at, if the phrase or the sentence places it. */
  place?: string;
  /** What was struck, when no place is named: "tent camp" in "a strike on a tent camp". */
  object?: string;
}

const INDEFINITE = new Set(['a', 'an', 'another']);
const DEFINITE = new Set(['the', 'this', 'that']);
const WEEKDAYS = new Set([
  'saturday',
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
]);
/** Words that end a noun phrase: an adjective before the noun is none of these. */
const PHRASE_BREAKS = new Set(
  `and or but to of in on at by for with from into over against near after before during that
  which who whose as is was were are be been has had have not no its their his her our`.split(
    /\s+/,
  ),
);
const LOCATIVES = new Set(['in', 'near', 'at', 'outside', 'inside', 'around', 'across', 'on']);
const OBJECT_PREPOSITIONS = new Set(['on', 'at', 'against']);
/** Adjectives between the determiner and the attack: "the deadly air strike", "a separate strike". */
const MAX_ADJECTIVES = 2;
const MAX_OBJECT_WORDS = 2;

function isAdjective(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    t.kind === 'word' &&
    !t.upper &&
    !PHRASE_BREAKS.has(t.key) &&
    !DEFINITE.has(t.key) &&
    !INDEFINITE.has(t.key) &&
    !isCueWord(t.key)
  );
}

/** The determiner of the phrase that starts at `first`, as definite, indefinite or none. */
function determiner(s: Sentence, first: number): 'definite' | 'indefinite' | undefined {
  const { tokens } = s;
  let k = first - 1;
  // "an Israeli strike": the agent's name stands between the determiner and the noun.
  const agent = s.mentions.find((m) => m.last === first);
  if (agent) k = agent.first - 1;
  for (let n = 0; n < MAX_ADJECTIVES && isAdjective(tokens[k]); n++) k--;
  const key = tokens[k]?.key ?? '';
  if (DEFINITE.has(key) || WEEKDAYS.has(key)) return 'definite';
  if (tokens[k]?.kind === 'possessive' && WEEKDAYS.has(tokens[k - 1]?.key ?? '')) return 'definite';
  if (INDEFINITE.has(key)) return 'indefinite';
  return agent ? 'indefinite' : undefined;
}

function placeOf(
  s: Sentence,
  registry: EntityRegistry,
  first: number,
  noun: number,
): string | undefined {
  const places = s.mentions.filter((m) => {
    const kind = registry.get(m.id)?.kind;
    return (kind === EntityKind.CITY || kind === EntityKind.REGION) && m.role !== 'capital';
  });
  // "on a village southwest of Idlib": a place the attack is told relative to is not its place.
  const at = places.findIndex((m) => m.first > noun && !relative(s.tokens, m.first));
  const after = places[at];
  // "in central Gaza's Deir El-Balah area": the owned place is the nearer one.
  const owned = places[at + 1];
  if (
    after &&
    owned &&
    s.tokens[after.last]?.kind === 'possessive' &&
    owned.first === after.last + 1
  )
    return owned.id;
  if (after) return after.id;
  // Before the attack, only a place that qualifies it ("the Ganja strike") or sets the scene ("In
  // Ganja, a strike …"): a dateline or the owner of a body ("Gaza's Health Ministry") does not.
  const before = places.filter((m) => {
    if (m.last > first) return false;
    if (m.last === first) return true;
    const prev = s.tokens[m.first - 1]?.key === 'the' ? m.first - 2 : m.first - 1;
    return LOCATIVES.has(s.tokens[prev]?.key ?? '');
  });
  return before[before.length - 1]?.id;
}

const DIRECTIONS = new Set(
  `north south east west northeast northwest southeast southwest northern southern eastern western`.split(
    ' ',
  ),
);

/** "southwest of Idlib", "30km north of the city of X": a place as the reference of a direction. */
function relative(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.key === 'the') k--;
  return tokens[k]?.key === 'of' && DIRECTIONS.has(tokens[k - 1]?.key ?? '');
}

function objectOf(tokens: readonly Token[], noun: number): string | undefined {
  if (!OBJECT_PREPOSITIONS.has(tokens[noun + 1]?.key ?? '')) return undefined;
  const det = tokens[noun + 2]?.key ?? '';
  if (!INDEFINITE.has(det) && det !== 'the') return undefined;
  const words: string[] = [];
  // "on a clinic killed four": the object ends where the clause's verb begins.
  for (let k = noun + 3; k < tokens.length && isAdjective(tokens[k]); k++) {
    const key = tokens[k]!.key;
    if (HOSTILE_VERBS.has(key) || DIRECTIONS.has(key) || (words.length > 0 && key.endsWith('ed')))
      break;
    if (words.length === MAX_OBJECT_WORDS) break;
    words.push(key);
  }
  return words.length > 0 ? words.join(' ') : undefined;
}

/** The attack phrases of a sentence, in order. */
export function attackPhrases(s: Sentence, registry: EntityRegistry): AttackPhrase[] {
  const { tokens } = s;
  const found: AttackPhrase[] = [];
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
    const det = determiner(s, first);
    if (!det) continue;
    const place = placeOf(s, registry, first, i);
    const object = objectOf(tokens, i);
    found.push({
      first,
      noun: i,
      words: tokens
        .slice(first, i + 1)
        .map((t) => t.key)
        .join(' '),
      definite: det === 'definite',
      ...(place ? { place } : {}),
      ...(object ? { object } : {}),
    });
  }
  return found;
}
