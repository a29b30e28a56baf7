import { EntityKind } from '../../entities/vocabulary';
import { AboutRole } from '../../statements/vocabulary';
import { Stance } from '../../statements/stance';
import type { SeedDocumentInput } from '../../seed/document';
import type { Article, Sentence } from '../article';
import type { RawStatement } from '../attribution/attribute';
import type { EntityRegistry } from '../entities/registry';
import { parseFigures } from '../figures';
import type { Parties } from './adversary';
import { Side } from './side';
import { decideStance, type StanceBasis } from './stance-rules';
import { chooseAbout } from './targets';
import { tollReference, type TollGivers } from './tolls';
import { viewOf } from './view';
import type { Topic } from './topic';

type Statement = NonNullable<SeedDocumentInput['statements']>[number];

/**
 * A statement of the seed format from an attribution: stance, targets and figures are read from
 * its content; confidence starts from how the speaker was found and drops when the content gave
 * nothing to point at; below 0.6 it is marked for review, never dropped.
 */
export const REVIEW_BELOW = 0.6;

/**
 * How much a stance's basis lowers the confidence: a neutral cue's CLAIM that no rule confirmed
 * is the likeliest wrong stance on real news (about six in ten on the development set), then a
 * REPORT read from a toll or event that anyone but a witness or monitor tells (a party often
 * claims or blames with it); a stance read from the content's act is a little less sure than
 * the cue's own verb.
 */
const BASIS_DOUBT: Record<StanceBasis, number> = {
  cue: 0,
  content: 0.05,
  toll: 0.1,
  'party-toll': 0.2,
  default: 0.3,
};

export interface BuildContext {
  article: Article;
  registry: EntityRegistry;
  sentenceOf: (offset: number) => number;
  eventsAt: (place: string) => readonly { id: string; date?: string; sentence: number }[];
  recentEvent: (sentence: number) => string | undefined;
  war?: string;
  topic: Topic;
  parties: Parties;
  tolls: TollGivers;
  /** Whom each speaker (speaker ids joined by "+") last confronted as a cue's object. */
  confronted: Map<string, string>;
}

