import type { EvaluationReport, MetricName, Score } from './evaluate';

/** The evaluation as a plain-text table: one row per article and a micro-averaged total. */
const COLUMNS: [MetricName, string][] = [
  ['entities', 'entities'],
  ['speaker', 'speaker'],
  ['speakerStance', '+stance'],
  ['speakerTargets', '+targets'],
  ['speakerStanceTargets', '+stance+targets'],
];

const cell = (s: Score): string =>
  `${s.precision.toFixed(2)} ${s.recall.toFixed(2)} ${s.f1.toFixed(2)}`;

export function formatTable(report: EvaluationReport, details = false): string {
  const nameWidth = Math.max(12, ...report.articles.map((a) => a.name.length)) + 2;
  const colWidth = 17;
  const pad = (s: string, w: number): string => s.padEnd(w);
  const lines: string[] = [];
  lines.push(
    pad('', nameWidth) + COLUMNS.map(([, label]) => pad(label, colWidth)).join('') + 'statements',
  );
  lines.push(
    pad('article', nameWidth) +
      COLUMNS.map(() => pad('P    R    F1', colWidth)).join('') +
      'pred/gold',
  );
  lines.push('-'.repeat(nameWidth + colWidth * COLUMNS.length + 10));
  const row = (name: string, scores: Record<MetricName, Score>): string =>
    pad(name, nameWidth) +
    COLUMNS.map(([m]) => pad(cell(scores[m]), colWidth)).join('') +
    `${scores.speaker.predicted}/${scores.speaker.gold}`;
  for (const a of report.articles) lines.push(row(a.name, a.scores));
  lines.push('-'.repeat(nameWidth + colWidth * COLUMNS.length + 10));
  lines.push(row('TOTAL', report.total));
  lines.push('');
  lines.push(
    `Statements match when evidence spans overlap and speaker sets are equal; targets match at Jaccard >= 0.5.`,
  );
  for (const s of report.skipped) lines.push(`skipped ${s.file}: ${s.reason}`);
  if (details) {
    for (const a of report.articles) {
      if (a.diffs.length === 0) continue;
      lines.push('', `${a.name} (${a.ms} ms)`);
      for (const d of a.diffs)
        lines.push(`  ${d.kind.padEnd(9)} ${d.detail}: "${d.text.slice(0, 90)}"`);
    }
  }
  return lines.join('\n');
}
