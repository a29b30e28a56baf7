import neo4j, { type Driver } from 'neo4j-driver';
import { toNeo4jParams } from '../../src/db/executor';
import { seedFileInputs } from '../../src/seed/inputs';
import type { ParsedSeed } from '../../src/seed/parse';
import {
  aliasText,
  disputeRows,
  edgeLists,
  entityRows,
  nameRows,
  relationRows,
  sourceRow,
  statementRows,
} from '../../src/seed/rows';

/**
 * The loading floor: the same nodes, relationships and properties as the loader writes, by the
 * script a user would write without any of the loader's guarantees. Files are parsed and turned
 * into rows (the loader's own rows.ts), but not checked; nothing is looked up or merged; every
 * node and relationship is made by a flat `UNWIND … CREATE` over the raw driver, in transactions
 * of 10k statements with their edges, one after the other.
 * `node dist/bench/load/floor-child.js <dir>` with NEO4J_URI set, on an empty database; prints one
 * JSON line.
 */
const BATCH_STATEMENTS = 10_000;

const Q = {
  entities: `UNWIND $rows AS row
    CREATE (e:Entity) SET e = row.props, e:$(row.kind)`,
  names: `UNWIND $rows AS row
    MATCH (e:Entity {id: row.id}) MERGE (n:EntityName {key: row.key})
    CREATE (n)-[:NAMES {primary: row.primary}]->(e)`,
  relations: `UNWIND $rows AS row
    MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
    CREATE (a)-[r:$(row.type)]->(b) SET r.sourceId = row.sourceId, r.title = row.title, r.sentence = row.sentence`,
  sources: `UNWIND $rows AS row
    CREATE (s:Source) SET s = row.props, s.publishedAt = date(row.publishedAt)`,
  statements: `UNWIND $rows AS row
    MATCH (src:Source {id: row.sourceId})
    CREATE (s:Statement) SET s = row.props, s.id = row.id, s.date = date(row.date), s.at = date(row.at)
    CREATE (s)-[:REPORTED_IN {sentence: row.props.sentence, start: row.props.start, end: row.props.end}]->(src)`,
  speakers: `UNWIND $rows AS row
    MATCH (s:Statement {id: row.statement}) MATCH (e:Entity {id: row.entity})
    CREATE (s)-[:SAID_BY {order: row.order}]->(e)`,
  about: `UNWIND $rows AS row
    MATCH (s:Statement {id: row.statement}) MATCH (e:Entity {id: row.entity})
    CREATE (s)-[:ABOUT {role: row.role, order: row.order}]->(e)`,
  onBehalfOf: `UNWIND $rows AS row
    MATCH (s:Statement {id: row.statement}) MATCH (e:Entity {id: row.entity})
    CREATE (s)-[:ON_BEHALF_OF]->(e)`,
  medium: `UNWIND $rows AS row
    MATCH (s:Statement {id: row.statement}) MATCH (e:Entity {id: row.entity})
    CREATE (s)-[:TOLD_TO]->(e)`,
  disputes: `UNWIND $rows AS row
    MATCH (s:Statement {id: row.statement}) MATCH (t:Statement {id: row.disputes})
    CREATE (s)-[:DISPUTES {kind: row.kind}]->(t)`,
};

async function writeBatch(driver: Driver, seeds: ParsedSeed[]): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(async (tx) => {
      const run = (cypher: string, rows: unknown[]) =>
        rows.length === 0 ? undefined : tx.run(cypher, toNeo4jParams({ rows }) as object);
      await run(
        Q.entities,
        seeds.flatMap(entityRows).map(({ kind, ...props }) => ({
          kind,
          props: { ...props, kind, aliasText: aliasText(props.aliases) },
        })),
      );
      await run(Q.names, seeds.flatMap(nameRows));
      await run(Q.relations, seeds.flatMap(relationRows));
      await run(
        Q.sources,
        seeds.map((seed) => {
          const { publishedAt, ...props } = sourceRow(seed);
          return { publishedAt, props };
        }),
      );
      const statements = seeds.flatMap((seed) => statementRows(seed));
      await run(
        Q.statements,
        statements.map((s) => ({
          id: s.id,
          sourceId: s.props.sourceId,
          date: s.date,
          at: s.at,
          props: s.props,
        })),
      );
      const edges = edgeLists(statements);
      await run(Q.speakers, edges.speakers);
      await run(Q.about, edges.about);
      await run(Q.onBehalfOf, edges.onBehalfOf);
      await run(Q.medium, edges.medium);
      await run(Q.disputes, seeds.flatMap(disputeRows));
    });
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: floor-child.js <dir>');
  const driver = neo4j.driver(
    process.env.NEO4J_URI!,
    neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
  );
  try {
    const started = process.hrtime.bigint();
    let batch: ParsedSeed[] = [];
    let size = 0;
    let statements = 0;
    const inputs = seedFileInputs([dir]);
    for (const input of inputs) {
      const parsed = input.read();
      if (!parsed.ok) throw new Error(`${input.name} does not parse`);
      const n = parsed.seed.document.statements.length;
      if (batch.length > 0 && size + n > BATCH_STATEMENTS) {
        await writeBatch(driver, batch);
        [batch, size] = [[], 0];
      }
      batch.push(parsed.seed);
      size += n;
      statements += n;
    }
    if (batch.length > 0) await writeBatch(driver, batch);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const result = {
      files: inputs.length,
      statements,
      ms: Math.round(ms),
      statementsPerSecond: Math.round(statements / (ms / 1000)),
      peakRssMb: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
