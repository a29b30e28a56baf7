import { Stance } from '../../statements/stance';
import type { Token } from '../tokens';

/**
 * Verbs that introduce what someone said, with the stance each one carries and the frame of its
 * arguments:
 * - `say`: the content follows ("said (that) …", "added …");
 * - `tell`: a listener or medium, then the content ("told the newspaper (that) …");
 * - `accuse`: the accused, then `of`/`for` and the content ("accused Baku of …");
 * - `object`: whom it is about, then the content ("congratulated him on …", "urged Russia to …");
 * - `complement`: the content directly, often a noun phrase ("denied …", "called for …").
 * `particle` is a word that must follow for the verb to count ("called for", "called on");
 * `requires` is a word that must come within the next few ("offered a toll", "agreed … that").
 */
export type CueFrame = 'say' | 'tell' | 'accuse' | 'object' | 'complement';

export interface CueEntry {
  stance: Stance;
  frame: CueFrame;
  particle?: readonly string[];
  requires?: readonly string[];
}

const TABLE: [string, Stance, CueFrame, string?, string?][] = [
  ['said says say saying', Stance.CLAIM, 'say'],
  ['added adds adding', Stance.CLAIM, 'say'],
  ['stated', Stance.CLAIM, 'say'],
  ['noted notes noting note', Stance.CLAIM, 'say'],
  ['affirmed affirms', Stance.CLAIM, 'say'],
  ['claimed claims', Stance.CLAIM, 'say'],
  ['asserted asserts', Stance.CLAIM, 'say'],
  ['insisted insists insisting', Stance.CLAIM, 'say'],
  ['stressed stresses stressing', Stance.CLAIM, 'say'],
  ['emphasized emphasised emphasizes emphasises', Stance.CLAIM, 'say'],
  ['declared declares', Stance.CLAIM, 'say'],
  ['announced announces', Stance.CLAIM, 'say'],
  ['explained', Stance.CLAIM, 'say'],
  ['argued argues', Stance.CLAIM, 'say'],
  ['wrote writes', Stance.CLAIM, 'say'],
  ['tweeted', Stance.CLAIM, 'say'],
  ['confirmed confirms', Stance.CLAIM, 'say'],
  ['estimated', Stance.CLAIM, 'say'],
  ['reiterated reiterates', Stance.CLAIM, 'say'],
  ['maintained', Stance.CLAIM, 'say'],
  // "maintains that …", not "maintains detailed records"
  ['maintains', Stance.CLAIM, 'say', undefined, 'that'],
  ['reported reports', Stance.REPORT, 'say'],
  ['told tells telling', Stance.CLAIM, 'tell'],
  ['alleged alleges', Stance.ACCUSE, 'say'],
  ['accused accuses accusing accuse', Stance.ACCUSE, 'accuse'],
  ['blamed blames blaming', Stance.ACCUSE, 'accuse'],
  ['denied denies denying deny', Stance.DENY, 'complement'],
  ['refuted refutes', Stance.DENY, 'complement'],
  ['rejected rejects rejecting', Stance.REJECT, 'complement'],
  ['dismissed dismisses', Stance.REJECT, 'complement'],
  // "disputed that toll", not "the disputed Galwan Valley"
  [
    'disputed disputes dispute',
    Stance.REJECT,
    'complement',
    undefined,
    'reports report claims claim toll tally figures figure account accounts',
  ],
  ['admitted admits', Stance.ACKNOWLEDGE, 'say'],
  ['acknowledged acknowledges', Stance.ACKNOWLEDGE, 'say'],
  ['conceded concedes', Stance.ACKNOWLEDGE, 'say'],
  ['warned warns warning', Stance.WARN, 'object'],
  ['threatened threatens threatening', Stance.THREATEN, 'complement'],
  ['vowed vows vowing', Stance.PROMISE, 'complement'],
  ['pledged pledges', Stance.PROMISE, 'complement'],
  ['promised promises', Stance.PROMISE, 'complement'],
  ['urged urges urging', Stance.APPEAL, 'object'],
  ['called calls calling', Stance.APPEAL, 'complement', 'for'],
  ['called calls calling', Stance.APPEAL, 'object', 'on upon'],
  ['appealed appeals', Stance.APPEAL, 'complement', 'for to'],
  ['demanded', Stance.DEMAND, 'complement'],
  ['praised praises', Stance.PRAISE, 'object'],
  ['hailed hails', Stance.PRAISE, 'object'],
  ['commended', Stance.PRAISE, 'object'],
  ['congratulated congratulates', Stance.PRAISE, 'object'],
  ['welcomed welcomes', Stance.PRAISE, 'object'],
  ['thanked thanks', Stance.PRAISE, 'object'],
  ['applauded', Stance.PRAISE, 'object'],
  ['criticized criticised criticizes criticises', Stance.CRITICIZE, 'object'],
  ['condemned condemns condemning condemn', Stance.CRITICIZE, 'object'],
  ['denounced denounces', Stance.CRITICIZE, 'object'],
  ['slammed slams', Stance.CRITICIZE, 'object'],
  ['decried decries', Stance.CRITICIZE, 'object'],
  ['lambasted', Stance.CRITICIZE, 'object'],
  ['questioned questions', Stance.CRITICIZE, 'object'],
  ['offered gave', Stance.REPORT, 'complement', undefined, 'toll tally figure figures'],
  ['expressed voiced', Stance.SUPPORT, 'complement', undefined, 'support solidarity'],
  ['expressed voiced', Stance.WARN, 'complement', undefined, 'concern alarm'],
  ['complained complains', Stance.CRITICIZE, 'say'],
  ['agreed agree agrees', Stance.PROMISE, 'say', undefined, 'that'],
  ['called calls', Stance.CRITICIZE, 'object', undefined, '"'],
];

