import fc from 'fast-check';
import {
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { TEST_API_KEY } from './server';

/**
 * Generators of GraphQL requests for the fuzz test, driven by the schema: operations that are
 * valid or nearly so (random fields, arguments and selections, values at the edges of their types,
 * variables of the wrong type), malformed documents, shapes that break the query limits, and
 * malformed HTTP requests. All randomness comes from fast-check, so a seed replays a run.
 */
export interface FuzzRequest {
  kind: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** The raw body; for GET, the query string. */
  body: string;
}

type Pick = <T>(arb: fc.Arbitrary<T>) => T;

const NAMES = ['armenia', 'Armenia', 'Pashinyan', 'S-300', 'Baku', 'mevlüt çavuşoğlu', 'turkey'];
const WEIRD_STRINGS = ['', ' ', '\u0000', '\u202e', '%', '*', '"', '\\', '$x', '`', 'null', '🇦🇲'];
const EDGE_INTS = [0, -1, 1, 20, 100, 101, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53, -(2 ** 53)];

export function fuzzRequest(schema: GraphQLSchema, pick: Pick): FuzzRequest {
  const kind = pick(
    fc.constantFrom(
      'operation',
      'operation',
      'operation',
      'operation',
      'variables',
      'variables',
      'malformed',
      'malformed',
      'hostile',
      'http',
    ),
  );
  switch (kind) {
    case 'operation':
      return post(kind, new OperationBuilder(schema, pick, false).request(), pick);
    case 'variables':
      return post(kind, new OperationBuilder(schema, pick, true).request(), pick);
    case 'malformed':
      return post(
        kind,
        { query: malformed(new OperationBuilder(schema, pick, false), pick) },
        pick,
      );
    case 'hostile':
      return post(kind, { query: hostile(pick) }, pick);
    default:
      return httpOddity(schema, pick);
  }
}

function post(kind: string, body: unknown, pick: Pick): FuzzRequest {
  const auth = pick(
    fc.constantFrom<Record<string, string>>(
      {},
      {},
      { authorization: `Bearer ${TEST_API_KEY}` },
      { authorization: 'Bearer not-a-key' },
      { authorization: 'Basic x' },
    ),
  );
  return {
    kind,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify(body),
  };
}

class OperationBuilder {
  private variables: Record<string, unknown> = {};
  private declarations: string[] = [];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly pick: Pick,
    private readonly viaVariables: boolean,
  ) {}

  request(): { query: string; variables?: Record<string, unknown>; operationName?: string } {
    const mutation = this.pick(fc.integer({ min: 0, max: 5 })) === 0;
    const root = mutation ? this.schema.getMutationType()! : this.schema.getQueryType()!;
    const fields = root.getFields();
    const count = this.pick(fc.integer({ min: 1, max: 3 }));
    const selections = Array.from({ length: count }, (_, i) => {
      const field = fields[this.pick(fc.constantFrom(...Object.keys(fields)))]!;
      return `${count > 1 ? `f${i}: ` : ''}${this.field(field, 1)}`;
    });
    const header = this.declarations.length ? `(${this.declarations.join(', ')})` : '';
    const query = `${mutation ? 'mutation' : 'query'} Fuzz${header} { ${selections.join(' ')} }`;
    return this.viaVariables ? { query, variables: this.variables } : { query };
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): string {
    const args = field.args
      .filter((a) => isNonNullType(a.type) || this.pick(fc.boolean()))
      .map((a) => `${a.name}: ${this.argument(a.type)}`);
    const call = args.length ? `${field.name}(${args.join(', ')})` : field.name;
    return `${call}${this.selection(field.type, depth + 1)}`;
  }

  private selection(type: GraphQLOutputType, depth: number): string {
    const named = getNamedType(type);
    if (isLeafType(named)) return '';
    const parts: string[] = ['__typename'];
    if (isObjectType(named) || isInterfaceType(named)) {
      const fields = named.getFields();
      const names = Object.keys(fields);
      const leaves = names.filter((n) => isLeafType(getNamedType(fields[n]!.type)));
      // Deeper than 8, only leaves: the depth limit has its own generator.
      const pool = depth > 8 ? leaves : names;
      const count = this.pick(fc.integer({ min: 0, max: Math.min(4, pool.length) }));
      for (let i = 0; i < count; i++) {
        parts.push(this.field(fields[this.pick(fc.constantFrom(...pool))]!, depth));
      }
    }
    if (isAbstractType(named) && this.pick(fc.boolean())) {
      const possible = this.schema.getPossibleTypes(named).map((t) => t.name);
      const concrete = this.schema.getType(this.pick(fc.constantFrom(...possible)))!;
      parts.push(`... on ${concrete.name} ${this.selection(concrete as GraphQLOutputType, depth)}`);
    }
    return ` { ${parts.join(' ')} }`;
  }

  private argument(type: GraphQLInputType): string {
    const value = this.value(type, 0);
    if (!this.viaVariables) return literal(value, type);
    const name = `v${this.declarations.length}`;
    // Now and then a variable declared with another type than the argument wants.
    const declared = this.pick(fc.integer({ min: 0, max: 9 })) === 0 ? 'String' : String(type);
    this.declarations.push(`$${name}: ${declared}`);
    // ...or given a value of another type than declared.
    this.variables[name] =
      this.pick(fc.integer({ min: 0, max: 9 })) === 0
        ? this.pick(fc.jsonValue({ maxDepth: 2 }))
        : value;
    return `$${name}`;
  }

  value(type: GraphQLInputType, depth: number): unknown {
    if (isNonNullType(type)) {
      return this.pick(fc.integer({ min: 0, max: 19 })) === 0
        ? null
        : this.value(type.ofType, depth);
    }
    if (this.pick(fc.integer({ min: 0, max: 9 })) === 0) return null;
    if (isListType(type)) {
      const n = this.pick(fc.integer({ min: 0, max: 3 }));
      return Array.from({ length: n }, () => this.value(type.ofType, depth + 1));
    }
    if (isEnumType(type)) {
      return this.pick(
        fc.oneof(
          { weight: 9, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) },
          fc.constantFrom('GLOAT', 'deny', '__proto__'),
        ),
      );
    }
    if (isInputObjectType(type)) {
      const out: Record<string, unknown> = {};
      for (const f of Object.values(type.getFields())) {
        if (depth < 3 && (isNonNullType(f.type) || this.pick(fc.boolean()))) {
          out[f.name] = this.value(f.type, depth + 1);
        }
      }
      return out;
    }
    return this.scalar(getNamedType(type) as GraphQLNamedType);
  }

  private scalar(type: GraphQLNamedType): unknown {
    switch (type.name) {
      case 'Int':
        return this.pick(
          fc.oneof(
            { weight: 6, arbitrary: fc.integer({ min: -5, max: 150 }) },
            { weight: 2, arbitrary: fc.constantFrom(...EDGE_INTS) },
            fc.double(),
          ),
        );
      case 'Float':
        return this.pick(fc.double({ noNaN: true, noDefaultInfinity: true }));
      case 'Boolean':
        return this.pick(fc.oneof(fc.boolean(), fc.constantFrom(0, 'true')));
      case 'Date':
      case 'DateTime':
        return this.pick(
          fc.oneof(
            fc
              .date({
                min: new Date('0001-01-01'),
                max: new Date('9999-12-31'),
                noInvalidDate: true,
              })
              .map((d) => (type.name === 'Date' ? d.toISOString().slice(0, 10) : d.toISOString())),
            fc.constantFrom('2020-02-30', '2020-10-17T25:00:00Z', 'yesterday', ''),
            fc.string(),
          ),
        );
      default:
        return this.pick(text());
    }
  }
}

