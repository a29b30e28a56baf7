import type { RootPlan, StatementFilter, TimeBucket } from '../plan/plan';
import type { CypherBuilder } from './builder';

type MatrixPlan = Pick<
  Extract<RootPlan, { root: 'stanceMatrix' }>,
  'where' | 'speakers' | 'targets' | 'bucket'
>;

/**
 * Whether the stance tallies (src/tallies/) can answer a matrix: they count per month, by speaker,
 * target and stance, so the buckets must be months or coarser, the days whole months, and no other
 * filter may be given.
 */
export function talliesAnswer(plan: MatrixPlan): boolean {
  const { where: w, bucket } = plan;
  const others = Object.keys(w).filter((k) => !['stance', 'from', 'to'].includes(k));
  return (
    (bucket === 'MONTH' || bucket === 'YEAR' || bucket === 'ALL') &&
    others.length === 0 &&
    (w.from === undefined || w.from.endsWith('-01')) &&
    (w.to === undefined || isLastOfMonth(w.to))
  );
}

function isLastOfMonth(day: string): boolean {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
}

/**
 * The counts of a matrix read from the tallies, bound to `names` as stanceCounts binds them:
 * from the pairs when both speakers and targets are named (an index seek each), else from the
 * named side, else from the months.
 */
export function tallyCounts(
  c: CypherBuilder,
  plan: MatrixPlan,
  lists: { speakers: string | null; targets: string | null },
  names: { speaker: string; target: string; stance: string; bucket: string; count: string },
): string {
  const { speaker: sp, target: t, stance, bucket, count } = names;
  const x = c.variable('c');
  const conditions = monthConditions(c, x, plan.where);
  const { speakers, targets } = lists;
  // The hints keep each named speaker or target a seek on its index: with the ids read from
  // unwound entities, Neo4j's planner scans the month index for every pair on a small graph
  // (4,000 rows for the seed's 20 × 10 matrix instead of 20).
  const bySpeaker = `USING INDEX ${x}:StanceTally(speaker, target, month)`;
  let reach: string;
  if (speakers && targets) {
    reach = `UNWIND ${speakers} AS ${sp} UNWIND ${targets} AS ${t}
MATCH (${x}:StanceTally) ${bySpeaker}
WHERE ${[`${x}.speaker = ${sp}.id`, `${x}.target = ${t}.id`, ...conditions].join(' AND ')}`;
  } else if (speakers) {
    reach = `UNWIND ${speakers} AS ${sp}
MATCH (${x}:StanceTally) ${bySpeaker}
WHERE ${[`${x}.speaker = ${sp}.id`, `${x}.target IS NOT NULL`, ...conditions].join(' AND ')}
MATCH (${t}:Entity {id: ${x}.target})`;
  } else if (targets) {
    reach = `UNWIND ${targets} AS ${t}
MATCH (${x}:StanceTally) USING INDEX ${x}:StanceTally(target, month)
WHERE ${[`${x}.target = ${t}.id`, ...conditions].join(' AND ')}
MATCH (${sp}:Entity {id: ${x}.speaker})`;
  } else {
    reach = `MATCH (${x}:StanceTally)${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}
MATCH (${sp}:Entity {id: ${x}.speaker})
MATCH (${t}:Entity {id: ${x}.target})`;
  }
  // A tally is one (speaker, target, stance, month), so monthly cells are the tallies themselves:
  // summing them anyway cost some 20 ms of the 1M 20 × 20 monthly matrix's 90 (bench/README.md).
  const counted = plan.bucket === 'MONTH' ? `${x}.count` : `sum(${x}.count)`;
  return `${reach}
WITH ${sp}, ${t}, ${x}.stance AS ${stance}, ${monthBucket(plan.bucket, x)} AS ${bucket}, ${counted} AS ${count}`;
}

/** The conditions on a tally of the filter's stances and days (whole months, talliesAnswer). */
function monthConditions(c: CypherBuilder, x: string, w: StatementFilter): string[] {
  const out: string[] = [];
  if (w.stance !== undefined) out.push(`${x}.stance IN ${c.param(w.stance)}`);
  // A range on month, with month's index (or the pair's, whose last property it is).
  if (w.from !== undefined) out.push(`${x}.month >= date(${c.param(w.from)})`);
  if (w.to !== undefined) out.push(`${x}.month <= date(${c.param(w.to)})`);
  if (w.from === undefined && w.to === undefined) out.push(`${x}.month IS NOT NULL`);
  return out;
}

function monthBucket(bucket: TimeBucket, x: string): string {
  if (bucket === 'MONTH') return `${x}.month`;
  if (bucket === 'YEAR') return `date.truncate('year', ${x}.month)`;
  return 'null';
}