// How far ahead a required word may be: "agreed in a phone call on Wednesday that …".
const REQUIRE_WINDOW = 8;

const CUES = new Map<string, (CueEntry & { words: string })[]>();
for (const [forms, stance, frame, particle, requires] of TABLE) {
  for (const form of forms.split(' ')) {
    const list = CUES.get(form) ?? [];
    list.push({
      stance,
      frame,
      words: forms,
      ...(particle ? { particle: particle.split(' ') } : {}),
      ...(requires ? { requires: requires.split(' ') } : {}),
    });
    CUES.set(form, list);
  }
}

export interface CueMatch extends CueEntry {
  /** First token of the cue and one past its last (with its particle). */
  first: number;
  last: number;
  /** The verb and its particle as written: "called for". */
  text: string;
}

export function isCueWord(key: string): boolean {
  return CUES.has(key);
}

// "was said to", "were told", "is reported": passives name no speaker.
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'so']);

/** The cue at token i; `titleCase` for headlines, where "Says" is capitalized anyway. */
export function cueAt(
  tokens: readonly Token[],
  i: number,
  titleCase = false,
): CueMatch | undefined {
  const t = tokens[i]!;
  const entries =
    t.kind === 'word' && (!t.upper || (titleCase && i > 0)) ? CUES.get(t.key) : undefined;
  if (!entries || PASSIVE.has(tokens[i - 1]?.key ?? '')) return undefined;
  for (const e of entries) {
    let last = i + 1;
    if (e.particle) {
      if (!e.particle.includes(tokens[i + 1]?.key ?? '')) continue;
      last = i + 2;
    }
    // `"` stands for any quotation mark: "called the decision “unconscionable”".
    const ahead = tokens.slice(
      i + 1,
      i + 1 + (e.requires?.includes('that') || e.requires?.includes('"') ? REQUIRE_WINDOW : 3),
    );
    if (
      e.requires &&
      !ahead.some(
        (x) => e.requires!.includes(x.key) || (e.requires!.includes('"') && x.kind === 'quote'),
      )
    )
      continue;
    // "added to", "said to be": not speech.
    if (!e.particle && tokens[i + 1]?.key === 'to' && e.frame === 'say') continue;
    const text = tokens
      .slice(i, last)
      .map((x) => x.text)
      .join(' ');
    return { stance: e.stance, frame: e.frame, first: i, last, text };
  }
  return undefined;
}
