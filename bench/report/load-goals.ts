import type { Goal, ScaleLoad } from './results';

// "Flat": the peak at the largest scale at most this much above the peak at 100k.
const FLAT_GROWTH = 0.15;

/** The goals of bulk loading (issue 25), from the loads of one run. */
export function loadGoals(loads: readonly ScaleLoad[]): Goal[] {
  const out: Goal[] = [];
  const million = loads.find((l) => l.statements >= 1_000_000);
  if (million) {
    out.push({
      goal: 'loader >= 10,000 statements/s at 1M',
      met: million.statementsPerSecond >= 10_000,
      detail: `${million.statementsPerSecond}/s` + floorNote(million),
    });
  }
  const floored = loads.filter((l) => l.floor);
  if (floored.length) {
    const ratio = (l: ScaleLoad) => l.statementsPerSecond / l.floor!.statementsPerSecond;
    out.push({
      goal: 'loader >= 0.5x the floor',
      met: floored.every((l) => ratio(l) >= 0.5),
      detail: floored.map((l) => `${ratio(l).toFixed(2)}x at ${l.scale}`).join(', '),
    });
  }
  const big = loads.filter((l) => l.statements >= 100_000);
  if (big.length) {
    const peaks = big.map((l) => l.peakRssMb);
    const flat = Math.max(...peaks) <= peaks[0]! * (1 + FLAT_GROWTH);
    out.push({
      goal: 'loader peak RSS < 300 MB and flat from 100k up',
      met: peaks.every((p) => p < 300) && flat,
      detail: big.map((l) => `${l.peakRssMb.toFixed(0)} MB at ${l.scale}`).join(', '),
    });
  }
  if (million?.resetLocalMs !== undefined) {
    out.push({
      goal: '--reset of 1M statements < 60 s',
      met: million.resetLocalMs < 60_000,
      detail:
        `${(million.resetLocalMs / 1000).toFixed(1)} s on the local Neo4j (store replaced)` +
        (million.resetLoadedMs === undefined
          ? ''
          : `; ${(million.resetLoadedMs / 1000).toFixed(1)} s in batches (NEO4J_URI set)`),
    });
  }
  return out;
}

const floorNote = (l: ScaleLoad): string =>
  l.floor ? `; the floor (bare UNWIND … CREATE) ${l.floor.statementsPerSecond}/s` : '';
