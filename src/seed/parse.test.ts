import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '../paths';
import { parseSeedText, parseSeedTextWithPositions, readSeedFile } from './parse';
import { checkSeed } from './check';

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(dir, f));

const FILES = [
  ...yamlFiles(repoPath('seed')),
  ...yamlFiles(repoPath('eval', 'articles')),
  ...yamlFiles(repoPath('eval', 'real')),
  ...yamlFiles(repoPath('test', 'fixtures', 'malformed')),
  ...yamlFiles(repoPath('test', 'fixtures', 'second-article')),
  ...yamlFiles(repoPath('test', 'fixtures', 'shared-alias')),
];

describe('the fast YAML path', () => {
  it.each(FILES.map((f) => [f.slice(repoPath().length + 1), f]))(
    'reads %s as the positional parser does, problems and lines included',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      const fast = parseSeedText(text, file);
      const slow = parseSeedTextWithPositions(text, file);
      expect(fast.ok).toBe(slow.ok);
      if (fast.ok && slow.ok) {
        const { locate: _a, ...fastSeed } = fast.seed;
        const { locate: _b, ...slowSeed } = slow.seed;
        expect(fastSeed).toEqual(slowSeed);
        // Problems found after parsing are located through the lazily built positions.
        expect(checkSeed(fast.seed).problems).toEqual(checkSeed(slow.seed).problems);
      } else {
        expect(fast).toEqual(slow);
      }
    },
  );

  it('still gives the line of a schema problem and of a YAML syntax error', () => {
    const stance = readSeedFile(repoPath('test', 'fixtures', 'malformed', 'unknown-stance.yaml'));
    expect(stance.ok).toBe(false);
    if (!stance.ok) expect(stance.problems[0]!.line).toBeGreaterThan(1);
    const broken = readSeedFile(repoPath('test', 'fixtures', 'malformed', 'broken.yaml'));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]).toMatchObject({ line: expect.any(Number) });
  });

  it('keeps unquoted dates as strings and refuses duplicate keys, as YAML 1.2 core does', () => {
    const doc = 'source:\n  id: a\n  id: b\n';
    expect(parseSeedText(doc, 'dup.yaml')).toEqual(parseSeedTextWithPositions(doc, 'dup.yaml'));
    const dated = parseSeedText(
      'source: {id: a, title: T, publishedAt: 2020-10-17, text: "Hi."}\nstatements: []\n',
      'd.yaml',
    );
    expect(dated.ok && dated.seed.document.source.publishedAt).toBe('2020-10-17');
  });
});
