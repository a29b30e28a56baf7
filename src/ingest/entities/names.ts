import { EntityKind } from '../../graph/vocabulary';
import type { Sentence } from '../article';
import { isCueWord } from '../lexicon/cues';
import { NAME_PARTICLES, TITLE_HEADS } from '../lexicon/titles';
import { NOT_NAMES, ORGANIZATION_HEADS } from '../lexicon/words';
import type { Token } from '../tokens';
import type { RecognitionContext } from './context';
import { mentionCovering, placeMention } from './mention';

/**
 * Names no lexicon knows: runs of capitalized words that are not the first word of a sentence by
 * accident ("Many", "Also"). What they name is decided, in order, by a name seen before (a
 * surname), the last word ("... Forces" is an organization), compromise's tags (first names,
 * places it knows), the words around them ("the city of X", "two regions, X and Y") and length (two
 * or three words are most often a person).
 */

const PLACE_NOUNS = new Map<string, EntityKind>([
  ['city', EntityKind.City], ['cities', EntityKind.City], ['town', EntityKind.City],
  ['towns', EntityKind.City], ['village', EntityKind.City], ['villages', EntityKind.City],
  ['capital', EntityKind.City], ['port', EntityKind.City], ['settlement', EntityKind.City],
  ['settlements', EntityKind.City], ['region', EntityKind.Region], ['regions', EntityKind.Region],
  ['district', EntityKind.Region], ['districts', EntityKind.Region], ['province', EntityKind.Region],
  ['provinces', EntityKind.Region], ['oblast', EntityKind.Region], ['governorate', EntityKind.Region],
  ['territory', EntityKind.Region], ['state', EntityKind.Region], ['area', EntityKind.Region],
  ['areas', EntityKind.Region],
]);
const LOCATIVE = new Set(['in', 'near', 'at', 'outside', 'into', 'towards', 'toward', 'around', 'across', 'from', 'to', 'inside', 'over']);
const PERSON_TAGS = ['Person', 'FirstName', 'MaleName', 'FemaleName', 'Honorific'];
const PLACE_TAGS = ['Place', 'City', 'Country', 'Region'];
const NOT_PROPER_TAGS = ['Adverb', 'Determiner', 'Pronoun', 'Conjunction', 'Preposition', 'Verb', 'QuestionWord', 'Adjective', 'Value'];

const isCap = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && t.upper && !NOT_NAMES.has(t.key) && !TITLE_HEADS.has(t.key) && !/^\p{Lu}\.?$/u.test(t.text);

/** Mostly capitalized: a headline in title case, where capitals say nothing. */
function titleCased(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && /^\p{L}/u.test(t.text));
  return words.length >= 4 && words.filter((t) => t.upper).length / words.length > 0.6;
}

function placeContext(tokens: readonly Token[], first: number, last: number): EntityKind | undefined {
  const after = PLACE_NOUNS.get(tokens[last]?.key ?? '');
  if (after === EntityKind.Region) return after;
  for (let k = first - 1; k >= Math.max(0, first - 10); k--) {
    const kind = PLACE_NOUNS.get(tokens[k]!.key);
    if (kind) return kind;
    if (tokens[k]!.text === '.' || tokens[k]!.text === ';') break;
  }
  return undefined;
}

export function recognizeNames(s: Sentence, ctx: RecognitionContext): void {
  const { tokens } = s;
  if (titleCased(tokens)) return;
  let tags: Map<number, Set<string>> | undefined | null = null;
  const tagsOf = (t: Token): Set<string> => {
    if (tags === null) tags = ctx.tagger.tag(ctx.text.slice(s.start, s.end), s.start);
    return tags?.get(t.start) ?? new Set();
  };
  const has = (t: Token, names: readonly string[]): boolean => names.some((n) => tagsOf(t).has(n));
  for (let i = 0; i < tokens.length; i++) {
    if (!isCap(tokens[i]) || mentionCovering(s.mentions, i)) continue;
    let j = i + 1;
    while (j < tokens.length && j < i + 5 && !mentionCovering(s.mentions, j)) {
      if (isCap(tokens[j])) j++;
      else if (NAME_PARTICLES.has(tokens[j]!.key) && !tokens[j]!.upper && isCap(tokens[j + 1])) j++;
      else break;
    }
    let first = i;
    const last = j;
    i = j - 1;
    // The first word of a sentence (or of a quote) is capitalized anyway: keep it only when
    // compromise takes it for a name.
    const prev = tokens[first - 1];
    const initial = first === 0 || (prev !== undefined && (prev.kind === 'quote' || prev.text === ':'));
    if (initial && (has(tokens[first]!, NOT_PROPER_TAGS) || !has(tokens[first]!, ['ProperNoun', ...PERSON_TAGS, ...PLACE_TAGS]))) first++;
    if (first >= last) continue;
    const name = ctx.text.slice(tokens[first]!.start, tokens[last - 1]!.end);
    const span = { first, last, start: tokens[first]!.start, end: tokens[last - 1]!.end };
    const seen = ctx.registry.lookup([name]);
    if (seen) {
      placeMention(s.mentions, { ...span, id: seen, role: 'name' });
      continue;
    }
    const words = tokens.slice(first, last);
    const context = placeContext(tokens, first, last);
    const prevKey = tokens[first - 1]?.key ?? '';
    let kind: EntityKind | undefined;
    if (ORGANIZATION_HEADS.has(words[words.length - 1]!.key) && words.length > 1) kind = EntityKind.Organization;
    else if (words.some((w) => has(w, PERSON_TAGS)) && words.length > 1) kind = EntityKind.Person;
    else if (context) kind = context;
    else if (words.some((w) => has(w, PLACE_TAGS))) kind = EntityKind.City;
    else if (words.some((w) => has(w, ['Organization']))) kind = EntityKind.Organization;
    else if (words.length > 1) kind = EntityKind.Person;
    else if (isCueWord(tokens[last]?.key ?? '') || words.some((w) => has(w, PERSON_TAGS))) kind = EntityKind.Person;
    else if (LOCATIVE.has(prevKey)) kind = EntityKind.City;
    if (!kind) continue;
    const surname = kind === EntityKind.Person && words.length > 1 ? [words[words.length - 1]!.text] : [];
    const entity = ctx.registry.ensure(kind, name, surname);
    entity.named = true;
    placeMention(s.mentions, { ...span, id: entity.id, role: 'name' });
  }
}
