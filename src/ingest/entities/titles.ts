import { EntityKind, RelationType } from '../../entities/vocabulary';
import type { Sentence } from '../article';
import {
  NAME_PARTICLES,
  PAST_TITLE_MODIFIERS,
  PERSON_TITLE_HEADS,
  RANKS,
  TITLE_COMPLEMENTS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from '../lexicon/titles';
import { NOT_NAMES } from '../lexicon/words';
import type { Token } from '../tokens';
import { titleCase, type RecognitionContext } from './context';
import { mentionCovering, placeMention, type Mention } from './mention';

/**
 * People introduced with their office: "Turkish Foreign Minister Mevlut Cavusoglu", "Sudan's army
 * chief General Abdel Fattah al-Burhan", "U.S. Secretary of State Antony Blinken", "Dmytro Kuleba,
 * Ukraine's foreign minister", "his Azeri counterpart, Zakir Hasanov". The owner before the title
 * (a demonym, a country's or body's possessive) is the state or body of the office.
 */

interface Title {
  first: number;
  last: number;
  words: string[];
  head: string;
  past: boolean;
}

function parseTitle(tokens: readonly Token[], i: number): Title | undefined {
  const words: string[] = [];
  let j = i;
  let lastHead = -1;
  while (j < tokens.length && tokens[j]!.kind === 'word' && j < i + 5) {
    const key = tokens[j]!.key;
    if (TITLE_HEADS.has(key)) lastHead = j;
    else if (!TITLE_MODIFIERS.has(key)) break;
    words.push(tokens[j]!.text);
    j++;
  }
  if (lastHead < 0) return undefined;
  let last = lastHead + 1;
  words.length = last - i;
  // "Secretary of State", "Chief of the General Staff", "Minister of Foreign Affairs"
  if (tokens[last]?.key === 'of') {
    let k = last + 1;
    if (tokens[k]?.key === 'the') k++;
    const from = k;
    while (
      k < tokens.length &&
      k < from + 3 &&
      TITLE_COMPLEMENTS.has(tokens[k]!.key) &&
      tokens[k]!.key !== 'the'
    )
      k++;
    if (k > from) {
      for (let n = last; n < k; n++) words.push(tokens[n]!.text);
      last = k;
    }
  }
  const head = tokens[lastHead]!.key;
  const past = words.some((w) => PAST_TITLE_MODIFIERS.has(w.toLowerCase()));
  const office = words.filter(
    (w) =>
      !PAST_TITLE_MODIFIERS.has(w.toLowerCase()) &&
      !/^(acting|interim|incoming|top|senior)$/i.test(w),
  );
  return { first: i, last, words: office, head, past };
}

const isNameWord = (t: Token | undefined): boolean =>
  t !== undefined &&
  t.kind === 'word' &&
  (t.upper || /^(al|el|bin|ibn|abu|ben|van|von|de|da)-\p{Lu}/u.test(t.text)) &&
  !NOT_NAMES.has(t.key) &&
  !TITLE_HEADS.has(t.key);

/** A personal name starting at `i`: 1-4 capitalized words, with particles inside. */
function nameAt(tokens: readonly Token[], i: number): number | undefined {
  let j = i;
  while (j < tokens.length && j < i + 6) {
    const t = tokens[j]!;
    if (isNameWord(t)) j++;
    else if (NAME_PARTICLES.has(t.key) && !t.upper && isNameWord(tokens[j + 1])) j++;
    else break;
  }
  return j > i ? j : undefined;
}

/** A name that ends just before token `end` (for "Name, the foreign minister"). */
function nameEndingAt(tokens: readonly Token[], end: number): number | undefined {
  let j = end;
  while (j > 0 && j > end - 5) {
    const t = tokens[j - 1]!;
    if (!(isNameWord(t) || (NAME_PARTICLES.has(t.key) && j < end))) break;
    j--;
  }
  return j < end && isNameWord(tokens[j]) ? j : undefined;
}

function owner(
  s: Sentence,
  ctx: RecognitionContext,
  titleFirst: number,
  head = '',
): { mention: Mention; id: string } | undefined {
  let b = titleFirst;
  if (s.tokens[b - 1]?.kind === 'possessive') b--;
  const m = s.mentions.find((x) => x.last === b);
  if (!m) return undefined;
  const e = ctx.registry.get(m.id);
  if (!e) return undefined;
  // "Kyiv Mayor Vitali Klitschko" holds an office of the city, not of the state.
  const local = /^(mayor|governor)$/.test(head);
  const id = m.role === 'capital' && m.countryOf && !local ? m.countryOf : e.id;
  const kind = ctx.registry.get(id)?.kind;
  return kind === EntityKind.COUNTRY ||
    kind === EntityKind.ORGANIZATION ||
    (local && kind === EntityKind.CITY)
    ? { mention: m, id }
    : undefined;
}

function register(
  s: Sentence,
  ctx: RecognitionContext,
  title: Title,
  ownerId: string | undefined,
  nameFirst: number,
  nameLast: number,
  spanFirst: number,
  spanLast: number,
): void {
  const { tokens } = s;
  const existing = mentionCovering(s.mentions, nameFirst);
  const existingKind = existing && ctx.registry.get(existing.id)?.kind;
  if (existing && existingKind !== EntityKind.LEADER && existingKind !== EntityKind.PERSON) return;
  const name = ctx.text.slice(tokens[nameFirst]!.start, tokens[nameLast - 1]!.end);
  let words = title.words;
  if (title.head === 'counterpart') {
    // "his Azeri counterpart": the office of the person he is compared with, in this sentence.
    const peer = s.mentions
      .filter((m) => m.last <= spanFirst)
      .map((m) => ctx.registry.get(m.id)?.office)
      .filter((o) => o !== undefined)
      .pop();
    words = peer ? peer.title.split(' ') : [];
  }
  const kind = EntityKind.LEADER;
  const surname = nameLast - nameFirst > 1 ? [tokens[nameLast - 1]!.text] : [];
  const person = existing
    ? ctx.registry.get(existing.id)!
    : ctx.registry.ensure(kind, name, surname);
  person.named = true;
  if (!person.known && kind === EntityKind.LEADER) person.kind = EntityKind.LEADER;
  const officeTitle = words.length > 0 ? titleCase(words.join(' ')) : undefined;
  if (officeTitle && !title.past) {
    person.office ??= { title: officeTitle, ...(ownerId ? { of: ownerId } : {}) };
    if (ownerId)
      ctx.registry.relate(RelationType.HOLDS_OFFICE, person.id, ownerId, s.index, officeTitle);
  }
  if (ownerId && PERSON_TITLE_HEADS.has(title.head)) person.partOf ??= ownerId;
  placeMention(s.mentions, {
    first: spanFirst,
    last: spanLast,
    start: tokens[spanFirst]!.start,
    end: tokens[spanLast - 1]!.end,
    id: person.id,
    role: 'name',
  });
}

export function recognizeTitles(s: Sentence, ctx: RecognitionContext): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens[i]!;
    if (start.kind !== 'word' || !(TITLE_HEADS.has(start.key) || TITLE_MODIFIERS.has(start.key)))
      continue;
    const covering = mentionCovering(s.mentions, i);
    if (covering) continue;
    const title = parseTitle(tokens, i);
    if (!title) continue;
    const own = owner(s, ctx, i, title.head);
    // "Former Nigerian President …": the past reaches over the owner.
    const beforeOwner = tokens[(own ? own.mention.first : i) - 1]?.key ?? '';
    if (PAST_TITLE_MODIFIERS.has(beforeOwner) || beforeOwner === 'ex') title.past = true;
    // "Sudan’s army chief": the owner is the army, the office its chief.
    const ownerHead =
      own && ctx.registry.get(own.id)?.kind === EntityKind.ORGANIZATION
        ? tokens[own.mention.last - 1]!.key
        : '';
    if (title.words.length === 1 && /^(army|military|police|navy)$/.test(ownerHead))
      title.words.unshift(ownerHead);
    const ownerId = own?.id;
    let j = title.last;
    while (
      j < tokens.length &&
      (RANKS.has(tokens[j]!.key) || tokens[j]!.text === '.') &&
      tokens[j]!.upper !== false
    )
      j++;
    const direct = nameAt(tokens, j);
    if (direct !== undefined) {
      register(s, ctx, title, ownerId, j, direct, own ? own.mention.first : i, direct);
      i = direct - 1;
      continue;
    }
    // "the foreign minister, Dmytro Kuleba," / "his Azeri counterpart, Zakir Hasanov,"
    if (tokens[title.last]?.text === ',') {
      const end = nameAt(tokens, title.last + 1);
      const after = tokens[end ?? 0]?.text;
      if (
        end !== undefined &&
        end - title.last > 2 &&
        (after === undefined || /^[,.;]$/.test(after))
      ) {
        register(s, ctx, title, ownerId, title.last + 1, end, title.last + 1, end);
        i = end - 1;
        continue;
      }
    }
    // "Dmytro Kuleba, Ukraine's foreign minister," / "Hikmet Hajiyev, an aide to Aliyev"
    let b = own ? own.mention.first : i;
    if (/^(the|a|an)$/.test(tokens[b - 1]?.key ?? '')) b--;
    if (tokens[b - 1]?.text === ',') {
      const nameFirst = nameEndingAt(tokens, b - 1);
      if (nameFirst !== undefined && b - 1 - nameFirst >= 2) {
        let ownerAfter = ownerId;
        if (!ownerAfter && /^(of|for|to)$/.test(tokens[title.last]?.key ?? '')) {
          const m = s.mentions.find(
            (x) =>
              x.first === title.last + 1 ||
              (tokens[title.last + 1]?.key === 'the' && x.first === title.last + 2),
          );
          ownerAfter = m ? (m.role === 'capital' && m.countryOf ? m.countryOf : m.id) : undefined;
        }
        register(s, ctx, title, ownerAfter, nameFirst, b - 1, nameFirst, b - 1);
      }
    }
  }
}
