import { EntityKind } from '../../entities/vocabulary';
import type { Sentence } from '../article';
import type { Mention } from '../entities/mention';
import type { AttributionContext } from './context';
import { actorOf } from './actor';

/**
 * The object of a cue that takes one: "accused Baku", "congratulated him", "urged Russia and
 * Turkey", "accused the group", "accused neighbouring Rwanda". A capital is its country here.
 */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it']);

export function readObject(
  s: Sentence,
  pos: number,
  reader: AttributionContext,
  speakers: readonly string[],
): { ids: string[]; first: number; pos: number } {
  const { tokens } = s;
  const t = tokens[pos];
  if (!t) return { ids: [], first: pos, pos };
  // "accused each other of …", "blamed one another": the speakers are each other's objects.
  const pair = `${t.key} ${tokens[pos + 1]?.key ?? ''}`;
  if ((pair === 'each other' || pair === 'one another') && speakers.length > 1)
    return { ids: [...speakers], first: pos, pos: pos + 2 };
  if (OBJECT_PRONOUNS.has(t.key)) {
    const local = s.mentions
      .filter((m) => m.last <= pos && !speakers.includes(m.id))
      .map((m) => actorOf(reader.registry, m))
      .filter(
        (id): id is string =>
          !!id &&
          reader.registry.get(id)?.kind !== EntityKind.COUNTRY &&
          reader.registry.get(id)?.kind !== EntityKind.ORGANIZATION,
      );
    const id =
      t.key === 'him' || t.key === 'her'
        ? (local.pop() ?? reader.discourse.objectPronoun(s.index, speakers))
        : reader.discourse.pronoun('it', s.index, speakers);
    return { ids: id ? [id] : [], first: pos, pos: pos + 1 };
  }
  let at = t.key === 'the' ? pos + 1 : pos;
  while (
    /^(neighbouring|neighboring|rival|fellow|arch-rival|arch-foe)$/.test(tokens[at]?.key ?? '')
  )
    at++;
  const m = s.mentions.find((x) => x.first === at);
  if (
    !m &&
    t.key === 'the' &&
    /^(group|militia|movement|organisation|organization|rebels|ministry|government|army|military)$/.test(
      tokens[at]?.key ?? '',
    )
  ) {
    // "accused the group of …": the body named last.
    const id =
      reader.discourse.description(tokens[at]!.key) ??
      reader.discourse.pronoun('it', s.index, speakers);
    return { ids: id ? [id] : [], first: pos, pos: id ? at + 1 : pos };
  }
  if (!m) return { ids: [], first: pos, pos };
  // "the EU's rule of law mission in Kosovo (EULEX)": the owner's body, named by its acronym.
  const owned = tokens[m.last]?.kind === 'possessive' ? bracketedName(s, m.last) : undefined;
  if (owned) return { ids: [owned.id], first: pos, pos: owned.last };
  const ids = [m.role === 'capital' && m.countryOf ? m.countryOf : m.id];
  let end = m.last;
  if (tokens[end]?.key === 'and') {
    const next = s.mentions.find((x) => x.first === end + 1);
    if (next) {
      ids.push(next.role === 'capital' && next.countryOf ? next.countryOf : next.id);
      end = next.last;
    }
  }
  return { ids, first: pos, pos: end };
}

const MAX_OWNED_WORDS = 10;

/** The mention in brackets that closes the noun phrase starting at `from`, if one does. */
function bracketedName(s: Sentence, from: number): Mention | undefined {
  const { tokens } = s;
  for (let k = from + 1; k < tokens.length && k <= from + MAX_OWNED_WORDS; k++) {
    const t = tokens[k]!;
    if (t.text === '(') {
      const m = s.mentions.find((x) => x.first === k + 1);
      return m && tokens[m.last]?.text === ')' ? m : undefined;
    }
    if (t.kind === 'punct' || t.kind === 'quote') return undefined;
  }
  return undefined;
}
