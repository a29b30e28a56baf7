import type { Mention } from '../entities/mention';
import {
  ADDRESS_VERBS,
  AGREEMENT_VERBS,
  DECISION_NOUNS,
  LISTENER_VERBS,
  LOCATIVE_HEADS,
} from '../lexicon/words';
import type { Token } from '../tokens';

/**
 * Clues in a statement's words about which of its mentions it is about. Each is a shape of news
 * English, not a name: the listeners of a verb of telling ("notified Turkey, Ukraine and the
 * United Nations of …") and the owners of a place ("near the army's headquarters") are only
 * mentioned, and so are the listener of a verb of saying ("state clearly to Maduro that …") and
 * the host of what was struck ("the ceremony held by the NUG"); a verb of agreeing ("have agreed to", "implement it") makes the agreement the topic;
 * "the decision" or "the move" refers back to the action the report leads with.
 */
const LIST_GLUE = new Set([',', 'and', 'the']);
const LOCATIVE_PREPOSITIONS = new Set(['near', 'at', 'in', 'outside', 'inside', 'around', 'on']);

/** Mentions that are listeners of a verb of telling, or owners of a place. */
export function onlyMentioned(
  tokens: readonly Token[],
  mentions: readonly Mention[],
): Set<Mention> {
  const found = new Set<Mention>();
  let listenerFrom = -1;
  for (const m of mentions) {
    const verb = tokens.findLastIndex((t, i) => i < m.first && LISTENER_VERBS.has(t.key));
    const from = Math.max(verb + 1, listenerFrom);
    if (verb >= 0 && tokens.slice(from, m.first).every((t) => LIST_GLUE.has(t.key))) {
      found.add(m);
      listenerFrom = m.last;
      continue;
    }
    if (addressed(tokens, m.first) || hostOf(tokens, m.first) || bracketAfter(tokens, m, found)) {
      found.add(m);
      continue;
    }
    const owner = tokens[m.last]?.kind === 'possessive';
    const head = tokens[m.last + (owner ? 1 : 0)];
    let before = m.first - 1;
    if (tokens[before]?.key === 'the') before--;
    if (
      owner &&
      head &&
      LOCATIVE_HEADS.has(head.key) &&
      LOCATIVE_PREPOSITIONS.has(tokens[before]?.key ?? '')
    )
      found.add(m);
  }
  return found;
}

export function hasAgreementVerb(tokens: readonly Token[]): boolean {
  return tokens.some((t) => AGREEMENT_VERBS.has(t.key));
}

/** "implement it", "abide by this": a pronoun that stands for an agreement. */
export function agreementPronoun(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, i) =>
      AGREEMENT_VERBS.has(t.key) &&
      ['it', 'this'].includes(
        (tokens[i + 1]?.key === 'by' ? tokens[i + 2] : tokens[i + 1])?.key ?? '',
      ),
  );
}

/** Where "the decision", "this move", "its withdrawal" starts, if the tokens refer back so. */
export function decisionAt(tokens: readonly Token[]): number | undefined {
  const i = tokens.findIndex(
    (t, k) => DECISION_NOUNS.has(t.key) && /^(the|this|that|its)$/.test(tokens[k - 1]?.key ?? ''),
  );
  return i < 0 ? undefined : i - 1;
}

/** Words between a verb of saying and its "to": "state clearly to", "made it clear to". */
const MAX_ADDRESS_GAP = 3;

/** "state clearly to X", "made it clear to the X": the mention at `first` is who is told. */
function addressed(tokens: readonly Token[], first: number): boolean {
  const to = tokens[first - 1]?.key === 'the' ? first - 2 : first - 1;
  if (tokens[to]?.key !== 'to') return false;
  for (let k = to - 1; k >= 0 && k >= to - 1 - MAX_ADDRESS_GAP; k--)
    if (ADDRESS_VERBS.has(tokens[k]!.key)) return true;
  return false;
}

const HOST_VERBS = new Set(['held', 'organised', 'organized', 'hosted', 'run', 'attended']);

/** "the ceremony held by the National Unity Government": who held what was struck. */
function hostOf(tokens: readonly Token[], first: number): boolean {
  let by = first - 1;
  // "by the National Unity Government" read as "Unity": past the name's other words.
  while (by >= first - 3 && (tokens[by]?.upper || tokens[by]?.key === 'the')) by--;
  return tokens[by]?.key === 'by' && HOST_VERBS.has(tokens[by - 1]?.key ?? '');
}

/** "(NUG)" right after a mention (and its name's last words) that is only mentioned is too. */
function bracketAfter(tokens: readonly Token[], m: Mention, found: ReadonlySet<Mention>): boolean {
  if (tokens[m.first - 1]?.text !== '(') return false;
  return [...found].some((f) => f.last < m.first && f.last >= m.first - 3);
}
