import { EntityKind } from '../../graph/vocabulary';
import type { Paragraph, Sentence } from '../article';
import type { CueMatch } from '../lexicon/cues';
import { MEDIUM_NOUNS } from '../lexicon/words';
import { quoteAt, type QuoteSpan } from '../quotes';
import type { Discourse } from './discourse';
import { actorOf, type SpeakerContext } from './speaker';

/**
 * What a cue introduces: the listener or medium ("told the French newspaper Liberation"), the
 * object ("accused Baku", "congratulated him"), and the content, which is either a quotation
 * (then the evidence is the words inside the marks) or the reported clause up to where the next
 * statement or a loosely attached clause begins.
 */
export interface Content {
  /** The whole content, for reading targets, stance and figures. */
  start: number;
  end: number;
  /** The evidence: the quoted words, or the clause. */
  textStart: number;
  textEnd: number;
  isQuote: boolean;
  quotes: QuoteSpan[];
  objects: string[];
  medium?: string;
  unclosed: boolean;
}

// Words of adjunct phrases between a cue and its content: "said in a statement on Saturday".
const ADJUNCT_WORDS = new Set(
  `in on at during via through a an the his her its their late early joint written separate brief
  statement interview news conference press briefing televised address speech remarks post message
  video tweet twitter telegram facebook x social media television tv radio state broadcast meeting
  call phone comments session summit visit website channel later earlier night morning evening
  afternoon weekly daily emailed official sunday monday tuesday wednesday thursday friday saturday
  today yesterday tonight last week`.split(/\s+/),
);
const LISTENER_WORDS = new Set(['reporters', 'journalists', 'lawmakers', 'parliament', 'supporters', 'him', 'her', 'them', 'us', 'me', 'the', 'a', 'an', 'state', 'news', 'private', 'local']);
const CONTENT_PREPOSITIONS = new Set(['of', 'for', 'on', 'over', 'to', 'that', 'about', 'against', 'after', 'in']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it']);
// Loosely attached clauses that are the reporter's, not the speaker's: ", which started on …".
const TRAILING_CLAUSE = new Set(['which', 'who', 'while', 'whereas', 'but', 'although', 'though', 'according']);

interface Reader extends SpeakerContext {
  discourse: Discourse;
}

function trimEvidence(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,:;]/.test(text[start]!)) start++;
  for (;;) {
    while (end > start && /[\s.,;:]/.test(text[end - 1]!)) end--;
    const last = text[end - 1];
    if (last && '"”’»'.includes(last)) {
      const inner = text.slice(start, end - 1);
      const opened = last === '’' ? inner.includes('‘') : /["“«]/.test(inner);
      if (!opened) {
        end--;
        continue;
      }
    }
    return [start, end];
  }
}

function quoteContent(text: string, q: QuoteSpan, objects: string[] = [], medium?: string): Content {
  const [textStart, textEnd] = trimEvidence(text, q.innerStart, q.innerEnd);
  return {
    start: q.innerStart, end: q.innerEnd, textStart, textEnd, isQuote: true, quotes: [q], objects,
    ...(medium ? { medium } : {}), unclosed: q.unclosed,
  };
}

/** The content of a quotation that came before its cue: "“…,” he said". */
export function quoteBefore(text: string, q: QuoteSpan): Content {
  return quoteContent(text, q);
}

function skipAdjuncts(s: Sentence, pos: number, reader: Reader): { pos: number; medium?: string } {
  const { tokens } = s;
  let medium: string | undefined;
  for (let guard = 0; guard < 6 && pos < tokens.length; guard++) {
    const date = s.dates.find((d) => d.first === pos || (d.first === pos + 1 && tokens[pos]!.key === 'on'));
    if (date) {
      pos = date.last;
      continue;
    }
    const t = tokens[pos]!;
    if (t.key === 'that' || t.text === ':' || t.text === ',') {
      pos++;
      continue;
    }
    if (!/^(in|on|at|during|via|through|to)$/.test(t.key)) break;
    // A prepositional phrase made only of adjunct words and names: "in an interview with X".
    let k = pos + 1;
    let lastMention: string | undefined;
    while (k < tokens.length && k < pos + 8) {
      const m = s.mentions.find((x) => x.first === k);
      if (m) {
        lastMention = m.id;
        k = m.last;
      } else if (ADJUNCT_WORDS.has(tokens[k]!.key) || tokens[k]!.key === 'with' || tokens[k]!.key === 'reporters' || tokens[k]!.key === 'journalists') k++;
      else break;
    }
    const boundary = tokens[k];
    if (k === pos + 1 || (boundary && !(boundary.key === 'that' || boundary.text === ',' || boundary.text === ':' || boundary.kind === 'quote' || boundary.upper || /^(the|its|his|her|their|a|an)$/.test(boundary.key)))) break;
    if (lastMention && reader.registry.get(lastMention)?.kind === EntityKind.Organization) medium = lastMention;
    pos = k;
  }
  return { pos, ...(medium ? { medium } : {}) };
}

