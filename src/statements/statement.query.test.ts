import { buildStatementQuery, type StatementQueryInput } from './statement.query';
import { StatementOrder, StatementWhere } from './statement-where.input';
import { Stance } from './stance';

const where = (fields: Partial<StatementWhere>): StatementWhere =>
  Object.assign(new StatementWhere(), fields);

const query = (q: Partial<StatementQueryInput>): StatementQueryInput => ({
  where: where({}),
  order: StatementOrder.DATE_DESC,
  limit: 20,
  after: null,
  withCount: false,
  anchor: 'all',
  ...q,
});

describe('statement queries', () => {
  it('have the same text for the same filters, whatever their values, which go as parameters', () => {
    const a = buildStatementQuery(
      query({ where: where({ speaker: 'Pashinyan', stance: [Stance.ACCUSE], text: 'Genocide' }) }),
    );
    const b = buildStatementQuery(
      query({
        where: where({
          speaker: "Robert ' }) MATCH (n) DETACH DELETE n //",
          stance: [Stance.DENY],
        }),
      }),
    );
    const c = buildStatementQuery(
      query({ where: where({ speaker: 'Aliyev', stance: [Stance.DENY], text: 'shelling' }) }),
    );
    expect(c.cypher).toBe(a.cypher);
    expect(b.cypher).not.toBe(a.cypher); // no text filter
    expect(b.cypher).not.toContain('DETACH');
    expect(c.params).toMatchObject({
      speakerRef: 'Aliyev',
      speakerKey: 'aliyev',
      stances: [Stance.DENY],
      text: 'shelling',
      limit: 21,
    });
  });

  it('differ when the filters, order, cursor, count or anchor differ', () => {
    const base = query({ where: where({ about: 'Azerbaijan' }) });
    const texts = new Set(
      [
        base,
        { ...base, order: StatementOrder.DATE_ASC },
        { ...base, after: ['2020-10-17', 'x'] as [string, string] },
        { ...base, withCount: true },
        { ...base, anchor: 'bySpeaker' as const, ids: ['a'] },
        { ...base, parts: ['text' as const] },
        { ...base, where: where({ about: 'Azerbaijan', isQuote: true }) },
      ].map((q) => buildStatementQuery(q).cypher),
    );
    expect(texts.size).toBe(7);
  });

  it('give a page per entity its ids as a parameter', () => {
    const { cypher, params } = buildStatementQuery(query({ anchor: 'byAbout', ids: ['x', 'y'] }));
    expect(cypher).toContain('UNWIND $ids AS eid');
    expect(params.ids).toEqual(['x', 'y']);
  });
});
