import { Session, Transaction } from 'neo4j-driver';

/**
 * What every benchmarked server process reports to the runner over its IPC channel: Neo4j round
 * trips (every query sent, counted by wrapping the driver's `run`, which every session and
 * transaction function goes through), CPU time and peak RSS. The runner asks for these before and
 * after each measurement and takes the difference, so the numbers are the server's own.
 */
export interface ServerStats {
  roundTrips: number;
  /** process.cpuUsage(): user + system, microseconds since the process started. */
  cpuMicros: number;
  /** Highest RSS sampled since the runner last asked with `{ resetPeak: true }`. */
  peakRssMb: number;
  rssMb: number;
}

export type ServerMessage = { type: 'ready'; port: number } | { type: 'stats'; stats: ServerStats };
export type RunnerMessage = { type: 'stats'; resetPeak?: boolean };

let roundTrips = 0;
let peakRss = 0;

function count<T extends { run: (...args: never[]) => unknown }>(proto: T): void {
  const run = proto.run;
  proto.run = function (this: T, ...args: never[]) {
    roundTrips++;
    return run.apply(this, args);
  } as T['run'];
}

/** Call first thing in a server process, before any driver exists. */
export function instrument(): void {
  count(Transaction.prototype as unknown as { run: (...args: never[]) => unknown });
  count(Session.prototype as unknown as { run: (...args: never[]) => unknown });
  const sample = () => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  };
  setInterval(sample, 50).unref();
  process.on('message', (message: RunnerMessage) => {
    if (message.type !== 'stats') return;
    sample();
    const cpu = process.cpuUsage();
    const stats: ServerStats = {
      roundTrips,
      cpuMicros: cpu.user + cpu.system,
      peakRssMb: mb(peakRss),
      rssMb: mb(process.memoryUsage.rss()),
    };
    if (message.resetPeak) peakRss = process.memoryUsage.rss();
    process.send?.({ type: 'stats', stats } satisfies ServerMessage);
  });
}

export function announce(port: number): void {
  process.send?.({ type: 'ready', port } satisfies ServerMessage);
}

/** Exits when the runner goes away, so no server outlives an interrupted benchmark. */
export function exitWithParent(): void {
  process.on('disconnect', () => process.exit(0));
}

const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;
