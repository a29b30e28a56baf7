import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.database).toBe('neo4j');
    expect(config.security.apiKeys).toEqual([]);
    expect(config.security.introspection).toBe(true);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reports every problem together, naming the variable and the value', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        NEO4J_URI: 'http://localhost',
        LOG_LEVEL: 'loud',
        READS_REQUIRE_KEY: 'maybe',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT: .*"eighty"/);
    expect(problems).toMatch(/NEO4J_URI: .*bolt:\/\//);
    expect(problems).toMatch(/LOG_LEVEL/);
    expect(problems).toMatch(/READS_REQUIRE_KEY: expected true or false/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ NEO4J_URI: '' }).neo4j.uri).toBeUndefined();
  });

  it('splits API keys and rejects short ones', () => {
    expect(
      loadConfig({ API_KEYS: 'aaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbb' }).security.apiKeys,
    ).toHaveLength(2);
    expect(() => loadConfig({ API_KEYS: 'short' })).toThrow(
      /API_KEYS: every key must have at least 16 characters/,
    );
  });

  it('requires an explicit Neo4j password in production and turns introspection off there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /NEO4J_PASSWORD: must be set in production/,
    );
    const prod = loadConfig({ NODE_ENV: 'production', NEO4J_PASSWORD: 'a-real-secret' });
    expect(prod.security.introspection).toBe(false);
  });
});
