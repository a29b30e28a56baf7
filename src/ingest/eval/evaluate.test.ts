import { join } from 'node:path';
import { readSeedFile } from '../../seed/parse';
import { evaluate, score, scoreDocument } from './evaluate';
import { jaccard, matchEntities, namesMeet, normalizeName } from './match';
import { formatTable } from './table';
import { formatConfusion, formatReview } from './confusion';

const SEED = join(__dirname, '../../../seed');

describe('evaluation of extraction', () => {
  it('scores an annotation against itself as perfect', () => {
    const parsed = readSeedFile(join(SEED, 'nagorno-karabakh-2020-10-17.yaml'));
    if (!parsed.ok) throw new Error('the seed annotation does not parse');
    const { scores } = scoreDocument(parsed.seed.document, parsed.seed.document);
    for (const s of Object.values(scores)) expect(s.f1).toBe(1);
  });

  it('meets its goals on the seed article', () => {
    const report = evaluate([SEED]);
    const seed = report.articles.find((a) => a.name === 'nagorno-karabakh-2020-10-17');
    expect(seed?.scores.speaker.f1).toBeGreaterThanOrEqual(0.85);
    expect(seed?.scores.speakerStanceTargets.f1).toBeGreaterThanOrEqual(0.7);
    expect(formatTable(report)).toMatch(/TOTAL/);
  });

  it('reports files it cannot read instead of failing', () => {
    const report = evaluate([join(SEED, 'no-such-dir')]);
    expect(report.articles).toEqual([]);
    expect(report.skipped).toHaveLength(1);
  });

  it('computes precision, recall and F1', () => {
    expect(score(3, 4, 6)).toMatchObject({ precision: 0.75, recall: 0.5, f1: 0.6 });
    expect(score(0, 0, 0)).toMatchObject({ precision: 1, recall: 1 });
  });

  it('matches entities by normalized names and whole-word containment', () => {
    expect(normalizeName('The Azerbaijani Defense Ministry')).toBe('azerbaijani defense ministry');
    expect(namesMeet('sudan war', '2023 sudan war')).toBe(true);
    expect(namesMeet('war', 'sudan war')).toBe(false);
    const { pairs, idMap } = matchEntities(
      [
        { id: 'baku-x', name: 'Baku' },
        { id: 'azeri-army', name: 'Azeri army' },
      ],
      [
        { id: 'baku', name: 'Baku' },
        {
          id: 'azerbaijan-armed-forces',
          name: 'Azerbaijani Armed Forces',
          aliases: ['Azeri army'],
        },
      ],
    );
    expect(pairs).toBe(2);
    expect(idMap.get('azeri-army')).toBe('azerbaijan-armed-forces');
  });

  it('counts two empty target sets as agreeing', () => {
    expect(jaccard([], [])).toBe(1);
    expect(jaccard(['a'], ['a', 'b'])).toBe(0.5);
  });

  it('pairs stances gold first and splits precision by the review flag', () => {
    const parsed = readSeedFile(join(SEED, 'nagorno-karabakh-2020-10-17.yaml'));
    if (!parsed.ok) throw new Error('the seed annotation does not parse');
    const gold = parsed.seed.document;
    const first = gold.statements[0]!;
    const wrong = {
      ...first,
      stance: first.stance === 'DENY' ? 'CLAIM' : 'DENY',
      needsReview: true,
    };
    const predicted = { ...gold, statements: [wrong, ...gold.statements.slice(1)] };
    const { stances, review } = scoreDocument(gold, predicted as typeof gold);
    expect(stances.filter(([g, p]) => g !== p)).toEqual([[first.stance, wrong.stance]]);
    expect(stances).toHaveLength(gold.statements.length);
    expect(review.flagged).toEqual({ total: 1, right: 0 });
    expect(review.unflagged).toEqual({
      total: gold.statements.length - 1,
      right: gold.statements.length - 1,
    });
  });

  it('prints the confusion table with gold stances as rows', () => {
    const table = formatConfusion([
      ['ACCUSE', 'CLAIM'],
      ['ACCUSE', 'ACCUSE'],
      ['DENY', 'DENY'],
    ]);
    const accuse = table.split('\n').find((l) => l.startsWith('ACCUSE'));
    expect(accuse?.trim().split(/\s+/)).toEqual(['ACCUSE', '1', '1', '.']);
    expect(table).toMatch(/agrees on 2 of 3/);
    expect(
      formatReview({ flagged: { total: 4, right: 1 }, unflagged: { total: 6, right: 5 } }),
    ).toMatch(/marked needsReview: 3 of 4 \(75 %\)/);
  });
});
