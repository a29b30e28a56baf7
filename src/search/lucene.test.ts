import { toLuceneQuery } from './lucene';

describe('toLuceneQuery', () => {
  it('matches every word, also as a prefix', () => {
    expect(toLuceneQuery('Pashin genocide')).toBe(
      '(Pashin OR Pashin*) AND (genocide OR genocide*)',
    );
  });

  it('escapes Lucene syntax so input cannot change the query', () => {
    // Only our own grouping survives: quotes, braces, slashes, colons, wildcards and operators are gone.
    expect(toLuceneQuery('"}) MATCH (n) DETACH DELETE n // a:b* OR NOT')).toBe(
      '(MATCH OR MATCH*) AND n AND (DETACH OR DETACH*) AND (DELETE OR DELETE*) AND n AND a AND b',
    );
  });

  it('gives null when nothing is left to search for', () => {
    expect(toLuceneQuery(' ~ * ')).toBeNull();
  });
});
