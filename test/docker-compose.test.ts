import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseConf } from '../tools/localdb/conf';

/**
 * What can be checked of docker-compose.yml and the Dockerfile without Docker: that they agree
 * with the config module, with the local server's neo4j.conf, and with the build output.
 */

const root = join(__dirname, '..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string | number | boolean>;
  ports?: string[];
  healthcheck?: { test?: string[] | string };
  depends_on?: Record<string, { condition?: string }>;
}

const compose = parse(read('docker-compose.yml')) as { services: Record<string, Service> };
const neo4j = compose.services.neo4j;
const api = compose.services.api;

/** The variables config.ts validates: the keys of its envSchema, read from the source. */
function configVariables(): string[] {
  const source = read('src/config/config.ts');
  const start = source.indexOf('const envSchema = z.object({');
  const body = source.slice(start, source.indexOf('\n});', start));
  return [...body.matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm)].map((m) => m[1] ?? '');
}

function envExampleVariables(): string[] {
  return [...read('.env.example').matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1] ?? '');
}

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 Community, the version the local server pins', () => {
    expect(neo4j?.image).toBe('neo4j:5.26-community');
    expect(read('neo4j/pom.xml')).toMatch(/<version>5\.26\.\d+<\/version>/);
  });

  it('gives Neo4j a healthcheck that logs in over Bolt', () => {
    const test = neo4j?.healthcheck?.test;
    expect(Array.isArray(test) ? test.join(' ') : test).toMatch(/cypher-shell .*RETURN 1/);
  });

  it('passes the image only NEO4J_ variables it turns into settings, besides NEO4J_AUTH', () => {
    // The entrypoint makes a setting of every other NEO4J_* variable; settings are lower case,
    // and an unknown one (NEO4J_PASSWORD -> "PASSWORD") stops Neo4j from starting.
    const names = Object.keys(neo4j?.environment ?? {}).filter((name) => name !== 'NEO4J_AUTH');
    for (const name of names) expect(name).toMatch(/^NEO4J_[a-z]+(_[a-z0-9]+|__[a-z0-9]+)+$/);
  });

  it('sizes the container like the local server', () => {
    const conf = parseConf(read('neo4j/neo4j.conf'));
    const env = neo4j?.environment ?? {};
    expect(env.NEO4J_server_memory_heap_max__size).toBe(conf.get('server.memory.heap.max_size'));
    expect(env.NEO4J_server_memory_pagecache_size).toBe(conf.get('server.memory.pagecache.size'));
    expect(env.NEO4J_db_transaction_timeout).toBe(conf.get('db.transaction.timeout'));
  });

  it('publishes Bolt on loopback only and the api on port 4000', () => {
    expect(neo4j?.ports).toEqual(['127.0.0.1:7687:7687']);
    expect(api?.ports).toEqual(['4000:4000']);
  });

  it('starts the api only once Neo4j is healthy, and points it at that container', () => {
    expect(api?.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(api?.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(api?.environment?.HOST).toBe('0.0.0.0');
    expect(String(api?.environment?.PORT)).toBe('4000');
  });

  it('gives the api only variables the config module knows', () => {
    const known = new Set(configVariables());
    expect(Object.keys(api?.environment ?? {}).filter((name) => !known.has(name))).toEqual([]);
  });
});

describe('.env.example', () => {
  it('lists exactly the variables of src/config/config.ts', () => {
    expect(configVariables().length).toBeGreaterThan(10);
    expect([...envExampleVariables()].sort()).toEqual([...configVariables()].sort());
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

  it('builds on node:20-bookworm-slim and installs only production dependencies to run', () => {
    const bases = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((m) => m[1]);
    expect(new Set(bases)).toEqual(new Set(['node:20-bookworm-slim']));
    expect(runtime).toContain('npm ci --omit=dev');
  });

  it('runs a file that the build emits', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    const [program, script] = JSON.parse(cmd ?? '[]') as string[];
    expect(program).toBe('node');
    // tsconfig.build.json compiles src/x.ts to dist/src/x.js.
    const source = (script ?? '').replace(/^dist\//, '').replace(/\.js$/, '.ts');
    expect(existsSync(join(root, source))).toBe(true);
  });

  it('runs as a non-root user', () => {
    const users = [...runtime.matchAll(/^USER (\S+)/gm)].map((m) => m[1]);
    expect(users.at(-1)).toBeDefined();
    expect(['root', '0']).not.toContain(users.at(-1));
  });

  it('checks readiness, not just liveness', () => {
    expect(runtime).toMatch(/HEALTHCHECK[\s\S]*\/health\/ready/);
  });
});
