import { EntityKind } from '../../entities/vocabulary';
import type { Sentence } from '../article';
import { PERSON_TITLE_HEADS, TITLE_HEADS } from '../lexicon/titles';
import { PERSON_NOUNS, STATE_BODY_HEADS } from '../lexicon/words';
import { actorOf, span, type Speaker } from './actor';
import type { AttributionContext } from './context';
import { described, DOCUMENTS, person, phraseStart, SPEAKING_BODIES } from './described';

/**
 * Who a cue's subject is. Names resolve directly (a capital to its country: "Baku said"; joint
 * names: "Russia and Turkey", "the United Nations and the United States"); pronouns and
 * descriptions through the discourse; unnamed people ("a Ganja resident", "a senior Saudi
 * official", "residents of Khartoum") become Person entities named by their description.
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));
const SUBJECT_PRONOUNS = set(`he she it they`);
// The noun after a place's name that ends a phrase: "officials in the Zaporizhzhia region".
const PLACE_WORDS = set(`region province area district oblast city town governorate`);
// A group noun after the group's own name: "the Houthi militia", "M23 rebels".
const GROUP_NOUNS = set(
  `militia militias rebels group movement fighters militants insurgents forces`,
);
const MONITOR_NAMES = /\b(observatory|monitor\w*|watch|human rights)\b/i;
const UNNAMED_BODY_HEADS = set(`group monitor organisation organization watchdog agency`);
const PLURAL_HEADS = new Map([
  ['ministries', 'ministry'],
  ['governments', 'government'],
  ['armies', 'army'],
  ['agencies', 'agency'],
]);
const GROUP_DESCRIPTIONS = set(
  `group militia rebels movement organization organisation agency force coalition alliance`,
);

/** The speaker named by the words ending at token `last` (inclusive), reading leftwards. */
export function speakerEndingAt(
  s: Sentence,
  ctx: AttributionContext,
  last: number,
): Speaker | undefined {
  const { tokens } = s;
  const t = tokens[last];
  if (!t) return undefined;
  // "officials in the Zaporizhzhia region": the place noun after a name ends the phrase.
  const m =
    s.mentions.find((x) => x.last === last + 1) ??
    (PLACE_WORDS.has(t.key) ? s.mentions.find((x) => x.last === last) : undefined);
  // "the Saudi-led coalition in Yemen denied": the place closes the phrase, the body speaks.
  const within = m && placeAfterBody(s, ctx, m);
  if (within) return within;
  if (m) {
    const id = actorOf(ctx.registry, m);
    if (!id) {
      // "a resident of Ganja said"
      // "a resident of Ganja", "residents of Khartoum and its twin city of Omdurman"
      for (let k = m.first - 1; k >= 0 && k >= m.first - 10; k--) {
        const key = tokens[k]!.key;
        if (!PERSON_NOUNS.has(key)) continue;
        if (!/^(of|in|from)$/.test(tokens[k + 1]?.key ?? '')) break;
        const place = s.mentions.find(
          (x) => x.first === k + 2 || (tokens[k + 2]?.key === 'the' && x.first === k + 3),
        );
        if (!place) break;
        const first = phraseStart(s, k);
        const name = `${ctx.text.slice(place.start, place.end)} ${tokens[k]!.text.toLowerCase()}`;
        return person(
          s,
          ctx,
          name.charAt(0).toUpperCase() + name.slice(1),
          first,
          last + 1,
          undefined,
        );
      }
      return undefined;
    }
    const ids = [id];
    let first = m.first;
    let joined = false;
    // "Russia and Turkey", "Russia, Turkey and Iran"; a list joined by commas alone is not one.
    for (;;) {
      // "the United Nations and the United States", "Wang Yi and his Indian counterpart …"
      let at = first;
      while (/^(the|his|her|its|their)$/.test(tokens[at - 1]?.key ?? '')) at--;
      const sep = tokens[at - 1]?.key;
      if (sep !== 'and' && sep !== ',') break;
      const before = s.mentions.find((x) => x.last === at - 1);
      const other = before && actorOf(ctx.registry, before);
      if (!before || !other || ids.includes(other)) break;
      joined ||= sep === 'and';
      ids.unshift(other);
      first = before.first;
    }
    if (!joined) return span(s, m.first, m.last, [id], 0.85);
    return span(s, first, m.last, ids, 0.8);
  }
  // "the Houthi militia", "M23 rebels": a group noun after the group's own name.
  const named = GROUP_NOUNS.has(t.key) ? s.mentions.find((x) => x.last === last) : undefined;
  const group = named && actorOf(ctx.registry, named);
  if (named && group && ctx.registry.get(group)?.kind === EntityKind.ORGANIZATION)
    return span(s, named.first, last + 1, [group], 0.8);
  if (SUBJECT_PRONOUNS.has(t.key)) {
    // "Houthi officials said … They said …": "they" after unnamed people is those people.
    const people = t.key === 'they' ? ctx.lastSpeakers?.() : undefined;
    const plural = people?.length === 1 ? ctx.registry.get(people[0]!) : undefined;
    if (plural?.kind === EntityKind.PERSON && /s$/.test(plural.name))
      return span(s, last, last + 1, [plural.id], 0.65);
    const id = ctx.discourse.pronoun(t.key === 'they' ? 'it' : t.key, s.index);
    // "the ministries said … It says": a pronoun after a joint statement is all its speakers.
    const joint = ctx.lastSpeakers?.();
    if (id && joint && joint.length > 1 && joint.includes(id) && t.key !== 'he' && t.key !== 'she')
      return span(s, last, last + 1, [...joint], 0.7);
    // A pronoun is resolved by recency alone: on real news it is wrong about half the time
    // (a party or place named in between), so it is worth a reviewer's look more often.
    const sure = id && ctx.discourse.spokeJustBefore(id, s.index) ? 0.75 : 0.65;
    return id ? span(s, last, last + 1, [id], sure) : undefined;
  }
  // "a local monitoring group", "a rights organisation": an unnamed body of its own.
  if (UNNAMED_BODY_HEADS.has(t.key)) {
    const first = phraseStart(s, last);
    if (/^(a|an)$/.test(tokens[first]?.key ?? '') && first < last - 1) {
      const name = ctx.text.slice(tokens[first + 1]!.start, t.end);
      // "a monitoring group said …" before the report names "the Syrian Observatory": the first
      // monitor the report names is meant (registered in the order the text names them).
      const monitor = /monitor/i.test(name)
        ? ctx.registry
            .all()
            .find((e) => e.kind === EntityKind.ORGANIZATION && MONITOR_NAMES.test(e.name))
        : undefined;
      if (monitor) return span(s, first, last + 1, [monitor.id], 0.45);
      const body = ctx.registry.ensure(EntityKind.ORGANIZATION, name, []);
      body.named = true;
      return span(s, first, last + 1, [body.id], 0.5);
    }
  }
  if (PERSON_NOUNS.has(t.key) || SPEAKING_BODIES.has(t.key) || DOCUMENTS.has(t.key))
    return described(s, ctx, phraseStart(s, last), last);
  // "both sides", "the warring parties": the report's two main parties.
  if (
    /^(sides|parties)$/.test(t.key) &&
    /^(both|two|warring|rival)$/.test(tokens[last - 1]?.key ?? '')
  ) {
    const two = ctx.parties?.top(2) ?? [];
    const first = tokens[last - 2]?.key === 'the' ? last - 2 : last - 1;
    if (two.length === 2) return span(s, first, last + 1, two, 0.55);
  }
  // "the Ukrainian ministries said": the bodies of that head named last, together.
  const singular = PLURAL_HEADS.get(t.key);
  if (singular) {
    const first = phraseStart(s, last);
    const ids = tokens[first]?.key === 'the' ? ctx.discourse.descriptions(singular, s.index) : [];
    if (ids.length > 1) return span(s, first, last + 1, ids, 0.65);
  }
  if (
    tokens[last - 1]?.key === 'the' &&
    (STATE_BODY_HEADS.has(t.key) || TITLE_HEADS.has(t.key) || GROUP_DESCRIPTIONS.has(t.key))
  ) {
    const id =
      ctx.discourse.description(t.key) ??
      (GROUP_DESCRIPTIONS.has(t.key) ? ctx.discourse.pronoun('it', s.index) : undefined);
    return id ? span(s, last - 1, last + 1, [id], 0.7) : undefined;
  }
  // "the enclave's health ministry": a body the text does not name; it gets a name of its own.
  if (STATE_BODY_HEADS.has(t.key)) {
    const first = phraseStart(s, last);
    if (first < last && tokens[first]!.key === 'the') {
      const name = ctx.text.slice(tokens[first + 1]!.start, t.end);
      // "the health ministry" after "Gaza's Health Ministry": the body named before.
      const phrase = name.toLowerCase();
      const named = ctx.registry
        .all()
        .filter(
          (e) =>
            e.kind === EntityKind.ORGANIZATION &&
            [e.name, ...e.aliases].some((n) => n.toLowerCase().endsWith(phrase)),
        );
      if (named.length === 1) return span(s, first, last + 1, [named[0]!.id], 0.65);
      const body = ctx.registry.ensure(
        EntityKind.ORGANIZATION,
        name.charAt(0).toUpperCase() + name.slice(1),
        [name],
      );
      body.named = true;
      return span(s, first, last + 1, [body.id], 0.55);
    }
  }
  // "Azerbaijan's president", "the Turkish foreign minister": a title without a name.
  if (TITLE_HEADS.has(t.key) && !PERSON_TITLE_HEADS.has(t.key)) {
    const first = phraseStart(s, last);
    const id = ctx.discourse.description(t.key);
    if (id) return span(s, first, last + 1, [id], 0.65);
    // "the Houthi health minister", never named: an unnamed office-holder of that side.
    // Only with the side as an adjective: "the African Union's chief mediator" is more often
    // someone the next sentence names.
    const owner = s.mentions.find(
      (m) => m.first >= first && m.last <= last && tokens[m.last]?.kind !== 'possessive',
    );
    const side = owner && actorOf(ctx.registry, owner);
    if (!side || !/^(the|a|an)$/.test(tokens[first]?.key ?? '')) return undefined;
    const name = ctx.text.slice(tokens[first + 1]!.start, t.end);
    return { ...person(s, ctx, name, first, last + 1, side), confidence: 0.55 };
  }
  return undefined;
}