function text(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
    { weight: 2, arbitrary: fc.constantFrom(...WEIRD_STRINGS) },
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'binary-ascii', maxLength: 200 }),
  );
}

/** A JSON value written as a GraphQL literal; enum-typed strings become bare names when they can. */
function literal(value: unknown, type: GraphQLInputType): string {
  const nullable = isNonNullType(type) ? type.ofType : type;
  const named = getNamedType(type);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const inner = isListType(nullable) ? nullable.ofType : nullable;
    return `[${value.map((v) => literal(v, inner)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = isInputObjectType(named) ? named.getFields() : {};
    const entries = Object.entries(value).map(
      ([k, v]) => `${k}: ${literal(v, fields[k]?.type ?? named)}`,
    );
    return `{ ${entries.join(', ')} }`;
  }
  if (typeof value === 'string' && isEnumType(named) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) {
    return value;
  }
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/** A valid-looking operation broken in one of the ways clients and attackers break them. */
function malformed(builder: OperationBuilder, pick: Pick): string {
  const query = builder.request().query;
  switch (pick(fc.integer({ min: 0, max: 5 }))) {
    case 0:
      return query.slice(0, pick(fc.integer({ min: 0, max: query.length })));
    case 1: {
      const at = pick(fc.integer({ min: 0, max: query.length }));
      return (
        query.slice(0, at) +
        pick(fc.constantFrom('{', '}', '(', '"', '...', '$', '@', '#', '\\')) +
        query.slice(at)
      );
    }
    case 2:
      return pick(fc.string({ unit: 'binary', maxLength: 300 }));
    case 3: {
      const tokens = [
        '{',
        '}',
        '(',
        ')',
        ':',
        '...',
        'on',
        'query',
        'mutation',
        'fragment',
        '$a',
        '@skip',
        'statements',
        'entity',
        '"x"',
        '1',
        '[',
        ']',
        '!',
        '=',
        '|',
      ];
      return pick(fc.array(fc.constantFrom(...tokens), { maxLength: 60 })).join(' ');
    }
    case 4:
      return `${query} fragment F on Query { ...G } fragment G on Query { ...F }`;
    default:
      return `${query} ${query}`; // two operations of the same name
  }
}

/** Shapes the query limits must refuse, and near-misses they must let through. */
function hostile(pick: Pick): string {
  const n = pick(fc.integer({ min: 1, max: 40 }));
  switch (pick(fc.integer({ min: 0, max: 4 }))) {
    case 0: {
      let q = 'name';
      for (let i = 0; i < n; i++)
        q = `speaker { ${i % 2 ? 'name' : 'id'} statementsBy { edges { node { ${q} } } } }`;
      return `{ statements(first: 1) { edges { node { ${q} } } } }`;
    }
    case 1:
      return `{ ${Array.from({ length: n }, (_, i) => `a${i}: entity(id: "armenia") { name }`).join(' ')} }`;
    case 2:
      return `{ __typename ${'@skip(if: false) '.repeat(n)}}`;
    case 3:
      return `{ sources(first: ${n * 3}) { edges { node { statements(first: ${n * 3}) { edges { node { text about { name } } } } } } } }`;
    default:
      return `{ ${'entity(id: "armenia") { name } '.repeat(n)}}`;
  }
}

/** Requests that are not well-formed GraphQL-over-HTTP at all. */
function httpOddity(schema: GraphQLSchema, pick: Pick): FuzzRequest {
  const json = { 'content-type': 'application/json' };
  const query = new OperationBuilder(schema, pick, false).request().query;
  const bodies: Record<string, () => [Record<string, string>, string]> = {
    'bad JSON': () => [json, pick(fc.string({ maxLength: 50 }))],
    'JSON array': () => [json, JSON.stringify([{ query }, { query }])],
    'JSON scalar': () => [
      json,
      JSON.stringify(pick(fc.oneof(fc.integer(), fc.string(), fc.constant(null)))),
    ],
    'query not a string': () => [
      json,
      JSON.stringify({ query: pick(fc.jsonValue({ maxDepth: 2 })) }),
    ],
    'variables not an object': () => [
      json,
      JSON.stringify({ query, variables: pick(fc.oneof(fc.string(), fc.array(fc.integer()))) }),
    ],
    'unknown operationName': () => [
      json,
      JSON.stringify({ query, operationName: pick(fc.oneof(fc.string(), fc.integer())) }),
    ],
    'persisted query': () => [
      json,
      JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }),
    ],
    'no query': () => [json, JSON.stringify({ variables: {} })],
    'deep JSON': () => [
      json,
      `{"query":"{ __typename }","variables":{"v":${'['.repeat(5_000)}${']'.repeat(5_000)}}}`,
    ],
    'text/plain': () => [{ 'content-type': 'text/plain' }, JSON.stringify({ query })],
    latin1: () => [
      { 'content-type': 'application/json; charset=latin1' },
      JSON.stringify({ query }),
    ],
    'too large': () => [json, JSON.stringify({ query, variables: { x: 'x'.repeat(1_000_001) } })],
  };
  if (pick(fc.integer({ min: 0, max: 5 })) === 0) {
    return {
      kind: 'GET',
      method: 'GET',
      headers: pick(fc.boolean()) ? { 'apollo-require-preflight': 'true' } : {},
      body: `query=${encodeURIComponent(query)}`,
    };
  }
  const kind = pick(fc.constantFrom(...Object.keys(bodies)));
  const [headers, body] = bodies[kind]!();
  return { kind, method: 'POST', headers, body };
}
