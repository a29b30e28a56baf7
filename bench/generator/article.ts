import { Stance } from '../../src/statements/stance';
import { EntityKind } from '../../src/entities/vocabulary';
import { sentenceAt, splitSentences } from '../../src/text/sentences';
import type { Prng, Zipf } from './prng';
import type { World, WorldEntity } from './world';
import { yamlLines } from './yaml';

/**
 * One generated news report: its text, and its extraction in the seed format, with evidence
 * offsets computed from the text as it is written, so the loader's exact checks pass. Every
 * statement is a line of its own ("X said that …" or a quote), and some lines are filler.
 */
export interface ArticleSpec {
  sourceId: string;
  textFile: string;
  statements: number;
}

export interface Article {
  yaml: string;
  text: string;
}

export interface ArticleContext {
  world: World;
  rng: Prng;
  speakerRanks: Zipf;
  targetRanks: Zipf;
  /** Statements per speaker and per target id, counted as they are generated. */
  counts: { speakers: Map<string, number>; targets: Map<string, number> };
}

interface Draft {
  id: string;
  speakers: WorldEntity[];
  mention: string;
  onBehalfOf?: WorldEntity;
  about: { entity: WorldEntity; role: 'target' | 'mentioned' }[];
  stance: Stance;
  isQuote: boolean;
  text: string;
  cue: string;
  medium?: WorldEntity;
  date?: string;
  figures?: { killed: number; civilians: number };
  start: number;
  disputes?: { statement: string; kind: 'DENIAL' | 'COMPETING_FIGURES' };
}

// Weight, the verb that introduces it, and the words between speaker and reported clause.
const STANCES: [Stance, number, string, string][] = [
  [Stance.CLAIM, 24, 'said', 'said that'],
  [Stance.REPORT, 10, 'reported', 'reported that'],
  [Stance.ACCUSE, 12, 'alleged', 'alleged that'],
  [Stance.DENY, 8, 'denied', 'denied that'],
  [Stance.WARN, 7, 'warned', 'warned that'],
  [Stance.CRITICIZE, 7, 'condemned', 'condemned reports that'],
  [Stance.SUPPORT, 6, 'insisted', 'insisted that'],
  [Stance.PRAISE, 4, 'welcomed', 'welcomed reports that'],
  [Stance.DEMAND, 5, 'demanded', 'demanded that'],
  [Stance.APPEAL, 4, 'urged', 'urged that'],
  [Stance.PROMISE, 4, 'promised', 'promised that'],
  [Stance.THREATEN, 3, 'threatened', 'threatened that'],
  [Stance.REJECT, 3, 'rejected', 'rejected claims that'],
  [Stance.ACKNOWLEDGE, 2, 'acknowledged', 'acknowledged that'],
  [Stance.OTHER, 1, 'remarked', 'remarked that'],
];
const STANCE_TOTAL = STANCES.reduce((t, s) => t + s[1], 0);

type Words = { t: string; m: string; topic: string };
const CLAUSES: ((w: Words) => string)[] = [
  (w) => `${w.t} had broken its commitments on ${w.topic} near ${w.m}`,
  (w) => `${w.t} was responsible for the latest incident involving ${w.topic} in ${w.m}`,
  (w) => `talks with ${w.t} on ${w.topic} would resume next week in ${w.m}`,
  (w) => `${w.t} must end its campaign around ${w.m} and respect the agreement on ${w.topic}`,
  (w) => `the situation in ${w.t} over ${w.topic} had become critical after events in ${w.m}`,
  (w) => `${w.t} would face consequences if the ${w.topic} near ${w.m} continued`,
  (w) => `${w.t} had deployed new units near ${w.m} despite the dispute over ${w.topic}`,
  (w) => `there was no evidence linking ${w.t} to the ${w.topic} in ${w.m}`,
];
const QUOTES: ((w: Words) => string)[] = [
  (w) => `We will never accept what ${w.t} is doing about the ${w.topic} in ${w.m}`,
  (w) => `${w.t} has crossed a line on ${w.topic} and the world must respond`,
  (w) => `Our position on ${w.t} and the ${w.topic} has not changed since ${w.m}`,
  (w) => `We are ready to talk to ${w.t} about ${w.topic} at any time`,
];

const STATES: readonly EntityKind[] = [EntityKind.LEADER, EntityKind.ORGANIZATION];

