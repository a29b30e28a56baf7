import { buildSchema, execute, parse, type DocumentNode, type GraphQLResolveInfo } from 'graphql';
import { memoOnField } from './field-memo';

// A schema of its own: what is kept depends only on the operation's AST and variables.
const schema = buildSchema(`
  type Query { lookup(name: String): Item }
  type Item { name: String, page(first: Int): [String] }
`);

/** Runs `document` with `variables`; returns how often each memoized field was worked out. */
function runner(withOwnArguments: boolean, scope: object = {}) {
  const computed = { lookup: 0, page: 0 };
  const rootValue = {
    lookup: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      memoOnField(info, scope, withOwnArguments, () => ++computed.lookup);
      return {
        name: 'x',
        page: (_a: unknown, _c: unknown, i: GraphQLResolveInfo) => {
          memoOnField(i, scope, withOwnArguments, () => ++computed.page);
          return [];
        },
      };
    },
  };
  const run = (document: DocumentNode, variableValues: Record<string, unknown> = {}) => {
    const result = execute({ schema, document, rootValue, variableValues });
    expect(result).not.toHaveProperty('errors');
  };
  return { computed, run };
}

describe('memoOnField', () => {
  it('works a field out once for the same operation and the same variables below it', () => {
    const { computed, run } = runner(false);
    const doc = parse('query ($name: String) { lookup(name: $name) { page(first: 5) } }');
    run(doc, { name: 'Armenia' });
    run(doc, { name: 'Azerbaijan' }); // only its own argument changed
    expect(computed.lookup).toBe(1);
  });

  it('works it out again when a variable used below the field changes', () => {
    const { computed, run } = runner(false);
    const doc = parse('query ($n: Int) { lookup(name: "a") { page(first: $n) } }');
    run(doc, { n: 5 });
    run(doc, { n: 5 });
    run(doc, { n: 6 });
    expect(computed.lookup).toBe(2);
  });

  it('counts variables used in fragments spread below the field', () => {
    const { computed, run } = runner(false);
    const doc = parse(`
      query ($n: Int) { lookup(name: "a") { ...F } }
      fragment F on Item { page(first: $n) }
    `);
    run(doc, { n: 1 });
    run(doc, { n: 2 });
    expect(computed.lookup).toBe(2);
  });

  it("counts the field's own arguments when asked to", () => {
    const { computed, run } = runner(true);
    const doc = parse('query ($name: String) { lookup(name: $name) { name } }');
    run(doc, { name: 'Armenia' });
    run(doc, { name: 'Armenia' });
    run(doc, { name: 'Azerbaijan' });
    expect(computed.lookup).toBe(2);
  });

  it('keeps nothing across operations parsed apart, scopes, or for merged fields', () => {
    const scoped = runner(false, {});
    const text = '{ lookup(name: "a") { name } }';
    scoped.run(parse(text));
    scoped.run(parse(text));
    expect(scoped.computed.lookup).toBe(2);

    const a = runner(false, {});
    const b = runner(false, {});
    const doc = parse(text);
    a.run(doc);
    b.run(doc);
    expect(a.computed.lookup + b.computed.lookup).toBe(2);

    const merged = runner(false);
    const twice = parse('{ lookup(name: "a") { name } lookup(name: "a") { page(first: 1) } }');
    merged.run(twice);
    merged.run(twice);
    expect(merged.computed.lookup).toBe(2);
  });
});
