import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseSeedText } from '../seed/parse';
import { extractArticle } from './extract';
import { toSeedYaml } from './seed-yaml';

const SEED_DIR = join(__dirname, '../../seed');
const text = readFileSync(join(SEED_DIR, 'nagorno-karabakh-2020-10-17.txt'), 'utf8');
const { document } = extractArticle({
  text,
  publishedAt: '2020-10-17',
  title: 'Armenia, Azerbaijan ramp up fighting',
});

describe('toSeedYaml', () => {
  it('writes a file the seed parser reads back unchanged, with the text referred to by path', () => {
    const { text: _inline, ...source } = document.source;
    const yaml = toSeedYaml(
      { ...document, source },
      { textFile: 'nagorno-karabakh-2020-10-17.txt' },
    );
    const parsed = parseSeedText(yaml, join(SEED_DIR, 'extracted.yaml'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.seed.text).toBe(text);
    expect(parsed.seed.document.statements.map((s) => s.text)).toEqual(
      document.statements?.map((s) => s.text),
    );
    expect(parsed.seed.document.source.textFile).toBe('nagorno-karabakh-2020-10-17.txt');
  });

  it('keeps the text inline without a text file', () => {
    const yaml = toSeedYaml(document, {});
    expect(parse(yaml).source.text).toBe(text);
  });

  it('writes small records on one line and says how many statements need review', () => {
    const yaml = toSeedYaml(document, { textFile: 'a.txt' });
    expect(yaml).toMatch(/^# Extracted automatically/);
    expect(yaml).toMatch(/evidence: \{ sentence: \d+, start: \d+, end: \d+ \}/);
    expect(yaml).toMatch(/- \{ entity: [a-z0-9-]+, role: (target|mentioned) \}/);
  });
});
