import { EntityKind } from '../../entities/vocabulary';
import type { Sentence } from '../article';
import { isCueWord } from '../lexicon/cues';
import {
  AT_PLACE,
  DIRECTIONS,
  LOCATIVE,
  PLACE_NAME_ENDS,
  PLACE_NOUNS,
  PLACE_OWNERS,
} from '../lexicon/place-words';
import { NAME_PARTICLES, TITLE_HEADS } from '../lexicon/titles';
import {
  AGREEMENT_NOUNS,
  NAMING_HEADS,
  NOT_NAMES,
  ORGANIZATION_HEADS,
  TALKS_NOUNS,
} from '../lexicon/words';
import type { Token } from '../tokens';
import type { RecognitionContext } from './context';
import { mentionCovering, placeMention } from './mention';
import { acronymOf, earlierBody } from './name-links';
import { recognizeOwnedOrganization } from './owned';

/**
 * Names no lexicon knows: runs of capitalized words ("Rapid Support Forces", "Line of Actual
 * Control", "Sudan Doctors’ Union", "Abdel Fattah al-Burhan") that are not the first word of a
 * sentence by accident ("Many", "Also"; a first word followed by "said" is a name). What they name is decided, in order, by a name seen
 * before (the full name, or one word of exactly one person's name: "Peskov", "Wang"), the last
 * word ("... Forces" is an organization), compromise's tags (first names, places it knows), the
 * words around them ("the city of X", "two regions, X and Y") and length (two or three words are
 * most often a person).
 */

const PERSON_TAGS = ['Person', 'FirstName', 'MaleName', 'FemaleName', 'Honorific'];
const PLACE_TAGS = ['Place', 'City', 'Country', 'Region'];
const NOT_PROPER_TAGS = [
  'Adverb',
  'Determiner',
  'Pronoun',
  'Conjunction',
  'Preposition',
  'Verb',
  'QuestionWord',
  'Adjective',
  'Value',
];
const BODY_NAME_WORDS = new Set(['defence', 'defense', 'forces', 'security', 'national']);
const PREFIXED_NAME = /^(al|el|bin|ibn|abu|ben|van|von|de|da|di)-\p{Lu}/u;

const isCap = (t: Token | undefined): boolean =>
  t !== undefined &&
  t.kind === 'word' &&
  (t.upper || PREFIXED_NAME.test(t.text)) &&
  !NOT_NAMES.has(t.key) &&
  !TITLE_HEADS.has(t.key) &&
  !/^\p{Lu}\.?$/u.test(t.text);

/** A headline in title case, where capitals say nothing. */
function titleCased(s: Sentence): boolean {
  const words = s.tokens.filter((t) => t.kind === 'word' && /^\p{L}/u.test(t.text));
  return (
    s.headline && words.length >= 4 && words.filter((t) => t.upper).length / words.length > 0.7
  );
}

function placeContext(
  tokens: readonly Token[],
  first: number,
  last: number,
): EntityKind | undefined {
  const after = PLACE_NOUNS.get(tokens[last]?.key ?? '');
  if (after === EntityKind.REGION) return after;
  for (let k = first - 1; k >= Math.max(0, first - 10); k--) {
    const kind = PLACE_NOUNS.get(tokens[k]!.key);
    if (kind) return kind;
    if (tokens[k]!.text === '.' || tokens[k]!.text === ';') break;
  }
  return undefined;
}

/** One past the end of a run of name words starting at `i`. */
function runEnd(s: Sentence, i: number): number {
  const { tokens } = s;
  let j = i + 1;
  while (j < tokens.length && j < i + 7 && !mentionCovering(s.mentions, j)) {
    const t = tokens[j]!;
    const next = tokens[j + 1];
    if (isCap(t)) j++;
    // "Civil Defence Agency", "Civil Defence": a word that names nobody on its own ("defence",
    // "forces") inside or closing a body's name.
    else if (
      t.upper &&
      t.kind === 'word' &&
      BODY_NAME_WORDS.has(t.key) &&
      (ORGANIZATION_HEADS.has(next?.key ?? '') ? isCap(next) : !isCap(next))
    )
      j++;
    else if (NAME_PARTICLES.has(t.key) && !t.upper && isCap(next)) j++;
    // "Line of Actual Control", "Ministry of Defence"
    else if (t.key === 'of' && isCap(next) && !mentionCovering(s.mentions, j + 1)) j++;
    // "Observatory for Human Rights", "Office for the Coordination of Humanitarian Affairs"
    else if (
      t.key === 'for' &&
      ORGANIZATION_HEADS.has(tokens[j - 1]!.key) &&
      (isCap(next) || (next?.key === 'the' && isCap(tokens[j + 2]))) &&
      !mentionCovering(s.mentions, j + 1)
    )
      j += next?.key === 'the' ? 2 : 1;
    // "Sudan Doctors’ Union", "Kurdistan Workers' Party"
    else if (
      t.kind === 'quote' &&
      /s$/.test(tokens[j - 1]!.text) &&
      t.start === tokens[j - 1]!.end &&
      isCap(next)
    )
      j++;
    else break;
  }
  return j;
}

