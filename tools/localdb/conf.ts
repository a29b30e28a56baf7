import { LocalNeo4jError } from './errors';
import type { InstancePaths } from './paths';

/**
 * The generated neo4j.conf of an instance: the project's neo4j/neo4j.conf followed by the lines
 * that differ per instance. Neo4j refuses a file that declares a setting twice, so the project's
 * file must leave these settings to us.
 */
export const PER_INSTANCE_SETTINGS = [
  'server.bolt.listen_address',
  'server.directories.data',
  'server.directories.logs',
  'server.directories.run',
] as const;

export function parseConf(text: string): Map<string, string> {
  const settings = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    settings.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  return settings;
}

export function renderInstanceConf(
  baseConf: string,
  instance: { boltPort: number; paths: InstancePaths },
): string {
  const base = parseConf(baseConf);
  const clashes = PER_INSTANCE_SETTINGS.filter((name) => base.has(name));
  if (clashes.length > 0) {
    throw new LocalNeo4jError(
      'BAD_CONF',
      `neo4j/neo4j.conf must not set ${clashes.join(', ')}: the start code sets these per instance`,
    );
  }
  const { paths, boltPort } = instance;
  // Forward slashes keep the paths valid in the conf file on every platform.
  const slash = (p: string): string => p.replace(/\\/g, '/');
  const lines: Record<(typeof PER_INSTANCE_SETTINGS)[number], string> = {
    'server.bolt.listen_address': `127.0.0.1:${boltPort}`,
    'server.directories.data': slash(paths.dataDir),
    'server.directories.logs': slash(paths.logsDir),
    'server.directories.run': slash(paths.runDir),
  };
  return [
    baseConf.trimEnd(),
    '',
    '# ---- Per instance, appended by tools/localdb on every start; edit neo4j/neo4j.conf instead.',
    ...Object.entries(lines).map(([name, value]) => `${name}=${value}`),
    '',
  ].join('\n');
}

/** The Bolt port a generated conf listens on, if it names one. */
export function boltPortOf(conf: string): number | undefined {
  const address = parseConf(conf).get('server.bolt.listen_address');
  const port = Number(address?.split(':').pop());
  return Number.isInteger(port) && port > 0 ? port : undefined;
}

/**
 * -Xms/-Xmx from the conf's heap settings. The Neo4j launcher script does this translation; we
 * start the JVM ourselves, so we must too, or the JVM would pick a quarter of the machine's memory.
 */
export function heapFlags(conf: string): string[] {
  const settings = parseConf(conf);
  const flag = (prefix: string, name: string): string[] => {
    const value = settings.get(name);
    if (value === undefined) return [];
    if (!/^\d+[kmg]?$/i.test(value)) {
      throw new LocalNeo4jError(
        'BAD_CONF',
        `${name}=${value} in neo4j/neo4j.conf: use a size the JVM understands, such as 512m or 1g`,
      );
    }
    return [`${prefix}${value}`];
  };
  return [
    ...flag('-Xms', 'server.memory.heap.initial_size'),
    ...flag('-Xmx', 'server.memory.heap.max_size'),
  ];
}
