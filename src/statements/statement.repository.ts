import type { Executor } from '../db/executor';
import { normalizeStatement, STATEMENT_PROJECTION, type StatementRow } from './statement.row';
import { buildStatementQuery, type StatementQueryInput } from './statement.query';
import type { DisputeKind } from '../graph/vocabulary';

export interface StatementPageRows {
  rows: StatementRow[];
  total: number | null;
}

const STATEMENTS_BY_ID = `
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN ${STATEMENT_PROJECTION} AS statement`;

const DISPUTES_OUT = `
UNWIND $ids AS id
MATCH (:Statement {id: id})-[d:DISPUTES]->(s:Statement)
RETURN id, d.kind AS kind, ${STATEMENT_PROJECTION} AS statement
ORDER BY s.at, s.id`;

const DISPUTES_IN = `
UNWIND $ids AS id
MATCH (:Statement {id: id})<-[d:DISPUTES]-(s:Statement)
RETURN id, d.kind AS kind, ${STATEMENT_PROJECTION} AS statement
ORDER BY s.at, s.id`;

export interface DisputeLink {
  kind: DisputeKind;
  statement: StatementRow;
}

export class StatementRepository {
  constructor(private readonly executor: Executor) {}

  async page(q: StatementQueryInput): Promise<StatementPageRows> {
    const { cypher, params } = buildStatementQuery({ ...q, anchor: 'all' });
    const result = await this.executor.read<{ rows: StatementRow[]; total: number | null }>(
      cypher,
      params,
    );
    const record = result.records[0];
    return {
      rows: (record?.get('rows') ?? []).map(normalizeStatement),
      total: record?.get('total') ?? null,
    };
  }

  /** One page per entity, for every entity id in `ids`, in one round trip. */
  async pagesByEntity(
    q: StatementQueryInput & { ids: readonly string[] },
  ): Promise<Map<string, StatementPageRows>> {
    const { cypher, params } = buildStatementQuery(q);
    const result = await this.executor.read<{
      eid: string;
      rows: StatementRow[];
      total: number | null;
    }>(cypher, params);
    return new Map(
      result.records.map((r) => [
        r.get('eid'),
        { rows: r.get('rows').map(normalizeStatement), total: r.get('total') },
      ]),
    );
  }

  async byIds(ids: readonly string[]): Promise<Map<string, StatementRow>> {
    const result = await this.executor.read<{ statement: StatementRow }>(STATEMENTS_BY_ID, { ids });
    return new Map(
      result.records.map((r) => [r.get('statement').id, normalizeStatement(r.get('statement'))]),
    );
  }

  /** The statements each of `ids` disputes (`out`) or is disputed by (`in`). */
  async disputes(
    ids: readonly string[],
    direction: 'out' | 'in',
  ): Promise<Map<string, DisputeLink[]>> {
    const result = await this.executor.read<{
      id: string;
      kind: DisputeKind;
      statement: StatementRow;
    }>(direction === 'out' ? DISPUTES_OUT : DISPUTES_IN, { ids });
    const byId = new Map<string, DisputeLink[]>();
    for (const r of result.records) {
      const list = byId.get(r.get('id')) ?? [];
      list.push({ kind: r.get('kind'), statement: normalizeStatement(r.get('statement')) });
      byId.set(r.get('id'), list);
    }
    return byId;
  }
}
