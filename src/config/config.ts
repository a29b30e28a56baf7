import { z } from 'zod';

/**
 * The only reader of `process.env`. Everything is validated once at start-up, every problem is
 * reported together in plain words, and the result is frozen.
 */

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce
  .number({ error: 'expected a port number' })
  .int('expected a whole number')
  .min(1, 'expected a port from 1 to 65535')
  .max(65535, 'expected a port from 1 to 65535');
const positiveInt = z.coerce
  .number({ error: 'expected a number' })
  .int('expected a whole number')
  .positive('expected a number above 0');
const list = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0),
);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: z
    .string()
    .regex(
      /^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/,
      'expected a URI such as bolt://host:7687 or neo4j+s://host',
    )
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z
    .string()
    .min(8, 'expected at least 8 characters')
    .default('knowledge-graph-local'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_LOCAL_BOLT_PORT: port.default(7687),
  NEO4J_LOCAL_TEST_BOLT_PORT: port.default(7688),
  NEO4J_STARTUP_RETRIES: positiveInt.default(30),
  NEO4J_QUERY_TIMEOUT_MS: positiveInt.default(10000),
  API_KEYS: list.default([]),
  READS_REQUIRE_KEY: bool.default(false),
  INTROSPECTION: bool.optional(),
  CORS_ORIGINS: list.default([]),
  MAX_BODY_BYTES: positiveInt.default(1_000_000),
  MAX_PAGE_SIZE: positiveInt.default(100),
  SEED_ON_START: bool.default(true),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  neo4j: {
    /** Unset means: start and use the project's local Neo4j. */
    uri: string | undefined;
    user: string;
    password: string;
    database: string;
    startupRetries: number;
    queryTimeoutMs: number;
  };
  localNeo4j: { boltPort: number; testBoltPort: number };
  security: {
    apiKeys: readonly string[];
    readsRequireKey: boolean;
    introspection: boolean;
    corsOrigins: readonly string[];
    maxBodyBytes: number;
    maxPageSize: number;
  };
  seedOnStart: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most .env tooling.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0] ?? 'environment');
        return `${name}: ${i.message} (got ${JSON.stringify(present[name] ?? null)})`;
      }),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.NODE_ENV === 'production' && !present.NEO4J_PASSWORD) {
    problems.push('NEO4J_PASSWORD: must be set in production (the default is for local use only)');
  }
  if (e.API_KEYS.some((k) => k.length < 16)) {
    problems.push('API_KEYS: every key must have at least 16 characters');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze<Config>({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    neo4j: Object.freeze({
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      startupRetries: e.NEO4J_STARTUP_RETRIES,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
    }),
    localNeo4j: Object.freeze({
      boltPort: e.NEO4J_LOCAL_BOLT_PORT,
      testBoltPort: e.NEO4J_LOCAL_TEST_BOLT_PORT,
    }),
    security: Object.freeze({
      apiKeys: Object.freeze([...e.API_KEYS]),
      readsRequireKey: e.READS_REQUIRE_KEY,
      introspection: e.INTROSPECTION ?? e.NODE_ENV !== 'production',
      corsOrigins: Object.freeze([...e.CORS_ORIGINS]),
      maxBodyBytes: e.MAX_BODY_BYTES,
      maxPageSize: e.MAX_PAGE_SIZE,
    }),
    seedOnStart: e.SEED_ON_START,
  });
}
