import { EntityKind, RelationType } from '../../entities/vocabulary';
import type { Article, Sentence } from '../article';
import { placeMention } from '../entities/mention';
import type { EntityRegistry } from '../entities/registry';
import { AGREEMENT_NOUNS, NOT_NAMES, TALKS_NOUNS } from '../lexicon/words';
import { slugify } from '../slug';
import type { Token } from '../tokens';

/**
 * Agreements and the talks that make them, as Events: named ones ("the Black Sea grain deal",
 * "the Jeddah agreement", "a Russia-brokered temporary ceasefire", "talks in Pretoria") and
 * described ones ("a seven-day ceasefire"). A bare definite mention ("the deal", "this truce",
 * "the talks") is the latest of its class: news varies the noun ("deal", "agreement", "truce")
 * for one and the same agreement. Returns the ids of the agreements and of the talks.
 */
const MODIFIERS = new Set([
  'grain',
  'peace',
  'temporary',
  'humanitarian',
  'permanent',
  'new',
  'nationwide',
  'prisoner',
  'exchange',
  'security',
  'trade',
  'nuclear',
  'interim',
  'initial',
  'formal',
  'comprehensive',
  'lasting',
  'final',
  'framework',
  'bilateral',
  'ceasefire',
  'landmark',
  'fragile',
  'export',
]);
const DEFINITE = new Set(['the', 'this', 'that', 'its', 'their']);
const VERB_BEFORE = new Set(['to', 'will', 'would', 'can', 'could', 'must', 'should', 'cannot']);

type Kind = 'agreement' | 'talks';

function classOf(key: string): Kind | undefined {
  if (AGREEMENT_NOUNS.has(key)) return 'agreement';
  if (TALKS_NOUNS.has(key)) return 'talks';
  return undefined;
}

/**
 * Where an agreement noun phrase ends (one past its last token): the noun itself, or a fixed
 * phrase that diplomacy uses as the name of a truce ("cessation of hostilities").
 */
function phraseAt(tokens: readonly Token[], i: number): { kind: Kind; end: number } | undefined {
  const kind = classOf(tokens[i]!.key);
  if (kind) return { kind, end: i + 1 };
  if (tokens[i]!.key === 'cessation' && tokens[i + 1]?.key === 'of') {
    const next = tokens[i + 2]?.key ?? '';
    if (next === 'hostilities' || next === 'fighting') return { kind: 'agreement', end: i + 3 };
  }
  return undefined;
}

const HELD = new Set(['held', 'hosted', 'taking']);
/** How far after the noun "held in X" may come, and how far X after "in" ("the Saudi city of"). */
const HELD_WINDOW = 20;
const PLACE_WINDOW = 5;
const PLACE_KINDS = new Set([EntityKind.CITY, EntityKind.REGION, EntityKind.COUNTRY]);

/** "talks … which are held in the Saudi city of Jeddah": the place the talks are held. */
function heldIn(s: Sentence, registry: EntityRegistry, from: number): string | undefined {
  const { tokens } = s;
  for (let k = from; k < tokens.length && k < from + HELD_WINDOW; k++) {
    if (!HELD.has(tokens[k]!.key)) continue;
    const at = tokens[k + 1]?.key === 'place' ? k + 2 : k + 1;
    if (tokens[at]?.key !== 'in') return undefined;
    // "the Saudi city of Jeddah": the place named last is the one meant, not its country.
    const m = s.mentions.findLast(
      (x) =>
        x.first > at &&
        x.first <= at + PLACE_WINDOW &&
        PLACE_KINDS.has(registry.get(x.id)?.kind as EntityKind),
    );
    return m ? registry.get(m.id)!.name : undefined;
  }
  return undefined;
}

const DECLARE = new Set(['announced', 'declared', 'proclaimed', 'ordered', 'proposed', 'unveiled']);
const DECLARER_KINDS = new Set([EntityKind.LEADER, EntityKind.PERSON, EntityKind.COUNTRY]);

/**
 * "a ceasefire that President Petro Poroshenko announced on Friday": one side's truce or plan is
 * named after who declared it ("Poroshenko ceasefire"), a person by the last word of the name.
 */
function declaredBy(s: Sentence, registry: EntityRegistry, stop: number): string | undefined {
  const { tokens } = s;
  if (!/^(that|which)$/.test(tokens[stop]?.key ?? '')) return undefined;
  const m = s.mentions.find((x) => x.first === stop + 1 || x.first === stop + 2);
  const e = m && registry.get(m.id);
  if (!m || !e || !DECLARER_KINDS.has(e.kind) || !DECLARE.has(tokens[m.last]?.key ?? ''))
    return undefined;
  return e.kind === EntityKind.COUNTRY ? e.name : e.name.split(' ').pop();
}

