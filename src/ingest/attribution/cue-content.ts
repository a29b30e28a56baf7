import type { Paragraph, Sentence } from '../article';
import type { CueMatch } from '../lexicon/cues';
import { quoteAt } from '../quotes';
import { skipAdjuncts, skipListener } from './adjuncts';
import { clauseContent, quoteContent, type Content } from './content';
import type { AttributionContext } from './context';
import { readObject } from './object';

const CONTENT_PREPOSITIONS = new Set([
  'of',
  'for',
  'on',
  'over',
  'to',
  'that',
  'about',
  'against',
  'after',
  'in',
]);
// Loosely attached clauses that are the reporter's, not the speaker's: ", which started on …".
const TRAILING_CLAUSE = new Set([
  'which',
  'who',
  'while',
  'whereas',
  'although',
  'though',
  'according',
  'a',
  'an',
  'citing',
  'dealing',
  'marking',
  // ", drawing condemnation from …": what the act set off is the reporter's account.
  'drawing',
  'prompting',
  'sparking',
  'triggering',
  'days',
  'weeks',
  'hours',
]);

function clauseEnd(s: Sentence, from: number, stopAt: number | undefined): number {
  const { tokens } = s;
  const limit = stopAt ?? tokens.length;
  for (let k = from; k < limit; k++) {
    const t = tokens[k]!;
    if (t.text === ';') return k;
    if (t.text === ',' && TRAILING_CLAUSE.has(tokens[k + 1]?.key ?? '')) return k;
    // A spaced dash ends the clause; "dead–killed" joins two words of one.
    const spaced = tokens[k - 1]!.end < t.start || (tokens[k + 1]?.start ?? Infinity) > t.end;
    if ((t.text === '—' || t.text === '–') && k > from + 2 && spaced) return k;
  }
  if (stopAt === undefined) return tokens.length;
  // The next statement starts at its connector: "denied …, and accused …".
  let k = stopAt - 1;
  while (k > from && k > stopAt - 8) {
    const key = tokens[k]!.key;
    if (key === ',' || key === 'and' || key === 'but') {
      while (k > from && (tokens[k - 1]!.key === ',' || tokens[k - 1]!.key === 'and')) k--;
      return k;
    }
    k--;
  }
  return tokens.length;
}

/**
 * Where a reported clause splits into two statements: "… and that …", "…, but …", and "but"
 * right after a quotation ("would “not hesitate …” but remained committed …").
 */
function splitPoints(s: Sentence, from: number, to: number): number[] {
  const { tokens } = s;
  const points: number[] = [];
  for (let k = from + 2; k < to - 2; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    if (t.key === 'and' && tokens[k + 1]?.key === 'that') points.push(k);
    // "…, and if civilians were also killed, it was because …": a second clause of its own.
    else if (
      t.key === 'and' &&
      prev.text === ',' &&
      /^(if|when|while)$/.test(tokens[k + 1]?.key ?? '')
    )
      points.push(k);
    else if (t.key === 'but' && (prev.text === ',' || prev.kind === 'quote')) points.push(k);
  }
  return points;
}

/** The content that follows a cue in its sentence (or the quote it opens, which may run on). */
export function contentAfter(
  s: Sentence,
  p: Paragraph,
  cue: CueMatch,
  nextCue: number | undefined,
  reader: AttributionContext,
  speakers: readonly string[],
): Content[] {
  const { tokens } = s;
  const text = reader.text;
  let pos = cue.last;
  let medium: string | undefined;
  let objects: string[] = [];
  if (cue.frame === 'tell') {
    const listener = skipListener(s, pos, reader);
    pos = listener.pos;
    medium = listener.medium;
  } else if (cue.frame === 'accuse' || cue.frame === 'object') {
    const object = readObject(s, pos, reader, speakers);
    objects = object.ids;
    if (objects.length > 0) {
      pos = object.pos;
      // "questioned Armenia’s ability": the object's own thing is the content.
      if (tokens[pos]?.kind === 'possessive') pos = object.first;
      else if (CONTENT_PREPOSITIONS.has(tokens[pos]?.key ?? '')) pos++;
      else if (tokens[pos]?.key === 'as' && cue.frame === 'object') pos++;
      else pos = object.first;
    } else if (cue.frame === 'object' && CONTENT_PREPOSITIONS.has(tokens[pos]?.key ?? '')) pos++;
  }
  const adj = skipAdjuncts(s, pos, reader);
  pos = adj.pos;
  medium ??= adj.medium;
  // An adverb before the content is the reporter's hedge: "congratulated him on allegedly …".
  while (/^(allegedly|reportedly|purportedly|apparently)$/.test(tokens[pos]?.key ?? '')) pos++;
  const first = tokens[pos];
  if (!first) return [];
  if (first.kind === 'quote') {
    const q = quoteAt(p.quotes, first.start);
    if (
      q &&
      q.open === first.start &&
      (q.close >= s.end || !tokens.some((t) => t.start >= q.close && t.kind === 'word'))
    ) {
      return [quoteContent(text, q, objects, medium)];
    }
  }
  const endToken = clauseEnd(s, pos, nextCue);
  if (endToken <= pos) return [];
  const bounds = [pos, ...splitPoints(s, pos, endToken), endToken];
  const parts: Content[] = [];
  for (let n = 0; n + 1 < bounds.length; n++) {
    let a = bounds[n]!;
    const b = bounds[n + 1]!;
    if (n > 0) {
      a++;
      if (tokens[a]?.key === 'that') a++;
    }
    if (a >= b) continue;
    const c = clauseContent(text, p, tokens[a]!.start, tokens[b - 1]!.end, objects, medium);
    if (c) parts.push(c);
  }
  return parts;
}

/**
 * The content told before its cue: "Twenty soldiers were killed …, the Indian army said" — the
 * clause from the start of the sentence to the comma before the speaker.
 */
export function contentBefore(
  s: Sentence,
  p: Paragraph,
  comma: number,
  reader: AttributionContext,
): Content | undefined {
  const { tokens } = s;
  let from = datelineEnd(s);
  while (from < comma && tokens[from]!.kind === 'punct') from++;
  if (comma - from < 3) return undefined;
  return clauseContent(reader.text, p, tokens[from]!.start, tokens[comma - 1]!.end, []);
}

/** Past a wire dateline opening the sentence ("DUBAI, Jan 12 (Reuters) - "), else 0. */
export function datelineEnd(s: Sentence): number {
  const { tokens } = s;
  if (!tokens[0] || !/^\p{Lu}{3,}$/u.test(tokens[0].text.replace(/[\s.-]/g, ''))) return 0;
  for (let k = 1; k < Math.min(tokens.length, 14); k++)
    if (/^[-—–]$/.test(tokens[k]!.text)) return k + 1;
  return 0;
}