export function buildStatement(
  raw: RawStatement,
  id: string,
  date: string | undefined,
  ctx: BuildContext,
): Statement {
  const { article, registry } = ctx;
  const { content } = raw;
  const view = viewOf(article, content.start, content.end);
  const side = new Side(registry, raw.speakers);
  const figures = parseFigures(view.tokens);
  const { stance, basis } = decideStance({
    cueStance: raw.stance,
    view,
    side,
    registry,
    hasFigures: !!figures,
    speakers: raw.speakers,
  });
  const recent = ctx.recentEvent(raw.sentence);
  const cueSentence = article.sentences[raw.sentence];
  // A speaker carried over from an earlier sentence: the scene ends where the content starts.
  const sceneEnd =
    cueSentence && raw.speakerStart >= cueSentence.start ? raw.speakerStart : content.start;
  const scene = sceneOf(cueSentence, registry, sceneEnd, side);
  const between =
    raw.cueEnd < content.start ? viewOf(article, raw.cueEnd, content.start).tokens : [];
  // "disputed that toll": the content may start after the demonstrative.
  const reference = figures ? undefined : tollReference([...between.slice(-1), ...view.tokens]);
  const givers = reference ? ctx.tolls.meant(reference, (id) => side.has(id)) : [];
  if (figures) ctx.tolls.record(raw.speakers);
  const at = ctx.sentenceOf(content.start);
  const priorStart = article.sentences[Math.max(0, at - 1)]?.start ?? content.start;
  const prior = priorStart < content.start ? viewOf(article, priorStart, content.start) : undefined;
  const speakerKey = raw.speakers.join('+');
  const confronted = ctx.confronted.get(speakerKey);
  const object = content.objects.find((id) => !raw.speakers.includes(id));
  if (object && CONFRONTING.has(stance)) ctx.confronted.set(speakerKey, object);
  const adversary = ctx.parties.adversaryOf(side);
  const labelledGroup = ctx.parties.labelledGroup;
  const state = ctx.parties.stateOf(side);
  const about = chooseAbout({
    view,
    objects: content.objects,
    stance,
    side,
    speakers: raw.speakers,
    registry,
    hasFigures: !!figures,
    eventsAt: ctx.eventsAt,
    topic: ctx.topic,
    contentStart: content.start,
    between,
    ...(prior ? { prior } : {}),
    ...(confronted ? { confronted } : {}),
    sentence: raw.sentence,
    ...(recent ? { recentEvent: recent } : {}),
    ...(scene ? { scene } : {}),
    tollGivers: givers,
    ...(adversary ? { adversary } : {}),
    ...(state ? { state } : {}),
    ...(labelledGroup && !side.has(labelledGroup) ? { labelledGroup } : {}),
    ...(ctx.war ? { war: ctx.war } : {}),
    ...(date ? { date } : {}),
  });
  let confidence = raw.confidence - BASIS_DOUBT[basis];
  if (!about.some((a) => a.role === 'target')) confidence -= 0.1;
  if (about.length === 0) about.push({ entity: raw.speakers[0]!, role: AboutRole.MENTIONED });
  confidence = Math.round(Math.max(0.05, Math.min(0.95, confidence)) * 100) / 100;
  const speaker = raw.speakers.length === 1 ? raw.speakers[0]! : raw.speakers;
  const person =
    raw.speakers.length === 1 &&
    [EntityKind.LEADER, EntityKind.PERSON].includes(registry.get(raw.speakers[0]!)!.kind);
  const onBehalfOf = person ? side.onBehalfOf : undefined;
  const text = article.text;
  return {
    id,
    speaker,
    // Agentless cues ("it was underscored") name nobody: no speakerMention.
    ...(raw.speakerEnd > raw.speakerStart
      ? { speakerMention: text.slice(raw.speakerStart, raw.speakerEnd) }
      : {}),
    ...(onBehalfOf ? { onBehalfOf } : {}),
    about,
    stance,
    isQuote: content.isQuote,
    text: text.slice(content.textStart, content.textEnd),
    // Posts and signed headlines have no cue (eval conventions).
    ...(raw.cue ? { cue: raw.cue } : {}),
    ...(content.medium ? { medium: content.medium } : {}),
    ...(date ? { date } : {}),
    ...(figures ? { figures } : {}),
    evidence: {
      sentence: ctx.sentenceOf(content.textStart),
      start: content.textStart,
      end: content.textEnd,
    },
    confidence,
    needsReview: confidence < REVIEW_BELOW,
  };
}

/** Stances in which the cue's object is whom the speaker confronts ("accused EULEX of …"). */
const CONFRONTING = new Set([Stance.ACCUSE, Stance.CRITICIZE, Stance.DEMAND, Stance.REJECT]);

const SCENE_OPENERS = new Set(['in', 'inside', 'near', 'outside', 'at']);
/** "Asked if he would give up land in Essequibo, Ali responded …": what the question was about. */
const QUESTION_WORDS = new Set(['if', 'whether', 'about', 'why', 'how', 'what', 'when']);

/**
 * "In the southern province of Daraa, meanwhile, the Observatory said …": where it is said of;
 * "Asked about the strike on Ganja, the minister said …": what the question put to the speaker
 * was about (not the speaker's own side).
 */
function sceneOf(
  s: Sentence | undefined,
  registry: EntityRegistry,
  before: number,
  side: Side,
): string | undefined {
  const opener = s?.tokens[0]?.key ?? '';
  if (s && opener === 'asked' && QUESTION_WORDS.has(s.tokens[1]?.key ?? '')) {
    const topic = s.mentions.find((m) => {
      const kind = registry.get(m.id)?.kind;
      // A place of one's own state is still what was asked about; one's own bodies are not.
      const own = side.has(m.id) && kind !== EntityKind.CITY && kind !== EntityKind.REGION;
      return m.end <= before && !own && kind !== undefined;
    });
    return topic?.id;
  }
  if (!s || !SCENE_OPENERS.has(opener)) return undefined;
  const place = s.mentions.find((m) => {
    const kind = registry.get(m.id)?.kind;
    return m.end <= before && (kind === EntityKind.CITY || kind === EntityKind.REGION);
  });
  return place?.id;
}
