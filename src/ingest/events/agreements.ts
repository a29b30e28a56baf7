import { EntityKind, RelationType } from '../../graph/vocabulary';
import type { Article } from '../article';
import { placeMention } from '../entities/mention';
import type { EntityRegistry } from '../entities/registry';
import { AGREEMENT_NOUNS, NOT_NAMES, TALKS_NOUNS } from '../lexicon/words';
import { slugify } from '../slug';

/**
 * Agreements and the talks that make them, as Events: named ones ("the Black Sea grain deal",
 * "the Jeddah agreement", "a Russia-brokered temporary ceasefire", "talks in Pretoria") and
 * described ones ("a seven-day ceasefire"). A bare definite mention ("the deal", "this truce",
 * "the talks") is the latest of its class: news varies the noun ("deal", "agreement", "truce")
 * for one and the same agreement.
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

export function recognizeAgreements(
  article: Article,
  registry: EntityRegistry,
  leadPlace?: string,
): void {
  const latest: Partial<Record<Kind, string>> = {};
  // A definite "the deal" means the agreement the report named, if it named one.
  const latestNamed: Partial<Record<Kind, string>> = {};
  for (const s of article.sentences) {
    const { tokens } = s;
    for (let i = 0; i < tokens.length; i++) {
      const kind = classOf(tokens[i]!.key);
      if (!kind || s.mentions.some((m) => m.first <= i && i < m.last)) continue;
      if (VERB_BEFORE.has(tokens[i - 1]?.key ?? '') || tokens[i + 1]?.key === 'with') continue;
      let j = i;
      let named = false;
      let modified = false;
      let broker: string | undefined;
      for (;;) {
        const m = s.mentions.find((x) => x.last === j);
        const prev = tokens[j - 1];
        if (m && j > 0) {
          const k = registry.get(m.id)?.kind;
          if (k === EntityKind.Person || k === EntityKind.Leader) break;
          if (
            m.role === 'modifier' &&
            /-(brokered|mediated|led|backed)$/i.test(tokens[m.first]!.text)
          )
            broker = m.id;
          named = true;
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
          j--;
        } else break;
      }
      const det = tokens[j - 1]?.key ?? '';
      let place: string | undefined;
      if (tokens[i + 1]?.key === 'in') {
        const m = s.mentions.find((x) => x.first === i + 2);
        const k = m && registry.get(m.id)?.kind;
        if (m && (k === EntityKind.City || k === EntityKind.Region || k === EntityKind.Country))
          place = registry.get(m.id)!.name;
      }
      let id: string | undefined;
      // "the Black Sea grain deal, a year-old agreement that …": the same agreement again.
      const apposed =
        tokens[j - 2]?.text === ',' && /^(a|an)$/.test(det)
          ? s.mentions.find(
              (m) => m.last === j - 2 && registry.get(m.id)?.kind === EntityKind.Event,
            )
          : undefined;
      if (apposed) id = apposed.id;
      else if (named || place || (modified && !DEFINITE.has(det))) {
        const surface = tokens
          .slice(j, i + 1)
          .map((t) => t.text)
          .join(' ')
          .replace(/ - /g, '-');
        const name = place && !named ? `${place} ${tokens[i]!.text}` : surface;
        const aliases = place && !named ? [`${surface} in ${place}`] : [];
        const event = registry.ensure(
          EntityKind.Event,
          name.charAt(0).toUpperCase() + name.slice(1),
          aliases,
          slugify(name),
        );
        event.named = true;
        if (broker && !event.known)
          registry.relate(RelationType.BROKERED_BY, event.id, broker, s.index);
        id = event.id;
        if (named || place) latestNamed[kind] = id;
      } else if (DEFINITE.has(det) || tokens[i + 1]?.kind === 'possessive') {
        id = latestNamed[kind] ?? latest[kind];
        // "The agreement, signed by …" with none named before: the one the report is about.
        if (!id && leadPlace && !tokens[i]!.key.endsWith('s')) {
          const name = `${leadPlace} ${kind === 'talks' ? 'talks' : 'agreement'}`;
          const event = registry.ensure(EntityKind.Event, name, [], slugify(name));
          event.named = true;
          id = event.id;
        }
      }
      if (!id) continue;
      latest[kind] = id;
      placeMention(s.mentions, {
        first: j,
        last: i + 1,
        start: tokens[j]!.start,
        end: tokens[i]!.end,
        id,
        role: named ? 'name' : 'description',
      });
    }
  }
}
