import { EntityKind, RelationType } from '../../entities/vocabulary';
import type { Sentence } from '../article';
import { STATE_BODY_HEADS, STATE_BODY_MODIFIERS } from '../lexicon/words';
import { slugify } from '../slug';
import type { Token } from '../tokens';
import { armedGroups, armedGroupsByPlace } from './armed-groups';
import { adjectiveOf, countryOfMention, titleCase, type RecognitionContext } from './context';
import { media } from './media';
import { mentionStartingAt, placeMention, type Mention } from './mention';

/**
 * Organizations named by description rather than by name: a state's bodies ("the Azerbaijani
 * Defense Ministry", "Armenia's Defence Ministry", "the Azeri army"), the government of a region
 * ("the separatist government of Karabakh"), armed groups ("Armenian-backed forces", "ethnic
 * Armenian separatists") and news outlets ("the French newspaper Liberation"). A state body gets
 * one canonical name and id per country and head, so the spellings meet.
 */

const MILITARY = new Set(['army', 'military', 'armed forces']);
const TROOPS = new Set(['troops', 'forces', 'soldiers']);
const ARMED_FORCES_NAMES = ['Army', 'military', 'troops', 'forces', 'soldiers'];
const BODY_QUALIFIERS = new Set([
  'ruling',
  'military-led',
  'interim',
  'transitional',
  // "the Indian occupation forces": what its adversary calls it, no part of its name.
  'occupation',
]);
const TWO_WORD_HEADS = new Set([
  'armed forces',
  'air force',
  'general staff',
  'foreign office',
  'border guard',
  'border guards',
  'security service',
  'national guard',
  'defence force',
  'defense force',
  'defence forces',
  'defense forces',
]);
const REGION_BODY_HEADS = new Set([
  'government',
  'authorities',
  'administration',
  'leadership',
  'forces',
  'army',
  'militia',
  'parliament',
]);

export function headAt(
  tokens: readonly Token[],
  j: number,
): { head: string; end: number } | undefined {
  const two = `${tokens[j]?.key} ${tokens[j + 1]?.key}`;
  if (TWO_WORD_HEADS.has(two)) return { head: two, end: j + 2 };
  const one = tokens[j]?.key;
  if (one && STATE_BODY_HEADS.has(one)) return { head: one, end: j + 1 };
  return undefined;
}

export function stateBody(
  ctx: RecognitionContext,
  s: Sentence,
  country: string,
  mods: string[],
  head: string,
  first: number,
  last: number,
): Mention {
  const tokens = s.tokens;
  const adjective = adjectiveOf(ctx, country);
  // "Ministry of Foreign Affairs" and "Foreign Ministry" are one body.
  const modText = mods
    .map((m) => m.replace(/^defence$/i, 'Defense'))
    .filter(
      (m, i, all) =>
        !(
          head === 'ministry' &&
          /^affairs$/i.test(m) &&
          all[i - 1] &&
          /^foreign$/i.test(all[i - 1]!)
        ),
    );
  // "the Syrian government", "Rwanda's government": the state itself speaks and acts.
  if (head === 'government' && modText.length === 0)
    return {
      first,
      last,
      start: tokens[first]!.start,
      end: tokens[last - 1]!.end,
      id: country,
      role: 'name',
    };
  let name: string;
  let id: string;
  if (MILITARY.has(head)) {
    name = `${adjective} Armed Forces`;
    id = `${country}-armed-forces`;
  } else {
    name = `${adjective} ${titleCase([...modText, head].join(' '))}`;
    id = `${country}-${slugify([...modText, head].join(' '))}`;
  }
  const surface = ctx.text.slice(tokens[first]!.start, tokens[last - 1]!.end);
  const body = ctx.registry.ensure(EntityKind.ORGANIZATION, name, [surface], id);
  body.named = true;
  // News names a state's armed forces by its army, troops or military alike.
  if (MILITARY.has(head) && !body.known)
    ctx.registry.addAliases(
      body,
      ARMED_FORCES_NAMES.map((n) => `${adjective} ${n}`),
    );
  if (!body.known) {
    body.partOf ??= country;
    ctx.registry.relate(RelationType.PART_OF, body.id, country, s.index);
  }
  return {
    first,
    last,
    start: tokens[first]!.start,
    end: tokens[last - 1]!.end,
    id: body.id,
    role: 'name',
  };
}

