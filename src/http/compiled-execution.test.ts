import {
  buildSchema,
  execute,
  Kind,
  parse,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery } from 'graphql-jit';
import { compiledExecutor } from './compiled-execution';

jest.mock('graphql-jit', () => {
  const actual = jest.requireActual<typeof import('graphql-jit')>('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});
const compiles = compileQuery as jest.MockedFunction<typeof compileQuery>;

const schema: GraphQLSchema = buildSchema(`
  enum Stance { ACCUSE DENY }
  type Statement { text: String!, stance: Stance!, speaker: String }
  type Query { statements(stance: Stance!, first: Int): [Statement!]! }
`);
const STATEMENTS = [
  { text: 'They shelled Stepanakert', stance: 'ACCUSE', speaker: 'Armenia' },
  { text: 'We did not', stance: 'DENY', speaker: null },
];
// The executor gives no root value, so the list's resolver is set on the schema.
schema.getQueryType()!.getFields().statements!.resolve = (
  _source,
  args: { stance: string; first?: number },
) => STATEMENTS.filter((s) => s.stance === args.stance).slice(0, args.first ?? undefined);

const document = parse(`
  query ByStance($stance: Stance!, $first: Int) { statements(stance: $stance, first: $first) { text stance speaker } }
  query Accusations { statements(stance: ACCUSE) { text } }
`);
const byGraphqlJs = (operationName: string, variableValues?: Record<string, unknown>) =>
  execute({ schema, document, operationName, variableValues }) as ExecutionResult;

beforeEach(() => compiles.mockClear());

describe('compiledExecutor', () => {
  it('executes an operation by graphql-js until its compileAfter-th execution, then compiled, with the same answers', async () => {
    const run = compiledExecutor(schema, 3);
    const variables = { stance: 'ACCUSE', first: 5 };
    const answers: ExecutionResult[] = [];
    for (let i = 1; i <= 5; i++) {
      answers.push(await run(document, 'ByStance', {}, variables));
      expect(compiles).toHaveBeenCalledTimes(i < 3 ? 0 : 1);
    }
    for (const answer of answers) expect(answer).toEqual(byGraphqlJs('ByStance', variables));
    expect(answers[0]!.data).toEqual({ statements: [STATEMENTS[0]] });
  });

  it('counts and compiles each operation of a document apart', async () => {
    const run = compiledExecutor(schema, 2);
    await run(document, 'ByStance', {}, { stance: 'DENY' });
    await run(document, 'Accusations', {}, {});
    expect(compiles).not.toHaveBeenCalled();
    expect(await run(document, 'Accusations', {}, {})).toEqual(byGraphqlJs('Accusations'));
    expect(compiles).toHaveBeenCalledTimes(1);
    expect(compiles.mock.calls[0]![2]).toBe('Accusations');
  });

  it("answers a compiled operation's bad variables exactly as graphql-js does, with the variable's node", async () => {
    const run = compiledExecutor(schema, 1);
    for (const variables of [{ stance: 'GLOAT' }, {}, { stance: 'DENY', first: 'ten' }]) {
      const answer = await run(document, 'ByStance', {}, variables);
      const expected = byGraphqlJs('ByStance', variables);
      expect(answer.data).toBeUndefined();
      expect(answer.errors!.map((e) => e.message)).toEqual(expected.errors!.map((e) => e.message));
      expect(answer.errors![0]!.nodes?.[0]?.kind).toBe(Kind.VARIABLE_DEFINITION);
    }
    expect(compiles).toHaveBeenCalledTimes(1);
  });

  it('answers an operation name the document does not hold with an error, compiled or not', async () => {
    for (const compileAfter of [1, 5]) {
      const answer = await compiledExecutor(schema, compileAfter)(document, 'Missing', {}, {});
      expect(answer.errors?.[0]?.message).toBe('Unknown operation named "Missing".');
    }
  });
});
