import { EntityKind } from '../../entities/vocabulary';
import type { Sentence } from '../article';
import { isCueWord } from '../lexicon/cues';
import { PERSON_NOUNS } from '../lexicon/words';
import { actorOf, span, type Speaker } from './actor';
import type { AttributionContext } from './context';

/**
 * Speakers named by description: unnamed people ("a Ganja resident", "a senior Saudi official"
 * become Person entities named by their description), a state's authorities ("Azerbaijani
 * authorities" are the state), documents ("the statement said": whoever issued it), and
 * definite descriptions ("the ministry", resolved through the discourse).
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

// Heads for which the state or body in the phrase is the speaker ("Azerbaijani authorities");
// unnamed officials and spokespeople are people of their own, speaking for it.
export const SPEAKING_BODIES = set(`authorities government leadership`);
export const DOCUMENTS = set(`statement communique communiqué declaration readout report`);
const STATE_MEDIA = set(`media television tv radio`);
// Bodies a document's phrase may name by description: "the coalition statement".
const ISSUER_WORDS = set(`coalition ministry army military junta government group militia command`);
const NP_DETERMINERS = set(`a an one another the two three several some many other`);
const NP_ADJECTIVES = /^[a-z][a-z-]*$/;
const PRONOUNS = set(`he she it they`);
const PHRASE_STOPS = set(`by as of to from in on at with for and or but that which who`);

/** An unnamed person or body described by a noun phrase whose head noun is at `head`. */
export function described(
  s: Sentence,
  ctx: AttributionContext,
  first: number,
  head: number,
): Speaker | undefined {
  const { tokens } = s;
  const headKey = tokens[head]!.key;
  const det = tokens[first]!.key;
  const inner = s.mentions.filter((m) => m.first >= first && m.last <= head + 1);
  const owner = inner
    .map((m) => actorOf(ctx.registry, m))
    .find((id) => id && ctx.registry.get(id)?.kind !== EntityKind.LEADER);
  if (SPEAKING_BODIES.has(headKey))
    return owner ? span(s, first, head + 1, [owner], 0.65) : undefined;
  if (DOCUMENTS.has(headKey)) {
    // "Ukraine's joint statement", "the coalition statement": the issuer is in the phrase.
    if (owner) return span(s, first, head + 1, [owner], 0.7);
    // "a state media report said": the state's media, a body of its own.
    const media = tokens.slice(first, head).find((t) => STATE_MEDIA.has(t.key));
    if (media && tokens[tokens.indexOf(media) - 1]?.key === 'state') {
      const body = ctx.registry.ensure(EntityKind.ORGANIZATION, `State ${media.key}`, []);
      body.named = true;
      return span(s, first, head + 1, [body.id], 0.5);
    }
    const issuerWord = tokens.slice(first, head).find((t) => ISSUER_WORDS.has(t.key));
    const described = issuerWord && ctx.discourse.description(issuerWord.key);
    if (described) return span(s, first, head + 1, [described], 0.65);
    // "the statement said": whoever was last said to issue one, else the latest speaker.
    const ids = ctx.discourse.issuer ?? ctx.lastSpeakers?.();
    return ids && ids.length > 0 ? span(s, first, head + 1, [...ids], 0.55) : undefined;
  }
  if (det === 'the' && head === first + 1) {
    const id = ctx.discourse.description(headKey);
    return id ? span(s, first, head + 1, [id], 0.65) : undefined;
  }
  if (!PERSON_NOUNS.has(headKey)) return undefined;
  // "Spokesman says …" in a headline or standfirst: the one office-holder of that title whom
  // the body names later.
  const ahead = s.paragraph <= 2 && !owner ? officeHolder(ctx, headKey) : undefined;
  if (ahead) return span(s, first, head + 1, [ahead], 0.5);
  const nameFirst = NP_DETERMINERS.has(det) ? first + 1 : first;
  if (nameFirst > head) return undefined;
  const found = person(
    s,
    ctx,
    ctx.text.slice(tokens[nameFirst]!.start, tokens[head]!.end),
    first,
    head + 1,
    owner,
  );
  // A bare "officials said" names nobody in particular: worth a reviewer's look.
  return nameFirst === head ? { ...found, confidence: 0.55 } : found;
}

export function person(
  s: Sentence,
  ctx: AttributionContext,
  name: string,
  first: number,
  last: number,
  owner: string | undefined,
): Speaker {
  const { tokens } = s;
  const entity = ctx.registry.ensure(EntityKind.PERSON, name, [
    ctx.text.slice(tokens[first]!.start, tokens[last - 1]!.end),
  ]);
  entity.named = true;
  if (owner && !entity.known) entity.partOf ??= owner;
  return span(s, first, last, [entity.id], 0.65);
}

/** The start of a noun phrase ending at `head`: back over adjectives and names to a determiner. */
export function phraseStart(s: Sentence, head: number): number {
  let first = head;
  for (let k = head - 1; k >= 0 && k >= head - 5; k--) {
    const t = s.tokens[k]!;
    const inMention = s.mentions.some((m) => m.first <= k && k < m.last);
    if (NP_DETERMINERS.has(t.key)) return k;
    // "as alleged by local officials": a preposition or a verb of saying ends the phrase.
    if (!inMention && (PHRASE_STOPS.has(t.key) || isCueWord(t.key))) break;
    if (
      inMention ||
      t.kind === 'possessive' ||
      (t.kind === 'word' && (NP_ADJECTIVES.test(t.text) || t.upper) && !PRONOUNS.has(t.key))
    )
      first = k;
    else break;
  }
  return first;
}

/** The one person of the article whose office has this head word ("spokesman"), if one. */
function officeHolder(ctx: AttributionContext, head: string): string | undefined {
  const holders = ctx.registry
    .all()
    .filter((e) => e.office && new RegExp(`\\b${head}\\b`, 'i').test(e.office.title));
  return holders.length === 1 ? holders[0]!.id : undefined;
}