export function recognizeNames(s: Sentence, ctx: RecognitionContext): void {
  const { tokens } = s;
  if (titleCased(s)) return;
  let tags: Map<number, Set<string>> | undefined | null = null;
  const tagsOf = (t: Token): Set<string> => {
    if (tags === null) tags = ctx.tagger.tag(ctx.text.slice(s.start, s.end), s.start);
    return tags?.get(t.start) ?? new Set();
  };
  const has = (t: Token, names: readonly string[]): boolean => names.some((n) => tagsOf(t).has(n));
  for (let i = 0; i < tokens.length; i++) {
    if (!isCap(tokens[i]) || mentionCovering(s.mentions, i)) continue;
    const last = runEnd(s, i);
    let first = i;
    i = last - 1;
    const words = (): Token[] => tokens.slice(first, last);
    const textOf = (a: number, b: number): string =>
      ctx.text.slice(tokens[a]!.start, tokens[b - 1]!.end);
    const place = (id: string, from = first): void => {
      placeMention(s.mentions, {
        first: from,
        last,
        start: tokens[from]!.start,
        end: tokens[last - 1]!.end,
        id,
        role: 'name',
      });
    };
    const seen =
      ctx.registry.lookup([textOf(first, last)]) ??
      (last - first === 1 ? ctx.registry.personByWord(tokens[first]!.text) : undefined);
    if (seen) {
      place(seen);
      continue;
    }
    // "the Foreign Office" after "Pakistan's Foreign Office": the body named before.
    const described = earlierBody(s, ctx, first, last);
    if (described) {
      place(described, first - 1);
      continue;
    }
    // "the Inter-Services Public Relations (ISPR)": an acronym in brackets right after a body's
    // name is that body's alias, not a body of its own.
    const named = acronymOf(s, ctx, first, last);
    if (named) {
      place(named);
      continue;
    }
    // The first word of a sentence (or of a quote) is capitalized anyway: keep it only when
    // compromise takes it for a name.
    const prev = tokens[first - 1];
    const initial =
      first === 0 || (prev !== undefined && (prev.kind === 'quote' || prev.text === ':'));
    const speaks = isCueWord(tokens[last]?.key ?? '');
    if (
      initial &&
      !speaks &&
      (has(tokens[first]!, NOT_PROPER_TAGS) ||
        !has(tokens[first]!, ['ProperNoun', ...PERSON_TAGS, ...PLACE_TAGS]))
    )
      first++;
    if (first >= last) continue;
    const lastWord = tokens[last - 1]!.key;
    // "Black Sea Grain Initiative", "Pretoria Agreement": events, recognized with the agreements.
    if (AGREEMENT_NOUNS.has(lastWord) || TALKS_NOUNS.has(lastWord)) continue;
    const before = s.mentions.find(
      (m) => m.last === first || (m.last === first - 1 && tokens[first - 1]!.kind === 'possessive'),
    );
    if (
      ORGANIZATION_HEADS.has(lastWord) &&
      before &&
      recognizeOwnedOrganization(s, ctx, before, first, last)
    )
      continue;
    const name = textOf(first, last);
    const placeOwned = (m: typeof before): boolean => {
      const kind = m && m.last === first - 1 ? ctx.registry.get(m.id)?.kind : undefined;
      return kind === EntityKind.CITY || kind === EntityKind.REGION;
    };
    // "West Darfur", "North Kordofan": a direction before a known place makes a new place.
    const after = s.mentions.find((m) => m.first === last);
    if (
      last - first === 1 &&
      DIRECTIONS.has(tokens[first]!.key) &&
      after &&
      ctx.registry.get(after.id)?.kind === EntityKind.REGION
    ) {
      const region = ctx.registry.ensure(EntityKind.REGION, textOf(first, after.last), []);
      region.named = true;
      placeMention(s.mentions, {
        first,
        last: after.last,
        start: tokens[first]!.start,
        end: after.end,
        id: region.id,
        role: 'name',
      });
      continue;
    }
    // "United Nations Office for the Coordination of Humanitarian Affairs": a body's office
    // named after it is a body of its own, named in full.
    const parent = s.mentions.find(
      (m) =>
        m.last === first &&
        m.role === 'name' &&
        ctx.registry.get(m.id)?.kind === EntityKind.ORGANIZATION,
    );
    if (parent && ORGANIZATION_HEADS.has(tokens[first]!.key) && last - first > 1) {
      const full = ctx.registry.ensure(EntityKind.ORGANIZATION, textOf(parent.first, last), []);
      full.named = true;
      place(full.id, parent.first);
      continue;
    }
    const ws = words();
    const hasOf = ws.some((w) => w.key === 'of');
    const context = placeContext(tokens, first, last);
    const prevKey = tokens[first - 1]?.key ?? '';
    // "in central Deir al-Balah", "near northern Gaza": a lower-case direction between.
    const directed = DIRECTIONS.has(prevKey) && tokens[first - 1]?.upper === false;
    const atKey = directed ? (tokens[first - 2]?.key ?? '') : prevKey;
    let kind: EntityKind | undefined;
    // "EULEX", "SANA", "ISPR": an acronym nobody knows is a body, whatever place words are near.
    // A dateline ("DUBAI —", "KIGALI, Nov. 9") is a place, whatever its capitals.
    const dateline = first === 0 && tokens[last]?.kind === 'punct';
    if (ws.length === 1 && /^\p{Lu}{3,}$/u.test(ws[0]!.text) && !dateline)
      kind = EntityKind.ORGANIZATION;
    else if (ws.length > 1 && PLACE_NAME_ENDS.has(lastWord)) kind = EntityKind.REGION;
    else if (!hasOf && AT_PLACE.has(atKey) && !ORGANIZATION_HEADS.has(lastWord))
      kind = context ?? EntityKind.CITY;
    // "in Tera's Chatoumane", "Gaza's Deir El-Balah": a name owned by a place is a place in it.
    else if (placeOwned(before) && !ORGANIZATION_HEADS.has(lastWord)) kind = EntityKind.CITY;
    else if (ORGANIZATION_HEADS.has(lastWord) && ws.length > 1) kind = EntityKind.ORGANIZATION;
    else if (!hasOf && ws.some((w) => has(w, PERSON_TAGS)) && ws.length > 1)
      kind = EntityKind.PERSON;
    else if (context) kind = context;
    else if (ws.some((w) => has(w, PLACE_TAGS))) kind = EntityKind.CITY;
    else if (hasOf || ws.some((w) => has(w, ['Organization']))) kind = EntityKind.ORGANIZATION;
    else if (
      LOCATIVE.has(prevKey) ||
      (prevKey === 'of' && PLACE_OWNERS.has(tokens[first - 2]?.key ?? ''))
    )
      kind = EntityKind.CITY;
    else if (ws.length > 1) kind = EntityKind.PERSON;
    else if (speaks || ws.some((w) => has(w, PERSON_TAGS))) kind = EntityKind.PERSON;
    // "COVID-19", "Su-30": a name with digits is nobody.
    if (kind === EntityKind.PERSON && ws.some((w) => /\d/.test(w.text))) continue;
    if (!kind) continue;
    const surname = kind === EntityKind.PERSON && ws.length > 1 ? [ws[ws.length - 1]!.text] : [];
    // "the Observatory" after "the Syrian Observatory for Human Rights": a distinctive head
    // word is the body's short name.
    const head =
      kind === EntityKind.ORGANIZATION && ws.length > 2 && NAMING_HEADS.has(ws[0]!.key)
        ? [ws[0]!.text]
        : [];
    const entity = ctx.registry.ensure(kind, name, [...surname, ...head]);
    entity.named = true;
    place(entity.id);
  }
}