/** The listener of "told": a medium, reporters, or a person; returns the position after it. */
function skipListener(s: Sentence, pos: number, reader: Reader): { pos: number; medium?: string } {
  const { tokens } = s;
  let k = pos;
  while (k < tokens.length && k < pos + 6) {
    const m = s.mentions.find((x) => x.first === k);
    if (m) {
      const kind = reader.registry.get(m.id)?.kind;
      const isMedium = kind === EntityKind.Organization && (MEDIUM_NOUNS.has(tokens[k - 1]?.key ?? '') || !actorIsState(reader, m.id));
      if (m.role === 'demonym' && MEDIUM_NOUNS.has(tokens[m.last]?.key ?? '')) {
        k = m.last;
        continue;
      }
      return { pos: m.last, ...(isMedium ? { medium: m.id } : {}) };
    }
    if (LISTENER_WORDS.has(tokens[k]!.key) || MEDIUM_NOUNS.has(tokens[k]!.key)) k++;
    else break;
  }
  return { pos: k };
}

function actorIsState(reader: Reader, id: string): boolean {
  const e = reader.registry.get(id);
  return !!e && (e.kind === EntityKind.Country || e.partOf !== undefined);
}

/** The object of "accused X", "congratulated him", "urged Russia and Turkey". */
function readObject(s: Sentence, pos: number, reader: Reader, speakers: readonly string[]): { ids: string[]; first: number; pos: number } {
  const { tokens } = s;
  const t = tokens[pos];
  if (!t) return { ids: [], first: pos, pos };
  if (OBJECT_PRONOUNS.has(t.key)) {
    const local = s.mentions
      .filter((m) => m.last <= pos && !speakers.includes(m.id))
      .map((m) => actorOf(reader.registry, m))
      .filter((id): id is string => !!id && reader.registry.get(id)?.kind !== EntityKind.Country && reader.registry.get(id)?.kind !== EntityKind.Organization);
    const id = t.key === 'him' || t.key === 'her' ? (local.pop() ?? reader.discourse.objectPronoun(s.index, speakers)) : reader.discourse.pronoun('it', s.index, speakers);
    return { ids: id ? [id] : [], first: pos, pos: pos + 1 };
  }
  const at = t.key === 'the' ? pos + 1 : pos;
  const m = s.mentions.find((x) => x.first === at);
  if (!m) return { ids: [], first: pos, pos };
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

function clauseEnd(s: Sentence, from: number, stopAt: number | undefined): number {
  const { tokens } = s;
  const limit = stopAt ?? tokens.length;
  for (let k = from; k < limit; k++) {
    const t = tokens[k]!;
    if (t.text === ';') return k;
    if (t.text === ',' && TRAILING_CLAUSE.has(tokens[k + 1]?.key ?? '')) return k;
    if ((t.text === '—' || t.text === '–') && k > from + 2) return k;
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

/** The content that follows a cue in its sentence (or the quote it opens, which may run on). */
export function contentAfter(
  s: Sentence,
  p: Paragraph,
  cue: CueMatch,
  nextCue: number | undefined,
  reader: Reader,
  speakers: readonly string[],
): Content | undefined {
  const { tokens } = s;
  const text = reader.text;
  let pos = cue.last;
  let medium: string | undefined;
  let objects: string[] = [];
  let objectFirst: number | undefined;
  if (cue.frame === 'tell') {
    const listener = skipListener(s, pos, reader);
    pos = listener.pos;
    medium = listener.medium;
  } else if (cue.frame === 'accuse' || cue.frame === 'object') {
    const object = readObject(s, pos, reader, speakers);
    objects = object.ids;
    if (objects.length > 0) {
      objectFirst = object.first;
      pos = object.pos;
      if (tokens[pos]?.kind === 'possessive') {
        // "questioned Armenia’s ability": the object's own thing is the content.
        pos = objectFirst;
      } else if (CONTENT_PREPOSITIONS.has(tokens[pos]?.key ?? '')) pos++;
      else if (cue.frame === 'accuse' || cue.frame === 'object') pos = objectFirst;
    } else if (cue.frame === 'object' && CONTENT_PREPOSITIONS.has(tokens[pos]?.key ?? '')) pos++;
  }
  const adj = skipAdjuncts(s, pos, reader);
  pos = adj.pos;
  medium ??= adj.medium;
  // An adverb before the content is the reporter's hedge: "congratulated him on allegedly …".
  while (/^(allegedly|reportedly|purportedly|apparently)$/.test(tokens[pos]?.key ?? '')) pos++;
  const first = tokens[pos];
  if (!first) return undefined;
  if (first.kind === 'quote') {
    const q = quoteAt(p.quotes, first.start);
    if (q && q.open === first.start) return quoteContent(text, q, objects, medium);
  }
  const endToken = clauseEnd(s, pos, nextCue);
  if (endToken <= pos) return undefined;
  const start = first.start;
  let end = tokens[endToken - 1]!.end;
  const quotes = p.quotes.filter((q) => q.open < end && q.close > start);
  // A quote opened inside the clause runs on to its own end, possibly past the sentence.
  for (const q of quotes) if (q.close > end) end = q.close;
  const [cs, ce] = trimEvidence(text, start, end);
  if (ce <= cs) return undefined;
  const quoted = quotes.reduce((n, q) => n + (Math.min(q.innerEnd, ce) - Math.max(q.innerStart, cs)), 0);
  if (quotes.length === 1 && quoted >= 0.5 * (ce - cs)) return { ...quoteContent(text, quotes[0]!, objects, medium), start: cs, end: ce };
  return {
    start: cs, end: ce, textStart: cs, textEnd: ce, isQuote: false, quotes, objects,
    ...(medium ? { medium } : {}), unclosed: quotes.some((q) => q.unclosed),
  };
}
