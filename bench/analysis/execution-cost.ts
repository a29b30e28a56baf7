import 'reflect-metadata';
import { Command } from 'commander';
import {
  buildSchema,
  execute,
  Kind,
  parse,
  printSchema,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import type { QueryResult, RecordShape } from 'neo4j-driver';
import { loadConfig } from '../../src/config/config';
import { connectGraph } from '../../src/db/connect';
import { Executor, type Params } from '../../src/db/executor';
import { createLogger } from '../../src/logging/logger';
import { createRequestContext } from '../../src/http/context';
import { buildGraphSchema } from '../../src/schema/build';
import { queryProtection } from '../../src/security/armor';
import { OPERATIONS } from '../operations';
import { findSubjects } from '../measure/subjects';
import { median } from '../report/results';

/**
 * `npm run bench:execution [-- --iterations 3000 --rounds 5 --search ceasefire]`
 *
 * What executing our schema costs in JavaScript, per canonical question, with nothing else in the
 * way: no HTTP, no Apollo, no Neo4j (its answers are recorded once, then replayed from memory).
 * Beside it, the least any typed execution of the same answer can cost: the same operation over
 * a copy of our schema with graphql-js's default resolvers, the finished answer as root value.
 * Ours minus that is what our layer adds (selection, plan and translation, type-graphql's root wrapper);
 * the rest is graphql-js completing every field of the answer, which a GraphQL server over a typed
 * schema does whatever its resolvers are. Runs against the configured Neo4j (NEO4J_URI, or the
 * local one) with whatever graph it holds.
 */
const program = new Command('bench:execution')
  .option('--iterations <n>', 'executions per question and block', Number, 3000)
  .option('--rounds <n>', 'blocks per question, taking turns; the median is reported', Number, 5)
  .option('--search <word>', 'the full-text search term', 'ceasefire')
  .parse(process.argv);

/** Answers reads from memory, keyed by query and parameters, once they have been recorded. */
class ReplayExecutor extends Executor {
  private readonly tape = new Map<string, QueryResult>();
  private recording = true;

  constructor(private readonly real: Executor) {
    super(undefined as never, '', 0);
  }

  override observed(): Executor {
    return this;
  }

  override async read<R extends RecordShape = RecordShape>(
    cypher: string,
    params: Params = {},
  ): Promise<QueryResult<R>> {
    const key = cypher + JSON.stringify(params);
    if (this.recording) this.tape.set(key, await this.real.read(cypher, params));
    const result = this.tape.get(key);
    if (!result) throw new Error(`a read that was not recorded: ${cypher.slice(0, 80)}`);
    return result as unknown as QueryResult<R>;
  }

  /** Reads go to Neo4j and are kept (`true`), or are answered from what was kept. */
  setRecording(recording: boolean): void {
    this.recording = recording;
  }
}

/** The same operation asking `__typename` of every object, so that a copy of it can be typed. */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: (node) => ({
      ...node,
      selections: [
        ...node.selections,
        { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } },
      ],
    }),
  });
}

/** CPU per call of `run`, awaited each time (our schema's execution returns promises). */
async function cpuMicros(run: () => unknown, iterations: number): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < iterations; i++) await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / iterations;
}

async function main(): Promise<void> {
  const opts = program.opts<{ iterations: number; rounds: number; search: string }>();
  const config = loadConfig();
  const logger = createLogger('warn');
  const graph = await connectGraph(config, logger, { migrate: false });
  try {
    const subjects = await findSubjects(graph.executor, opts.search);
    const replay = new ReplayExecutor(graph.executor);
    const ours: GraphQLSchema = queryProtection().prepareSchema(buildGraphSchema());
    // Only the fields' types and names: every resolver is graphql-js's default one.
    const typedOnly = buildSchema(printSchema(buildGraphSchema()));
    const context = () =>
      createRequestContext({ config, logger, executor: replay, principal: { kind: 'anonymous' } });
    const rows: string[] = [];
    for (const op of OPERATIONS) {
      const { query, variables } = JSON.parse(op.ours(subjects).body) as {
        query: string;
        variables: Record<string, unknown>;
      };
      const document = parse(query);
      replay.setRecording(true);
      const full = (await execute({
        schema: ours,
        document: withTypenames(document),
        variableValues: variables,
        contextValue: context(),
      })) as ExecutionResult;
      if (full.errors?.length) throw new Error(`${op.name}: ${full.errors[0]!.message}`);
      const runOurs = () =>
        execute({ schema: ours, document, variableValues: variables, contextValue: context() });
      const runTyped = () =>
        execute({ schema: typedOnly, document, variableValues: variables, rootValue: full.data });
      await runOurs();
      replay.setRecording(false);
      const warm = Math.ceil(opts.iterations / 5);
      await cpuMicros(runOurs, warm);
      await cpuMicros(runTyped, warm);
      const a: number[] = [];
      const b: number[] = [];
      for (let r = 0; r < opts.rounds; r++) {
        a.push(await cpuMicros(runOurs, opts.iterations));
        b.push(await cpuMicros(runTyped, opts.iterations));
      }
      const [oursUs, typedUs] = [median(a), median(b)];
      const bytes = JSON.stringify((runTyped() as ExecutionResult).data).length;
      rows.push(
        `${op.name.padEnd(24)} ${oursUs.toFixed(0).padStart(6)} ${typedUs.toFixed(0).padStart(12)}` +
          ` ${(oursUs - typedUs).toFixed(0).padStart(13)} ${String(bytes).padStart(13)}`,
      );
    }
    console.log(
      `${'question'.padEnd(24)} ${'ours µs'.padStart(6)} ${'typed-only µs'.padStart(12)}` +
        ` ${'resolvers µs'.padStart(13)} ${'answer bytes'.padStart(13)}`,
    );
    for (const row of rows) console.log(row);
    console.log(
      `(CPU per execution, median of ${opts.rounds} blocks of ${opts.iterations}, taking turns)`,
    );
  } finally {
    await graph.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