export function recognizeAgreements(
  article: Article,
  registry: EntityRegistry,
  leadPlace?: string,
): { agreements: Set<string>; talks: Set<string> } {
  const agreements = new Set<string>();
  const talks = new Set<string>();
  const byProperName = new Map<string, string>();
  const latest: Partial<Record<Kind, string>> = {};
  // A definite "the deal" means the agreement the report named, if it named one.
  const latestNamed: Partial<Record<Kind, string>> = {};
  for (const s of article.sentences) {
    const { tokens } = s;
    for (let i = 0; i < tokens.length; i++) {
      const phrase = phraseAt(tokens, i);
      if (!phrase || s.mentions.some((m) => m.first <= i && i < m.last)) continue;
      const { kind, end: stop } = phrase;
      // "talks with a rival force … held in the Saudi city of Jeddah": where they are held names them.
      const heldAt = kind === 'talks' ? heldIn(s, registry, stop) : undefined;
      if (VERB_BEFORE.has(tokens[i - 1]?.key ?? '')) continue;
      if (tokens[stop]?.key === 'with' && !heldAt) continue;
      let j = i;
      let named = false;
      let modified = false;
      let broker: string | undefined;
      const proper: string[] = [];
      for (;;) {
        // "the Saudi city of Jeddah": the place named last is the one meant, not its country.
        const m = s.mentions.findLast((x) => x.last === j);
        const prev = tokens[j - 1];
        if (m && j > 0) {
          const k = registry.get(m.id)?.kind;
          if (k === EntityKind.PERSON || k === EntityKind.LEADER) break;
          if (
            m.role === 'modifier' &&
            /-(brokered|mediated|led|backed)$/i.test(tokens[m.first]!.text)
          )
            broker = m.id;
          named = true;
          proper.unshift(m.id);
          j = m.first;
        } else if (
          prev &&
          prev.kind === 'word' &&
          (MODIFIERS.has(prev.key) || /^\w+-(day|week|month|year|long|old)$/.test(prev.key))
        ) {
          modified = true;
          j--;
        } else if (
          prev &&
          prev.kind === 'word' &&
          prev.upper &&
          !NOT_NAMES.has(prev.key) &&
          j - 1 > 0
        ) {
          named = true;
          proper.unshift(prev.key);
          j--;
        } else break;
      }
      const det = tokens[j - 1]?.key ?? '';
      let place = heldAt;
      if (tokens[stop]?.key === 'in') {
        const m = s.mentions.find((x) => x.first === stop + 1);
        const k = m && registry.get(m.id)?.kind;
        if (m && (k === EntityKind.CITY || k === EntityKind.REGION || k === EntityKind.COUNTRY))
          place = registry.get(m.id)!.name;
      }
      // "a ceasefire that President Petro Poroshenko announced": named after who declared it.
      const declarer = named || place ? undefined : declaredBy(s, registry, stop);
      if (declarer) place = declarer;
      let id: string | undefined;
      // "the Black Sea grain deal, a year-old agreement that …": the same agreement again.
      const apposed =
        tokens[j - 2]?.text === ',' && /^(a|an)$/.test(det)
          ? s.mentions.find(
              (m) => m.last === j - 2 && registry.get(m.id)?.kind === EntityKind.EVENT,
            )
          : undefined;
      // "the Black Sea grain deal" … "the Black Sea agreements": news varies the noun and its
      // modifiers, not the proper name, of one agreement.
      const properKey = named ? `${kind}|${proper.join(' ')}` : undefined;
      const sameName = properKey ? byProperName.get(properKey) : undefined;
      if (apposed) id = apposed.id;
      else if (sameName) {
        id = sameName;
        latestNamed[kind] = id;
      } else if (named || place || (modified && !DEFINITE.has(det))) {
        const surface = tokens
          .slice(j, stop)
          .map((t) => t.text)
          .join(' ')
          .replace(/ - /g, '-');
        const noun = tokens
          .slice(i, stop)
          .map((t) => t.text)
          .join(' ');
        const name = place && !named ? `${place} ${noun}` : surface;
        const aliases = place && !named ? [`${surface} in ${place}`] : [];
        const event = registry.ensure(
          EntityKind.EVENT,
          name.charAt(0).toUpperCase() + name.slice(1),
          aliases,
          slugify(name),
        );
        event.named = true;
        if (broker && !event.known)
          registry.relate(RelationType.BROKERED_BY, event.id, broker, s.index);
        id = event.id;
        if (named || place) latestNamed[kind] = id;
        if (properKey) byProperName.set(properKey, id);
      } else if (DEFINITE.has(det) || tokens[i + 1]?.kind === 'possessive') {
        id = latestNamed[kind] ?? latest[kind];
        // "The agreement, signed by …" with none named before: the one the report is about.
        if (!id && leadPlace && !tokens[i]!.key.endsWith('s')) {
          const name = `${leadPlace} ${kind === 'talks' ? 'talks' : 'agreement'}`;
          const event = registry.ensure(EntityKind.EVENT, name, [], slugify(name));
          event.named = true;
          id = event.id;
        }
      }
      if (!id) continue;
      latest[kind] = id;
      (kind === 'agreement' ? agreements : talks).add(id);
      placeMention(s.mentions, {
        first: j,
        last: stop,
        start: tokens[j]!.start,
        end: tokens[stop - 1]!.end,
        id,
        role: named ? 'name' : 'description',
      });
    }
  }
  return { agreements, talks };
}
