import type { Executor } from '../db/executor';
import { ENTITY_PROJECTION, type EntityRow } from '../graph/entity.row';
import {
  normalizeStatement,
  STATEMENT_PROJECTION,
  type StatementRow,
} from '../statements/statement.row';
import type { EntityKind } from '../graph/vocabulary';

const SEARCH = `
CALL () {
  CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $limit}) YIELD node AS e, score
  WHERE $kinds IS NULL OR e.kind IN $kinds
  RETURN 'ENTITY' AS kind, e ${ENTITY_PROJECTION} AS entity, null AS statement, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: $limit}) YIELD node AS s, score
  WHERE $kinds IS NULL
  RETURN 'STATEMENT' AS kind, null AS entity, ${STATEMENT_PROJECTION} AS statement, score
}
RETURN kind, entity, statement, score
ORDER BY score DESC, kind
LIMIT $limit`;

export interface SearchRow {
  kind: 'ENTITY' | 'STATEMENT';
  entity: EntityRow | null;
  statement: StatementRow | null;
  score: number;
}

export class SearchRepository {
  constructor(private readonly executor: Executor) {}

  async search(
    query: string,
    kinds: readonly EntityKind[] | null,
    limit: number,
  ): Promise<SearchRow[]> {
    const result = await this.executor.read<SearchRow>(SEARCH, { query, kinds, limit });
    return result.records.map((r) => {
      const row = r.toObject() as SearchRow;
      if (row.statement) normalizeStatement(row.statement);
      return row;
    });
  }
}