/** The speaker named after an inverted cue ("…,” said a Ganja resident), reading rightwards. */
export function speakerStartingAt(
  s: Sentence,
  ctx: AttributionContext,
  first: number,
): Speaker | undefined {
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
      const skip = /^(the|his|her|its|their)$/.test(tokens[last + 1]?.key ?? '') ? 1 : 0;
      const next = s.mentions.find((x) => x.first === last + 1 + skip);
      const other = next && actorOf(ctx.registry, next);
      if (other) {
        ids.push(other);
        last = next.last;
      }
    }
    if (ids.length > 0) return span(s, first, last, ids, 0.85);
  }
  // A noun phrase up to the next punctuation: "a Ganja resident", "one witness", "the ministry".
  if (/^(its|his|her|their|our|my|your)$/.test(t.key)) return undefined;
  for (let k = first; k < tokens.length && k < first + 6; k++) {
    const w = tokens[k]!;
    if (w.kind === 'punct' || w.kind === 'quote' || /^(for|to|with|by|that|about|on)$/.test(w.key))
      break;
    const next = tokens[k + 1];
    const endsHere =
      !next ||
      next.kind === 'punct' ||
      next.kind === 'quote' ||
      /^(of|in|from|who|on|at)$/.test(next.key);
    if (endsHere) return speakerEndingAt(s, ctx, k);
  }
  return undefined;
}

/** The body before "in <place>" when `m` is that place: "the coalition in Yemen". */
function placeAfterBody(
  s: Sentence,
  ctx: AttributionContext,
  m: { first: number },
): Speaker | undefined {
  if (s.tokens[m.first - 1]?.key !== 'in') return undefined;
  // "Houthi officials in Yemen said": the people before the place speak.
  const before = s.tokens[m.first - 2];
  if (before && PERSON_NOUNS.has(before.key)) return speakerEndingAt(s, ctx, m.first - 2);
  const body = s.mentions.find((x) => x.last === m.first - 1);
  const id = body && actorOf(ctx.registry, body);
  if (!body || !id || ctx.registry.get(id)?.kind !== EntityKind.ORGANIZATION) return undefined;
  return span(s, body.first, body.last, [id], 0.8);
}
