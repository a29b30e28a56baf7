import { EntityKind } from '../../graph/vocabulary';
import type { Sentence } from '../article';
import type { Mention } from '../entities/mention';
import type { EntityRegistry } from '../entities/registry';
import { PERSON_TITLE_HEADS, TITLE_HEADS } from '../lexicon/titles';
import { PERSON_NOUNS, STATE_BODY_HEADS } from '../lexicon/words';
import type { Discourse } from './discourse';

/**
 * Who a cue's subject is. Names resolve directly (a capital to its country: "Baku said");
 * pronouns and descriptions through the discourse; unnamed people ("a Ganja resident", "a
 * witness") become Person entities named by their description; unnamed officials of a state
 * ("Turkish officials") speak for that state.
 */
export interface Speaker {
  ids: string[];
  /** Offsets of the words that name the speaker. */
  start: number;
  end: number;
  /** First and one-past-last token, within the sentence. */
  first: number;
  last: number;
  confidence: number;
}

export interface SpeakerContext {
  text: string;
  registry: EntityRegistry;
  discourse: Discourse;
}

const ACTOR_KINDS = new Set([EntityKind.Country, EntityKind.Organization, EntityKind.Leader, EntityKind.Person]);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they']);
const OFFICIAL_NOUNS = new Set(['official', 'officials', 'source', 'sources', 'authorities', 'diplomat', 'diplomats', 'spokesman', 'spokeswoman', 'spokesperson', 'government', 'leadership']);
const GROUP_DESCRIPTIONS = new Set(['group', 'militia', 'rebels', 'movement', 'organization', 'organisation', 'agency', 'force']);
const NP_DETERMINERS = new Set(['a', 'an', 'one', 'another', 'the', 'two', 'three', 'several', 'some', 'many', 'other']);
const NP_ADJECTIVES = /^[a-z][a-z-]*$/;

/** The actor a mention names as a speaker, or undefined for places, weapons and events. */
export function actorOf(registry: EntityRegistry, m: Mention): string | undefined {
  if (m.role === 'capital' && m.countryOf) return m.countryOf;
  const kind = registry.get(m.id)?.kind;
  return kind && ACTOR_KINDS.has(kind) ? m.id : undefined;
}

function span(s: Sentence, first: number, last: number, ids: string[], confidence: number): Speaker {
  return { ids, first, last, start: s.tokens[first]!.start, end: s.tokens[last - 1]!.end, confidence };
}

/** An unnamed person or body described by a noun phrase whose head noun is at `head`. */
function described(s: Sentence, ctx: SpeakerContext, first: number, head: number): Speaker | undefined {
  const { tokens } = s;
  const headKey = tokens[head]!.key;
  const det = tokens[first]!.key;
  const inner = s.mentions.filter((m) => m.first >= first && m.last <= head + 1);
  const country = inner.map((m) => actorOf(ctx.registry, m)).find((id) => id && ctx.registry.get(id)?.kind !== EntityKind.Leader);
  if (OFFICIAL_NOUNS.has(headKey) && country) return span(s, first, head + 1, [country], 0.65);
  if (det === 'the' && head === first + 1) {
    const id = ctx.discourse.description(headKey);
    return id ? span(s, first, head + 1, [id], 0.65) : undefined;
  }
  if (!PERSON_NOUNS.has(headKey)) return undefined;
  const nameFirst = NP_DETERMINERS.has(det) ? first + 1 : first;
  if (nameFirst > head) return undefined;
  const name = ctx.text.slice(tokens[nameFirst]!.start, tokens[head]!.end);
  const person = ctx.registry.ensure(EntityKind.Person, name, [ctx.text.slice(tokens[first]!.start, tokens[head]!.end)]);
  person.named = true;
  return span(s, first, head + 1, [person.id], 0.65);
}

/** The start of a noun phrase ending at `head`: back over adjectives and names to a determiner. */
function phraseStart(s: Sentence, head: number): number {
  let first = head;
  for (let k = head - 1; k >= 0 && k >= head - 5; k--) {
    const t = s.tokens[k]!;
    const inMention = s.mentions.some((m) => m.first <= k && k < m.last);
    if (NP_DETERMINERS.has(t.key)) return k;
    if (inMention || (t.kind === 'word' && (NP_ADJECTIVES.test(t.text) || t.upper) && !SUBJECT_PRONOUNS.has(t.key))) first = k;
    else break;
  }
  return first;
}

