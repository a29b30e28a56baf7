import { parse, specifiedRules, validate } from 'graphql';
import { buildGraphSchema } from '../schema/build';
import { exampleOperations } from '../http/operations';
import {
  aliasedQuery,
  COSTLY_QUERY,
  deepQuery,
  manyTokens,
  MANY_DIRECTIVES,
} from '../../test/helpers/hostile-queries';
import { QUERY_LIMITS, queryProtection, type QueryLimits } from './armor';

const schema = buildGraphSchema();

/** The messages of the errors a query meets while being parsed and validated, as Apollo does. */
function problems(query: string, limits: QueryLimits = QUERY_LIMITS): string[] {
  const { validationRules, parseOptions } = queryProtection(limits);
  try {
    return validate(schema, parse(query, parseOptions), [
      ...specifiedRules,
      ...validationRules,
    ]).map((e) => e.message);
  } catch (error) {
    return [(error as Error).message];
  }
}

describe('the query limits', () => {
  it('let every example operation through, with room to spare', () => {
    const tighter = {
      ...QUERY_LIMITS,
      depth: QUERY_LIMITS.depth - 2,
      cost: QUERY_LIMITS.cost / 5,
      tokens: QUERY_LIMITS.tokens / 5,
    };
    const operations = exampleOperations();
    expect(operations.length).toBeGreaterThanOrEqual(12);
    for (const op of operations) {
      expect({ file: op.file, problems: problems(op.document, tighter) }).toEqual({
        file: op.file,
        problems: [],
      });
    }
  });

  it('count depth as the query nests fields', () => {
    expect(problems(deepQuery(QUERY_LIMITS.depth))).toEqual([]);
    expect(problems(deepQuery(QUERY_LIMITS.depth + 1))).toEqual([
      `Query depth limit of ${QUERY_LIMITS.depth} exceeded, found ${QUERY_LIMITS.depth + 1}.`,
    ]);
  });

  it('refuse a query 20 levels deep, naming the limit', () => {
    expect(problems(deepQuery(20))).toContain('Query depth limit of 10 exceeded, found 20.');
  });

  it('do not count inline fragments as levels', () => {
    const query =
      '{ entity(id: "turkey") { ... on Country { capital { ... on City { name } } } } }';
    expect(problems(query, { ...QUERY_LIMITS, depth: 3 })).toEqual([]);
  });

  it('refuse 100 aliases', () => {
    expect(problems(aliasedQuery(15))).toEqual([]);
    expect(problems(aliasedQuery(100))).toEqual(['Aliases limit of 15 exceeded, found 100.']);
  });

  it('refuse more than 10 directives', () => {
    expect(problems(MANY_DIRECTIVES)).toEqual(['Directives limit of 10 exceeded, found 14.']);
  });

  it('refuse nested pages whose literal sizes multiply past the cost limit', () => {
    expect(problems(COSTLY_QUERY)).toEqual([
      expect.stringMatching(/^Query Cost limit of 20000 exceeded, found \d+/),
    ]);
    expect(problems(COSTLY_QUERY.replace('first: 100', 'first: 1'))).toEqual([]);
  });

  it('refuse a document of more than 1,000 tokens while parsing it', () => {
    expect(problems(manyTokens(1_000))).toEqual([]);
    expect(problems(manyTokens(1_001))).toEqual([
      'Syntax Error: Document contains more that 1000 tokens. Parsing aborted.',
    ]);
  });
});
