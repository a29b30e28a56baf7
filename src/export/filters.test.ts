import { BadUserInputError } from '../errors/errors';
import { parseExportRequest, type RawParams } from './filters';

/** The problem `parseExportRequest` reports, as [argument, message]. */
function refusal(raw: RawParams, kind: 'filters' | 'dyads' = 'filters'): [unknown, string] {
  try {
    parseExportRequest(raw, kind);
  } catch (error) {
    if (error instanceof BadUserInputError) return [error.extensions.argument, error.message];
    throw error;
  }
  throw new Error('accepted');
}

describe('the parameters of an export', () => {
  it('reads every filter of StatementWhere into the filter the read layer takes', () => {
    const request = parseExportRequest(
      {
        speaker: ['Aliyev'],
        about: ['armenia'],
        target: ['azerbaijan'],
        stance: ['CLAIM,DENY', 'ACCUSE'],
        isQuote: ['false'],
        from: ['2020-10-01'],
        to: ['2020-10-31'],
        source: ['aljazeera'],
        text: ['Ganja'],
      },
      'filters',
    );
    expect(request).toEqual({
      where: {
        speaker: 'Aliyev',
        about: 'armenia',
        target: 'azerbaijan',
        stance: ['CLAIM', 'DENY', 'ACCUSE'],
        isQuote: false,
        from: '2020-10-01',
        to: '2020-10-31',
        source: 'aljazeera',
        text: 'Ganja',
      },
      bucket: 'ALL',
      speakers: null,
      targets: null,
    });
  });

  it('takes an empty value as not given, as a form sends it', () => {
    expect(parseExportRequest({ speaker: [''], stance: [''] }, 'filters').where).toEqual({});
  });

  it('refuses a day that is not a date, or not in the calendar, naming the parameter', () => {
    expect(refusal({ from: ['17/10/2020'] })).toEqual([
      'from',
      '"from" must be a date YYYY-MM-DD; got "17/10/2020"',
    ]);
    expect(refusal({ to: ['2020-02-30'] })[0]).toBe('to');
  });

  it('refuses a stance outside the vocabulary, naming the value', () => {
    const [argument, message] = refusal({ stance: ['CLAIM,GLOAT'] });
    expect(argument).toBe('stance');
    expect(message).toMatch(/^"stance" must be one or more of CLAIM, .*; got "GLOAT"$/);
  });

  it('refuses isQuote other than true or false', () => {
    expect(refusal({ isQuote: ['yes'] })).toEqual([
      'isQuote',
      '"isQuote" must be true or false; got "yes"',
    ]);
  });

  it('refuses a one-value parameter given twice rather than dropping one', () => {
    expect(refusal({ speaker: ['armenia', 'azerbaijan'] })).toEqual([
      'speaker',
      '"speaker" may be given only once',
    ]);
  });

  it('refuses a parameter it does not know, listing those it does', () => {
    const [argument, message] = refusal({ speakr: ['armenia'] });
    expect(argument).toBe('speakr');
    expect(message).toContain('unknown parameter "speakr"; this export takes speaker, about');
  });

  it('keeps the dyads-only parameters to the dyads', () => {
    expect(refusal({ bucket: ['MONTH'] })[0]).toBe('bucket');
    const request = parseExportRequest(
      { bucket: ['month'], speakers: ['armenia,azerbaijan', 'armenia'] },
      'dyads',
    );
    expect(request).toMatchObject({ bucket: 'MONTH', speakers: ['armenia', 'azerbaijan'] });
    expect(refusal({ bucket: ['DECADE'] }, 'dyads')[0]).toBe('bucket');
  });

  it('bounds the filters as StatementWhere does, naming the parameter, not "where.…"', () => {
    expect(refusal({ speaker: ['x'.repeat(201)] })).toEqual([
      'speaker',
      '"speaker" must have at most 200 characters; got 201',
    ]);
    expect(
      refusal({ targets: [Array.from({ length: 101 }, (_, i) => `e${i}`).join(',')] }, 'dyads'),
    ).toEqual(['targets', '"targets" may name at most 100 entities; got 101']);
    expect(refusal({ speakers: ['armenia', '´'] }, 'dyads')).toEqual([
      'speakers',
      '"speakers" must name an entity (1 to 200 characters)',
    ]);
  });
});