/** The speaker named by the words ending at token `last` (inclusive), reading leftwards. */
export function speakerEndingAt(s: Sentence, ctx: SpeakerContext, last: number): Speaker | undefined {
  const { tokens } = s;
  const t = tokens[last];
  if (!t) return undefined;
  const m = s.mentions.find((x) => x.last === last + 1);
  if (m) {
    const id = actorOf(ctx.registry, m);
    if (!id) {
      // "a resident of Ganja said"
      const of = tokens[m.first - 1]?.key;
      if ((of === 'of' || of === 'in' || of === 'from') && PERSON_NOUNS.has(tokens[m.first - 2]?.key ?? '')) {
        const first = phraseStart(s, m.first - 2);
        const d = described(s, ctx, first, m.first - 2);
        if (d) return { ...d, last: last + 1, end: t.end };
      }
      return undefined;
    }
    const ids = [id];
    let first = m.first;
    let joined = false;
    // "Russia and Turkey", "Russia, Turkey and Iran"; a list joined by commas alone is not one.
    for (;;) {
      const sep = tokens[first - 1]?.key;
      if (sep !== 'and' && sep !== ',') break;
      const before = s.mentions.find((x) => x.last === first - 1);
      const other = before && actorOf(ctx.registry, before);
      if (!before || !other || ids.includes(other)) break;
      joined ||= sep === 'and';
      ids.unshift(other);
      first = before.first;
    }
    if (!joined) return span(s, m.first, m.last, [id], 0.85);
    return span(s, first, m.last, ids, 0.8);
  }
  if (SUBJECT_PRONOUNS.has(t.key)) {
    const id = ctx.discourse.pronoun(t.key === 'they' ? 'it' : t.key, s.index);
    return id ? span(s, last, last + 1, [id], 0.75) : undefined;
  }
  if (PERSON_NOUNS.has(t.key) || OFFICIAL_NOUNS.has(t.key)) return described(s, ctx, phraseStart(s, last), last);
  if (tokens[last - 1]?.key === 'the' && (STATE_BODY_HEADS.has(t.key) || TITLE_HEADS.has(t.key) || GROUP_DESCRIPTIONS.has(t.key))) {
    const id = ctx.discourse.description(t.key) ?? (GROUP_DESCRIPTIONS.has(t.key) ? ctx.discourse.pronoun('it', s.index) : undefined);
    return id ? span(s, last - 1, last + 1, [id], 0.7) : undefined;
  }
  // "Azerbaijan's president", "the Turkish foreign minister": a title without a name.
  if (TITLE_HEADS.has(t.key) && !PERSON_TITLE_HEADS.has(t.key)) {
    const id = ctx.discourse.description(t.key);
    return id ? span(s, phraseStart(s, last), last + 1, [id], 0.65) : undefined;
  }
  return undefined;
}

/** The speaker named after an inverted cue ("…,” said a Ganja resident), reading rightwards. */
export function speakerStartingAt(s: Sentence, ctx: SpeakerContext, first: number): Speaker | undefined {
  const { tokens } = s;
  const t = tokens[first];
  if (!t) return undefined;
  if (SUBJECT_PRONOUNS.has(t.key)) return speakerEndingAt(s, ctx, first);
  const start = t.key === 'the' ? first + 1 : first;
  const m = s.mentions.find((x) => x.first === start);
  if (m) {
    const ids: string[] = [];
    const id = actorOf(ctx.registry, m);
    if (id) ids.push(id);
    let last = m.last;
    if (tokens[last]?.key === 'and') {
      const next = s.mentions.find((x) => x.first === last + 1);
      const other = next && actorOf(ctx.registry, next);
      if (other) {
        ids.push(other);
        last = next.last;
      }
    }
    if (ids.length > 0) return span(s, first, last, ids, 0.85);
  }
  // A noun phrase up to the next punctuation: "a Ganja resident", "one witness", "the ministry".
  for (let k = first; k < tokens.length && k < first + 6; k++) {
    const w = tokens[k]!;
    if (w.kind === 'punct' || w.kind === 'quote') break;
    const next = tokens[k + 1];
    const endsHere = !next || next.kind === 'punct' || next.kind === 'quote' || /^(of|in|from|who|on|at)$/.test(next.key);
    if (endsHere) return speakerEndingAt(s, ctx, k);
  }
  return undefined;
}