export function buildArticle(ctx: ArticleContext, spec: ArticleSpec): Article {
  const { world, rng } = ctx;
  const publishedAt = randomDate(rng);
  const lines: string[] = [];
  let offset = 0;
  const push = (line: string): number => {
    const at = offset;
    lines.push(line);
    offset += line.length + 1;
    return at;
  };

  const drafts: Draft[] = [];
  for (let i = 0; i < spec.statements; i++) {
    const draft = draftStatement(ctx, `s${i + 1}`, publishedAt);
    if (i === 0) {
      const other = world.speakers[ctx.speakerRanks.draw(rng)]!;
      push(
        `${draft.speakers[0]!.name} and ${other.name} trade accusations over ${rng.pick(world.topics)}`,
      );
    }
    if (rng.chance(0.15)) push(`Fighting was reported near ${rng.pick(world.targets).name}.`);
    const paper = draft.medium ? `told the ${draft.medium.name}` : null;
    if (draft.isQuote) {
      const at = push(`"${draft.text}," ${draft.mention} ${paper ?? draft.cue}.`);
      draft.start = at + 1;
    } else {
      const lead = `${draft.mention} ${paper ? `${paper} that` : leadOf(draft.stance)} `;
      const at = push(`${lead}${draft.text}.`);
      draft.start = at + lead.length;
    }
    if (paper) draft.cue = 'told';
    linkDispute(rng, draft, drafts);
    drafts.push(draft);
  }
  const text = `${lines.join('\n')}\n`;
  const sentences = splitSentences(text);

  const statements = drafts.map((d) => ({
    id: d.id,
    speaker: d.speakers.length === 1 ? d.speakers[0]!.id : d.speakers.map((s) => s.id),
    speakerMention: d.mention !== d.speakers[0]!.name ? d.mention : undefined,
    onBehalfOf: d.onBehalfOf?.id,
    about: d.about.map((a) => ({ entity: a.entity.id, role: a.role })),
    stance: d.stance,
    isQuote: d.isQuote,
    text: d.text,
    cue: d.cue,
    medium: d.medium?.id,
    date: d.date,
    figures: d.figures,
    evidence: {
      sentence: sentenceAt(sentences, d.start),
      start: d.start,
      end: d.start + d.text.length,
    },
    disputes: d.disputes ? [d.disputes] : undefined,
  }));
  const out = [
    '# Generated by bench/generate.ts: synthetic news for benchmarks, not real events.',
    ...yamlLines({
      source: {
        id: spec.sourceId,
        title: lines[0]!,
        url: `https://example.org/bench/${spec.sourceId}`,
        outlet: rng.pick(world.newspapers).name,
        publishedAt,
        textFile: spec.textFile,
      },
      statements,
    }),
  ];
  return { yaml: `${out.join('\n')}\n`, text };
}

function draftStatement(ctx: ArticleContext, id: string, publishedAt: string): Draft {
  const { world, rng, counts } = ctx;
  const speaker = world.speakers[ctx.speakerRanks.draw(rng)]!;
  const speakers = [speaker];
  // About one statement in a hundred is made jointly, e.g. by two states.
  if (rng.chance(0.01)) {
    const other = world.speakers[ctx.speakerRanks.draw(rng)]!;
    if (other !== speaker) speakers.push(other);
  }
  for (const s of speakers) counts.speakers.set(s.id, (counts.speakers.get(s.id) ?? 0) + 1);

  const target = world.targets[ctx.targetRanks.draw(rng)]!;
  counts.targets.set(target.id, (counts.targets.get(target.id) ?? 0) + 1);
  const about: Draft['about'] = [{ entity: target, role: 'target' }];
  let place = rng.pick(world.targets);
  if (rng.chance(0.4)) {
    const mentioned = world.targets[ctx.targetRanks.draw(rng)]!;
    if (mentioned !== target) {
      about.push({ entity: mentioned, role: 'mentioned' });
      place = mentioned;
    }
  }

  let [stance, , cue] = pickStance(rng);
  const words = { t: target.name, m: place.name, topic: rng.pick(world.topics) };
  const isQuote = rng.chance(0.3);
  let text = isQuote ? rng.pick(QUOTES)(words) : rng.pick(CLAUSES)(words);
  let figures: Draft['figures'];
  if (!isQuote && rng.chance(0.04)) {
    figures = { killed: rng.int(1, 400), civilians: 0 };
    figures.civilians = rng.int(0, figures.killed);
    text = `at least ${figures.killed} people, among them ${figures.civilians} civilians, had been killed in ${target.name}`;
    [stance, cue] = [Stance.CLAIM, 'said'];
  }

  let mention = speaker.name;
  if (speaker.kind === EntityKind.COUNTRY && speaker.capital && rng.chance(0.15)) {
    mention = speaker.capital;
  } else if (speaker.kind === EntityKind.LEADER && rng.chance(0.3)) {
    mention = speaker.aliases[0] ?? speaker.name;
  }
  if (speakers.length > 1) mention = `${speaker.name} and ${speakers[1]!.name}`;

  const country = speaker.country ? world.byId.get(speaker.country) : undefined;
  return {
    id,
    speakers,
    mention,
    onBehalfOf: country && STATES.includes(speaker.kind) && rng.chance(0.5) ? country : undefined,
    about,
    stance,
    isQuote,
    text,
    cue,
    medium: rng.chance(0.08) ? rng.pick(world.newspapers) : undefined,
    date: rng.chance(0.3) ? shiftDate(publishedAt, -rng.int(0, 2)) : undefined,
    figures,
    start: 0,
  };
}

/** Denials often deny an earlier statement of the report; competing tolls dispute each other. */
function linkDispute(rng: Prng, draft: Draft, earlier: readonly Draft[]): void {
  if (earlier.length === 0) return;
  if (draft.stance === Stance.DENY && rng.chance(0.4)) {
    const denied = earlier[rng.int(Math.max(0, earlier.length - 10), earlier.length - 1)]!;
    draft.disputes = { statement: denied.id, kind: 'DENIAL' };
  } else if (draft.figures && rng.chance(0.5)) {
    const toll = [...earlier].reverse().find((d) => d.figures);
    if (toll) draft.disputes = { statement: toll.id, kind: 'COMPETING_FIGURES' };
  }
}

function pickStance(rng: Prng): [Stance, number, string, string] {
  let u = rng.next() * STANCE_TOTAL;
  for (const row of STANCES) {
    u -= row[1];
    if (u < 0) return row;
  }
  return STANCES[0]!;
}

function leadOf(stance: Stance): string {
  return STANCES.find((s) => s[0] === stance)![3];
}

const FIRST_DAY = Date.UTC(2014, 0, 1);
const DAYS = 11 * 365;

function randomDate(rng: Prng): string {
  return new Date(FIRST_DAY + rng.int(0, DAYS) * 86_400_000).toISOString().slice(0, 10);
}

function shiftDate(day: string, days: number): string {
  return new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
}