/** "<Azerbaijani|Armenia's> [Defense] Ministry", "Israel's military", "Azeri armed forces". */
function ownerFirst(s: Sentence, ctx: RecognitionContext): void {
  const { tokens } = s;
  for (const m of [...s.mentions]) {
    // A region has its own bodies too: "Gaza's health ministry".
    // A capital names its state's bodies: "Niamey's defence ministry".
    const capital =
      m.role === 'capital' && tokens[m.last]?.kind === 'possessive' ? m.countryOf : undefined;
    const country =
      countryOfMention(ctx, m) ??
      capital ??
      (ctx.registry.get(m.id)?.kind === EntityKind.REGION ? m.id : undefined);
    if (!country || m.role === 'modifier') continue;
    let j = m.last;
    if (tokens[j]?.kind === 'possessive') j++;
    // "Myanmar's ruling junta": a qualifier that is no part of the body's name.
    while (BODY_QUALIFIERS.has(tokens[j]?.key ?? '') && j < m.last + 3) j++;
    const mods: string[] = [];
    while (
      j < tokens.length &&
      STATE_BODY_MODIFIERS.has(tokens[j]!.key) &&
      mods.length < 4 &&
      !headAt(tokens, j)
    ) {
      mods.push(tokens[j]!.text);
      j++;
    }
    // "Indian troops", "the Indian forces": the state's armed forces, as "the Indian army" is.
    const troops =
      mods.length === 0 && m.role === 'demonym' && TROOPS.has(tokens[j]?.key ?? '')
        ? { head: 'army', end: j + 1 }
        : undefined;
    const head = headAt(tokens, j) ?? troops;
    if (!head) continue;
    let end = head.end;
    // "the Russian Ministry of Defence"
    if (
      head.head === 'ministry' &&
      tokens[end]?.key === 'of' &&
      STATE_BODY_MODIFIERS.has(tokens[end + 1]?.key ?? '')
    ) {
      for (end++; end < tokens.length && STATE_BODY_MODIFIERS.has(tokens[end]!.key); end++)
        mods.push(tokens[end]!.text);
    }
    placeMention(s.mentions, stateBody(ctx, s, country, mods, head.head, m.first, end));
  }
}

/** "[the] [Defense] Ministry of Armenia", "the separatist government of Karabakh". */
function ownerLast(s: Sentence, ctx: RecognitionContext): void {
  const { tokens } = s;
  for (let j = 0; j < tokens.length; j++) {
    const head = headAt(tokens, j);
    if (!head || tokens[head.end]?.key !== 'of') continue;
    let end = head.end + 1;
    const mods: string[] = [];
    if (head.head === 'ministry')
      while (STATE_BODY_MODIFIERS.has(tokens[end]?.key ?? '') && tokens[end + 1])
        mods.push(tokens[end++]!.text);
    if (mods.length > 0 && tokens[end]?.key === 'of') end++;
    else if (mods.length > 0) continue;
    if (tokens[end]?.key === 'the') end++;
    const owner = mentionStartingAt(s.mentions, end);
    if (!owner) continue;
    let first = j;
    while (first > 0 && STATE_BODY_MODIFIERS.has(tokens[first - 1]!.key))
      mods.unshift(tokens[--first]!.text);
    const country = countryOfMention(ctx, owner);
    if (country) {
      placeMention(s.mentions, stateBody(ctx, s, country, mods, head.head, first, owner.last));
      continue;
    }
    const place = ctx.registry.get(owner.id);
    if (
      !place ||
      !(place.kind === EntityKind.REGION || place.kind === EntityKind.CITY) ||
      !REGION_BODY_HEADS.has(head.head)
    )
      continue;
    // Adjectives before the head belong to the name: "the separatist government of Karabakh".
    while (
      first > 0 &&
      /^[a-z-]+$/.test(tokens[first - 1]!.text) &&
      tokens[first - 1]!.key !== 'the' &&
      tokens[first - 1]!.key !== 'a' &&
      first > j - 2
    )
      first--;
    const surface = ctx.text.slice(tokens[first]!.start, tokens[owner.last - 1]!.end);
    const name = surface.charAt(0).toUpperCase() + surface.slice(1);
    const org = ctx.registry.ensure(EntityKind.ORGANIZATION, name, [surface]);
    org.named = true;
    placeMention(s.mentions, {
      first,
      last: owner.last,
      start: tokens[first]!.start,
      end: tokens[owner.last - 1]!.end,
      id: org.id,
      role: 'name',
    });
  }
}

export function recognizeBodies(s: Sentence, ctx: RecognitionContext): void {
  ownerFirst(s, ctx);
  ownerLast(s, ctx);
  armedGroups(s, ctx);
  armedGroupsByPlace(s, ctx);
  media(s, ctx);
}
