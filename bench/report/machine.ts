import { spawnSync } from 'node:child_process';
import os from 'node:os';

/** The machine a run was made on: numbers mean little without it. */
export interface Machine {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  os: string;
  node: string;
  java: string;
  neo4j: string;
  /** 1-minute load average when the run started and ended: other work on the machine. */
  loadAverage: { start: number; end: number };
}

export function describeMachine(neo4jVersion: string): Omit<Machine, 'loadAverage'> {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return {
    date: new Date().toISOString(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    java: (java.stderr || java.stdout || 'unknown').split('\n')[0]!.trim(),
    neo4j: neo4jVersion,
  };
}

export function loadAverage(): number {
  return Math.round(os.loadavg()[0]! * 100) / 100;
}
