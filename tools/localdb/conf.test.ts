import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boltPortOf, heapFlags, parseConf, renderInstanceConf } from './conf';
import { instancePaths } from './paths';

const root = '/repo';
const paths = instancePaths('dev', root);

describe('renderInstanceConf', () => {
  it('keeps the project settings and appends the port and folders of the instance', () => {
    const conf = renderInstanceConf('# why\nserver.http.enabled=false\n', {
      boltPort: 7711,
      paths,
    });
    const settings = parseConf(conf);
    expect(settings.get('server.http.enabled')).toBe('false');
    expect(settings.get('server.bolt.listen_address')).toBe('127.0.0.1:7711');
    expect(settings.get('server.directories.data')).toBe('/repo/.neo4j/dev/data');
    expect(settings.get('server.directories.logs')).toBe('/repo/.neo4j/dev/logs');
    expect(settings.get('server.directories.run')).toBe('/repo/.neo4j/dev/run');
  });

  it('refuses a project conf that sets a per-instance setting, which Neo4j would reject as declared twice', () => {
    expect(() =>
      renderInstanceConf('server.directories.data=/elsewhere\n', { boltPort: 7711, paths }),
    ).toThrow(/must not set server\.directories\.data/);
  });

  it('accepts the project neo4j/neo4j.conf and gives the JVM its heap', () => {
    const base = readFileSync(join(__dirname, '..', '..', 'neo4j', 'neo4j.conf'), 'utf8');
    const conf = renderInstanceConf(base, { boltPort: 7687, paths });
    expect(heapFlags(conf)).toEqual(['-Xms512m', '-Xmx512m']);
    expect(parseConf(conf).get('server.default_listen_address')).toBe('127.0.0.1');
  });
});

describe('parseConf', () => {
  it('skips comments and blank lines and keeps values containing "="', () => {
    const settings = parseConf('# a=b\n\n  x.y = 1\nserver.jvm.additional=-Dk=v\n');
    expect([...settings]).toEqual([
      ['x.y', '1'],
      ['server.jvm.additional', '-Dk=v'],
    ]);
  });
});

describe('boltPortOf', () => {
  it('reads the port from the Bolt listen address', () => {
    expect(boltPortOf('server.bolt.listen_address=127.0.0.1:7688')).toBe(7688);
    expect(boltPortOf('server.bolt.listen_address=:7690')).toBe(7690);
  });

  it('gives undefined when the conf names no port', () => {
    expect(boltPortOf('server.http.enabled=false')).toBeUndefined();
  });
});

describe('heapFlags', () => {
  it('translates the heap settings into -Xms and -Xmx', () => {
    const conf = 'server.memory.heap.initial_size=256m\nserver.memory.heap.max_size=1g';
    expect(heapFlags(conf)).toEqual(['-Xms256m', '-Xmx1g']);
  });

  it('leaves the JVM default when the conf sets no heap', () => {
    expect(heapFlags('')).toEqual([]);
  });

  it('rejects a size the JVM would not understand', () => {
    expect(() => heapFlags('server.memory.heap.max_size=512MiB')).toThrow(/512m or 1g/);
  });
});
