import { GraphQLObjectType } from 'graphql';
import { buildGraphSchema } from '../schema/build';
import { FIELD_PARTS } from './statement.parts';
import { statementProjection, STATEMENT_PROJECTION } from './statement.row';

describe('statement parts', () => {
  it('name every field of the Statement type, so none is left without its data', () => {
    const type = buildGraphSchema().getType('Statement') as GraphQLObjectType;
    expect(Object.keys(type.getFields()).sort()).toEqual(
      Object.keys(FIELD_PARTS)
        .filter((f) => f !== '__typename')
        .sort(),
    );
  });

  it('project the id, source and sort date always, and only the parts asked for', () => {
    expect(statementProjection([])).toBe('s {.id, .sourceId, at: toString(s.at)}');
    const some = statementProjection(['speakers', 'text']);
    expect(some).toContain('.text');
    expect(some).toContain('speakers: [(s)-[r:SAID_BY]->(x)');
    expect(some).not.toContain('ABOUT');
    expect(some).not.toContain('sentenceText');
    expect(statementProjection(null)).toBe(STATEMENT_PROJECTION);
  });

  it('give linked entities their aliases and description only with entityDetail', () => {
    expect(statementProjection(['speakers'])).not.toContain('aliases');
    expect(statementProjection(['entityDetail', 'speakers'])).toContain('aliases');
  });
});
