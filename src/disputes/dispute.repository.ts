import type { Executor } from '../db/executor';
import {
  normalizeStatement,
  STATEMENT_PROJECTION,
  type StatementRow,
} from '../statements/statement.row';
import type { DisputeKind } from '../graph/vocabulary';

// `$entity` null means every dispute; otherwise one side must be said by or about the entity.
const TOUCHES = (v: string) => `EXISTS { (${v})-[:SAID_BY|ABOUT]->(x:Entity {id: $entity}) }`;

const DISPUTES = `
CALL () {
  MATCH (a:Statement)-[d:DISPUTES]->(b:Statement)
  WHERE $entity IS NULL OR ${TOUCHES('a')} OR ${TOUCHES('b')}
  RETURN a, b, d.kind AS kind, false AS derived
  UNION
  // Casualty figures reported side by side in one source by different claimants compete, even
  // when nobody linked them: derived here so that no toll is ever merged with another.
  // Two MATCH clauses rather than one with a comma: the same plan (a hash join on sourceId), but
  // Neo4j warns of a cartesian product for disconnected patterns within one MATCH.
  MATCH (a:Statement {hasFigures: true})
  MATCH (b:Statement {hasFigures: true}) WHERE a.sourceId = b.sourceId AND a.id > b.id
    AND NOT EXISTS { (a)-[:DISPUTES]-(b) }
    AND NOT EXISTS { (a)-[:SAID_BY]->()<-[:SAID_BY]-(b) }
    AND ($entity IS NULL OR ${TOUCHES('a')} OR ${TOUCHES('b')})
  RETURN a, b, 'COMPETING_FIGURES' AS kind, true AS derived
}
WITH a, b, kind, derived ORDER BY a.at DESC, a.id LIMIT $limit
CALL (a) { WITH a AS s RETURN ${STATEMENT_PROJECTION} AS statement }
CALL (b) { WITH b AS s RETURN ${STATEMENT_PROJECTION} AS disputed }
RETURN kind, derived, statement, disputed`;

export interface DisputeRow {
  kind: DisputeKind;
  derived: boolean;
  statement: StatementRow;
  disputed: StatementRow;
}

export class DisputeRepository {
  constructor(private readonly executor: Executor) {}

  async list(entity: string | null, limit: number): Promise<DisputeRow[]> {
    const result = await this.executor.read<DisputeRow>(DISPUTES, { entity, limit });
    return result.records.map((r) => {
      const row = r.toObject() as DisputeRow;
      normalizeStatement(row.statement);
      normalizeStatement(row.disputed);
      return row;
    });
  }
}
