import type { EvaluationReport, ReviewSplit } from './evaluate';
import { REVIEW_BELOW } from '../statements/build';

/**
 * The stance confusion table of statements paired by speaker: one row per annotated (gold)
 * stance, one column per predicted stance, the diagonal being the agreements. Stances that
 * appear on neither side are left out.
 */
export function formatConfusion(stances: readonly [string, string][]): string {
  if (stances.length === 0) return 'no statement paired by speaker';
  const labels = [...new Set(stances.flat())].sort();
  const counts = new Map<string, number>();
  for (const [g, p] of stances) counts.set(`${g} ${p}`, (counts.get(`${g} ${p}`) ?? 0) + 1);
  const width = Math.max(10, ...labels.map((l) => l.length + 1));
  const head = 'gold \\ predicted'.padEnd(18) + labels.map((l) => l.padStart(width)).join('');
  const rows = labels
    .filter((g) => stances.some(([x]) => x === g))
    .map(
      (g) =>
        g.padEnd(18) +
        labels.map((p) => String(counts.get(`${g} ${p}`) ?? '.').padStart(width)).join(''),
    );
  const agree = stances.filter(([g, p]) => g === p).length;
  return [
    head,
    ...rows,
    `stance agrees on ${agree} of ${stances.length} statements paired by speaker (${percent(agree, stances.length)})`,
  ].join('\n');
}

/** Precision above and below the review threshold, and the share of wrong statements flagged. */
export function formatReview(review: ReviewSplit): string {
  const { flagged, unflagged } = review;
  const wrongFlagged = flagged.total - flagged.right;
  const wrong = wrongFlagged + unflagged.total - unflagged.right;
  return [
    `confidence >= ${REVIEW_BELOW} (needsReview false): ${unflagged.total} statements, precision ${ratio(unflagged.right, unflagged.total)}`,
    `confidence <  ${REVIEW_BELOW} (needsReview true):  ${flagged.total} statements, precision ${ratio(flagged.right, flagged.total)}`,
    `wrong statements (speaker or stance) marked needsReview: ${wrongFlagged} of ${wrong} (${percent(wrongFlagged, wrong)})`,
  ].join('\n');
}

export function formatSetSummary(report: EvaluationReport): string {
  return [formatConfusion(report.stances), '', formatReview(report.review)].join('\n');
}

const ratio = (n: number, d: number): string => (d === 0 ? '-' : (n / d).toFixed(2));
const percent = (n: number, d: number): string =>
  d === 0 ? '-' : `${Math.round((100 * n) / d)} %`;
