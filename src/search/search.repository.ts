import type { Executor } from '../db/executor';
import { ENTITY_PROJECTION, type EntityRow } from '../graph/entity.row';
import {
  normalizeStatement,
  statementProjection,
  type StatementRow,
} from '../statements/statement.row';
import type { StatementPart } from '../statements/statement.parts';
import type { EntityKind } from '../graph/vocabulary';

// The statements of the hits carry the parts the query reads (statement.parts.ts); one text per
// projection, built once.
const searches = new Map<string, string>();
function searchQuery(parts: readonly StatementPart[] | null): string {
  const projection = statementProjection(parts);
  let query = searches.get(projection);
  if (query === undefined) {
    query = SEARCH(projection);
    searches.set(projection, query);
  }
  return query;
}

const SEARCH = (statement: string) => `
CALL () {
  CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $limit}) YIELD node AS e, score
  WHERE $kinds IS NULL OR e.kind IN $kinds
  RETURN 'ENTITY' AS kind, e ${ENTITY_PROJECTION} AS entity, null AS statement, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: $limit}) YIELD node AS s, score
  WHERE $kinds IS NULL
  RETURN 'STATEMENT' AS kind, null AS entity, ${statement} AS statement, score
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
    parts: readonly StatementPart[] | null = null,
  ): Promise<SearchRow[]> {
    const result = await this.executor.read<SearchRow>(searchQuery(parts), { query, kinds, limit });
    return result.records.map((r) => {
      const row = r.toObject() as SearchRow;
      if (row.statement) normalizeStatement(row.statement);
      return row;
    });
  }
}
