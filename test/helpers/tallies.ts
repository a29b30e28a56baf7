import type { Executor } from '../../src/db/executor';

const STORED = `
MATCH (c:StanceTally)
RETURN c.key AS key, c.count AS n, c.speaker + '|' + c.target + '|' + c.stance + '|' + toString(c.month) AS parts`;

const COUNTED = `
MATCH (s:Statement)-[:SAID_BY]->(sp:Entity)
MATCH (s)-[r:ABOUT]->(t:Entity) WHERE r.role = 'target'
WITH sp.id + '|' + t.id + '|' + s.stance + '|' + toString(date.truncate('month', s.at)) AS key,
     count(DISTINCT s) AS n
RETURN key, n`;

/**
 * How the stance tallies (src/tallies/) differ from the statements counted afresh: one line per
 * tally that is missing, extra, or wrong. Empty when the writers kept them right.
 */
export async function tallyDrift(executor: Executor): Promise<string[]> {
  const stored = new Map<string, number>();
  for (const r of (await executor.read(STORED)).records) {
    if (r.get('key') !== r.get('parts')) return [`tally ${r.get('key')} has other properties`];
    stored.set(r.get('key') as string, r.get('n') as number);
  }
  const counted = new Map<string, number>(
    (await executor.read(COUNTED)).records.map((r) => [
      r.get('key') as string,
      r.get('n') as number,
    ]),
  );
  const drift: string[] = [];
  for (const [key, n] of counted) {
    if (stored.get(key) !== n) drift.push(`${key}: counted ${n}, tallied ${stored.get(key)}`);
  }
  for (const [key, n] of stored)
    if (!counted.has(key)) drift.push(`${key}: tallied ${n}, none counted`);
  return drift;
}
