import { buildGraphSchema } from '../../schema/build';
import { traceReads } from '../trace';
import { key } from './builder';

const schema = buildGraphSchema();
const limits = { maxPageSize: 100 };

const cypherOf = async (query: string) => {
  const { reads } = await traceReads(schema, limits, query);
  expect(reads).toHaveLength(1);
  return reads[0]!;
};

const PAGE = (where: string, first: number) => `{
  statements(where: { ${where} }, first: ${first}) {
    totalCount edges { cursor node { id text speaker { name } } }
  }
}`;

describe('the translation of a plan', () => {
  it('has the same text for the same question, whatever its values, which go as parameters', async () => {
    const a = await cypherOf(PAGE('speaker: "Pashinyan", stance: [ACCUSE], text: "genocide"', 5));
    const b = await cypherOf(PAGE('speaker: "Baku", stance: [DENY, CLAIM], text: "shelling"', 20));
    expect(a.cypher).toBe(b.cypher);
    expect(a.params).not.toEqual(b.params);
    for (const value of ['Pashinyan', 'genocide', 'ACCUSE', 'Baku', 'shelling']) {
      expect(a.cypher).not.toContain(value);
      expect(b.cypher).not.toContain(value);
    }
    expect(Object.values(a.params)).toEqual(
      expect.arrayContaining(['Pashinyan', 'pashinyan', ['ACCUSE'], 'genocide', 5, 6]),
    );
  });

  it('differs when the filters, the order, the cursor or what is asked differ', async () => {
    const texts = await Promise.all(
      [
        PAGE('speaker: "Pashinyan"', 5),
        PAGE('about: "Pashinyan"', 5),
        PAGE('speaker: "Pashinyan", isQuote: true', 5),
        '{ statements(orderBy: DATE_ASC) { edges { node { id } } } }',
        '{ statements(after: "WyIyMDIwLTEwLTE3IiwiYSJd") { edges { node { id } } } }',
        '{ statements { edges { node { id } } } }',
        '{ statements { totalCount } }',
      ].map(async (q) => (await cypherOf(q)).cypher),
    );
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('counts only when the total is asked for, and fetches no rows for the total alone', async () => {
    const rows = await cypherOf('{ statements { edges { node { id } } } }');
    const total = await cypherOf('{ statements { totalCount } }');
    expect(rows.cypher).not.toContain('COUNT {');
    expect(total.cypher).toContain('COUNT {');
    expect(total.cypher).not.toContain('ORDER BY');
  });

  it('writes response keys as quoted map keys, and refuses anything that is not a GraphQL name', () => {
    expect(key('statementsBy')).toBe('`statementsBy`');
    for (const bad of ['a`b', 'a b', '1a', '', 'a}) MATCH (n) DETACH DELETE n //']) {
      expect(() => key(bad)).toThrow(/not a GraphQL name/);
    }
  });
});
