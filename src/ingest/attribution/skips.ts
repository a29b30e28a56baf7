import type { Sentence } from '../article';
import { BETWEEN_SUBJECT_AND_CUE } from '../lexicon/words';
import type { Token } from '../tokens';

/**
 * What lies between a cue and its subject, read leftwards: dates ("on Wednesday"), adverbs
 * ("however"), brackets ("(RSF)", "(Apr 12)") and where the words were said ("in a Twitter
 * statement").
 */
// Where a statement was made, between its subject and the cue: "in a Twitter statement".
const CHANNELS = new Set([
  'statement',
  'post',
  'tweet',
  'interview',
  'address',
  'message',
  'video',
]);

export function skipBack(s: Sentence, k: number): number {
  const { tokens } = s;
  while (k >= 0) {
    const t = tokens[k]!;
    const date = s.dates.find((d) => d.last === k + 1);
    const opened = t.text === ')' ? openingBracket(tokens, k) : -1;
    const channel = CHANNELS.has(t.key) ? channelStart(tokens, k) : -1;
    if (date) {
      k = date.first - 1;
      if (/^(on|last|late|early)$/.test(tokens[k]?.key ?? '')) k--;
    } else if (opened >= 0) {
      // "Sudan's Rapid Support Forces (RSF) accused …", "the junta on Wednesday (Apr 12) said"
      k = opened - 1;
    } else if (channel >= 0) k = channel - 1;
    else if (BETWEEN_SUBJECT_AND_CUE.has(t.key) || t.key === 'not' || t.key === "n't") k--;
    else break;
  }
  return k;
}

/** The "(" of the bracket closed at token k, when it is near and holds no clause. */
function openingBracket(tokens: readonly Token[], k: number): number {
  for (let j = k - 1; j >= 0 && j > k - 8; j--) {
    if (tokens[j]!.text === '(') return j;
    if (tokens[j]!.kind === 'quote' || tokens[j]!.text === ',') return -1;
  }
  return -1;
}

/** The "in" of "in a (joint, Twitter, written) statement" ending at token k, or -1. */
function channelStart(tokens: readonly Token[], k: number): number {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const key = tokens[j]!.key;
    if (key === 'in')
      return /^(a|an|the|its|his|her|their)$/.test(tokens[j + 1]?.key ?? '') ? j : -1;
    if (tokens[j]!.kind !== 'word') return -1;
  }
  return -1;
}
