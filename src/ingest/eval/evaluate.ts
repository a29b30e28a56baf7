import type { SeedDocument, SeedDocumentInput } from '../../seed/document';
import { speakersOf } from '../../seed/document';
import { extractArticle, type ExtractOptions } from '../extract';
import { articleInput, loadGold, type GoldArticle } from './gold';
import { jaccard, matchEntities, pairStatements, sameSet } from './match';

/**
 * Extraction measured against hand-annotated articles, each extracted from its text alone (no
 * known entities: an empty graph). Five measures, each precision / recall / F1 over one-to-one
 * pairings: entities (by name); statements by speaker (evidence overlaps, same speakers); and
 * speaker plus stance, plus targets (the `about` entries with role target: their sets must have
 * a Jaccard similarity of at least 0.5, two empty sets agreeing), plus both.
 */
export const TARGET_JACCARD = 0.5;

export const METRICS = [
  'entities',
  'speaker',
  'speakerStance',
  'speakerTargets',
  'speakerStanceTargets',
] as const;
export type MetricName = (typeof METRICS)[number];

export interface Score {
  matched: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface StatementDiff {
  kind: 'missed' | 'spurious' | 'stance' | 'targets';
  text: string;
  detail: string;
}

/**
 * What the confidence is worth: predicted statements flagged `needsReview` and those not, each
 * with how many are right (speaker and stance both match an annotated statement).
 */
export interface ReviewSplit {
  flagged: { total: number; right: number };
  unflagged: { total: number; right: number };
}

export interface ArticleReport {
  name: string;
  scores: Record<MetricName, Score>;
  diffs: StatementDiff[];
  /** `[gold, predicted]` stances of the statements paired by speaker. */
  stances: [string, string][];
  review: ReviewSplit;
  ms: number;
}

export interface EvaluationReport {
  articles: ArticleReport[];
  total: Record<MetricName, Score>;
  stances: [string, string][];
  review: ReviewSplit;
  skipped: { file: string; reason: string }[];
}

export function score(matched: number, predicted: number, gold: number): Score {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : matched / predicted;
  const recall = gold === 0 ? 1 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { matched, predicted, gold, precision, recall, f1 };
}

type Statement = SeedDocument['statements'][number];
type PredictedStatement = NonNullable<SeedDocumentInput['statements']>[number];

interface Comparable {
  needsReview: boolean;
  start: number;
  end: number;
  speakers: string[];
  stance: string;
  targets: string[];
  text: string;
}

function comparable(s: Statement | PredictedStatement, map: (id: string) => string): Comparable {
  return {
    needsReview: s.needsReview === true,
    start: s.evidence.start,
    end: s.evidence.end,
    speakers: speakersOf(s).map(map),
    stance: s.stance,
    targets: s.about.filter((a) => (a.role ?? 'target') === 'target').map((a) => map(a.entity)),
    text: s.text,
  };
}

/** Scores one predicted document against its annotation. */
export function scoreDocument(
  gold: SeedDocument,
  predicted: SeedDocumentInput,
): Omit<ArticleReport, 'name' | 'ms'> {
  const predictedEntities = predicted.entities ?? [];
  const { pairs, idMap } = matchEntities(predictedEntities, gold.entities);
  const map = (id: string): string => idMap.get(id) ?? `predicted:${id}`;
  const g = gold.statements.map((s) => comparable(s, (id) => id));
  const p = (predicted.statements ?? []).map((s) => comparable(s, map));
  const targetsAgree = (a: Comparable, b: Comparable): boolean =>
    jaccard(a.targets, b.targets) >= TARGET_JACCARD;
  const speaker = pairStatements(p, g, (a, b) => sameSet(a.speakers, b.speakers));
  const count = (agree: (a: Comparable, b: Comparable) => boolean): number =>
    pairStatements(p, g, agree).length;
  const speakerStance = pairStatements(
    p,
    g,
    (a, b) => sameSet(a.speakers, b.speakers) && a.stance === b.stance,
  );
  const right = new Set(speakerStance.map(([a]) => a));
  const split = (flagged: boolean): { total: number; right: number } => {
    const these = p.filter((s) => s.needsReview === flagged);
    return { total: these.length, right: these.filter((s) => right.has(s)).length };
  };
  const scores: Record<MetricName, Score> = {
    entities: score(pairs, predictedEntities.length, gold.entities.length),
    speaker: score(speaker.length, p.length, g.length),
    speakerStance: score(speakerStance.length, p.length, g.length),
    speakerTargets: score(
      count((a, b) => sameSet(a.speakers, b.speakers) && targetsAgree(a, b)),
      p.length,
      g.length,
    ),
    speakerStanceTargets: score(
      count(
        (a, b) => sameSet(a.speakers, b.speakers) && a.stance === b.stance && targetsAgree(a, b),
      ),
      p.length,
      g.length,
    ),
  };
  const diffs: StatementDiff[] = [];
  const pairedP = new Set(speaker.map(([a]) => a));
  const pairedG = new Set(speaker.map(([, b]) => b));
  for (const s of g)
    if (!pairedG.has(s))
      diffs.push({ kind: 'missed', text: s.text, detail: `speaker ${s.speakers.join('+')}` });
  for (const s of p)
    if (!pairedP.has(s))
      diffs.push({ kind: 'spurious', text: s.text, detail: `speaker ${s.speakers.join('+')}` });
  for (const [a, b] of speaker) {
    if (a.stance !== b.stance)
      diffs.push({ kind: 'stance', text: b.text, detail: `${a.stance} for ${b.stance}` });
    if (!targetsAgree(a, b))
      diffs.push({
        kind: 'targets',
        text: b.text,
        detail: `[${a.targets.join(', ')}] for [${b.targets.join(', ')}]`,
      });
  }
  return {
    scores,
    diffs,
    stances: speaker.map(([a, b]) => [b.stance, a.stance]),
    review: { flagged: split(true), unflagged: split(false) },
  };
}

function evaluateArticle(article: GoldArticle, options: ExtractOptions): ArticleReport {
  const started = Date.now();
  const extraction = extractArticle(articleInput(article), [], options);
  return {
    name: article.name,
    ...scoreDocument(article.document, extraction.document),
    ms: Date.now() - started,
  };
}

/** Evaluates extraction on every annotated article of the given directories (or files). */
export function evaluate(dirs: readonly string[], options: ExtractOptions = {}): EvaluationReport {
  const { articles, skipped } = loadGold(dirs);
  const reports = articles.map((a) => evaluateArticle(a, options));
  const total = Object.fromEntries(
    METRICS.map((m) => {
      const sum = (k: 'matched' | 'predicted' | 'gold'): number =>
        reports.reduce((n, r) => n + r.scores[m][k], 0);
      return [m, score(sum('matched'), sum('predicted'), sum('gold'))];
    }),
  ) as Record<MetricName, Score>;
  const sumReview = (flag: keyof ReviewSplit, k: 'total' | 'right'): number =>
    reports.reduce((n, r) => n + r.review[flag][k], 0);
  return {
    articles: reports,
    total,
    stances: reports.flatMap((r) => r.stances),
    review: {
      flagged: { total: sumReview('flagged', 'total'), right: sumReview('flagged', 'right') },
      unflagged: { total: sumReview('unflagged', 'total'), right: sumReview('unflagged', 'right') },
    },
    skipped,
  };
}
