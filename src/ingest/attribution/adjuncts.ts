import { EntityKind } from '../../entities/vocabulary';
import type { Sentence } from '../article';
import type { CueMatch } from '../lexicon/cues';
import { MEDIUM_NOUNS } from '../lexicon/words';
import type { AttributionContext } from './context';

/**
 * What may stand between a cue and its content without being either: adjunct phrases ("said in a
 * statement on Saturday", "wrote on Telegram"), the listener of "told" ("told the French
 * newspaper Liberation", "told reporters in Jeddah"), which name the medium when it is an outlet
 * or a platform.
 */
// Words of adjunct phrases between a cue and its content: "said in a statement on Saturday".
const ADJUNCT_WORDS = new Set(
  `month year weekend regular in on at during via through a an the his her its their late early joint written separate brief
  statement interview news conference press briefing televised address speech remarks post message
  video tweet twitter telegram facebook x social media television tv radio state broadcast meeting
  call phone comments session summit visit website channel later earlier night morning evening
  afternoon weekly daily emailed official sunday monday tuesday wednesday thursday friday saturday
  today yesterday tonight last week site scene phone telephone`.split(/\s+/),
);
const LISTENER_WORDS = new Set([
  'reporters',
  'journalists',
  'lawmakers',
  'parliament',
  'supporters',
  'him',
  'her',
  'them',
  'us',
  'me',
  'the',
  'a',
  'an',
  'state',
  'news',
  'private',
  'local',
  // "told military broadcast channel Myawaddy", "told state-run television"
  'military',
  'broadcast',
  'state-run',
  'state-owned',
  'official',
]);
export function skipAdjuncts(
  s: Sentence,
  pos: number,
  reader: AttributionContext,
): { pos: number; medium?: string } {
  const { tokens } = s;
  let medium: string | undefined;
  for (let guard = 0; guard < 6 && pos < tokens.length; guard++) {
    // "on Tuesday", "late on Tuesday", "early on Monday"
    const lead = /^(late|early)$/.test(tokens[pos]!.key) ? 1 : 0;
    const date = s.dates.find(
      (d) =>
        d.first === pos + lead || (d.first === pos + lead + 1 && tokens[pos + lead]?.key === 'on'),
    );
    if (date) {
      pos = date.last;
      continue;
    }
    const t = tokens[pos]!;
    if (
      t.key === 'that' ||
      t.text === ':' ||
      (t.text === ',' && tokens[pos + 1]?.kind === 'quote')
    ) {
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
      } else if (
        ADJUNCT_WORDS.has(tokens[k]!.key) ||
        tokens[k]!.key === 'with' ||
        tokens[k]!.key === 'reporters' ||
        tokens[k]!.key === 'journalists'
      )
        k++;
      else break;
    }
    const boundary = tokens[k];
    const closes =
      !boundary ||
      /^[.,:!?;]$/.test(boundary.text) ||
      boundary.key === 'that' ||
      boundary.kind === 'quote' ||
      boundary.upper ||
      /^(the|its|his|her|their|a|an)$/.test(boundary.key);
    if (k === pos + 1 || !closes) break;
    if (
      lastMention &&
      reader.registry.get(lastMention)?.kind === EntityKind.ORGANIZATION &&
      !actorIsState(reader, lastMention)
    )
      medium = lastMention;
    pos = k;
  }
  return { pos, ...(medium ? { medium } : {}) };
}

/** The listener of "told": a medium, reporters, or a person; returns the position after it. */
export function skipListener(
  s: Sentence,
  pos: number,
  reader: AttributionContext,
): { pos: number; medium?: string } {
  const { tokens } = s;
  let k = pos;
  while (k < tokens.length && k < pos + 6) {
    const m = s.mentions.find((x) => x.first === k);
    if (m) {
      const kind = reader.registry.get(m.id)?.kind;
      const isMedium =
        kind === EntityKind.ORGANIZATION &&
        (MEDIUM_NOUNS.has(tokens[k - 1]?.key ?? '') || !actorIsState(reader, m.id));
      if (m.role === 'demonym' && MEDIUM_NOUNS.has(tokens[m.last]?.key ?? '')) {
        k = m.last;
        continue;
      }
      let after = m.last;
      while (MEDIUM_NOUNS.has(tokens[after]?.key ?? '')) after++;
      return { pos: after, ...(isMedium ? { medium: m.id } : {}) };
    }
    if (LISTENER_WORDS.has(tokens[k]!.key) || MEDIUM_NOUNS.has(tokens[k]!.key)) k++;
    else break;
  }
  return { pos: k };
}

function actorIsState(reader: AttributionContext, id: string): boolean {
  const e = reader.registry.get(id);
  return !!e && (e.kind === EntityKind.COUNTRY || e.partOf !== undefined);
}

/** The outlet told or the platform written on, after a cue whose content came first. */
export function mediumAfter(
  s: Sentence,
  cue: CueMatch,
  reader: AttributionContext,
): string | undefined {
  const listener = cue.frame === 'tell' ? skipListener(s, cue.last, reader) : { pos: cue.last };
  return listener.medium ?? skipAdjuncts(s, listener.pos, reader).medium;
}

/**
 * Whether nothing but adjuncts (and, after "told", the listener) follows position `pos` to the
 * end of the sentence or a comma. A clause of manner, "without" and a gerund ("…, the ministry
 * said without giving details"), is the reporter's remark on the telling, not what was told.
 */
export function endsClause(
  s: Sentence,
  pos: number,
  reader: AttributionContext,
  tell = false,
): boolean {
  const after = skipAdjuncts(s, tell ? skipListener(s, pos, reader).pos : pos, reader).pos;
  const t = s.tokens[after];
  if (!t) return true;
  if (t.key === 'without' && /ing$/.test(s.tokens[after + 1]?.key ?? '')) return true;
  if (t.text === '.' || t.text === '!' || t.text === '?')
    return after === s.tokens.length - 1 || s.tokens[after + 1]?.kind === 'quote';
  return t.text === ',' && !/^(adding|saying|noting|that)$/.test(s.tokens[after + 1]?.key ?? '');
}
