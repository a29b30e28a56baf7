import type { Executor } from '../db/executor';
import type { SourceRow } from './source.type';

const SOURCES_BY_ID = `
UNWIND $ids AS id
MATCH (src:Source {id: id})
RETURN src { .id, .title, .url, .outlet, .text, publishedAt: toString(src.publishedAt),
             sentenceStarts: coalesce(src.sentenceStarts, []), sentenceEnds: coalesce(src.sentenceEnds, []) } AS source`;

const SOURCES_PAGE = `
MATCH (src:Source)
WHERE $afterAt IS NULL OR src.publishedAt < date($afterAt)
   OR (src.publishedAt = date($afterAt) AND src.id < $afterId)
WITH src ORDER BY src.publishedAt DESC, src.id DESC LIMIT $limit
RETURN src { .id, .title, .url, .outlet, .text, publishedAt: toString(src.publishedAt),
             sentenceStarts: coalesce(src.sentenceStarts, []), sentenceEnds: coalesce(src.sentenceEnds, []) } AS source`;

export class SourceRepository {
  constructor(private readonly executor: Executor) {}

  async byIds(ids: readonly string[]): Promise<Map<string, SourceRow>> {
    const result = await this.executor.read<{ source: SourceRow }>(SOURCES_BY_ID, { ids });
    return new Map(result.records.map((r) => [r.get('source').id, r.get('source')]));
  }

  async count(): Promise<number> {
    const result = await this.executor.read<{ total: number }>(
      'MATCH (s:Source) RETURN count(s) AS total',
    );
    return result.records[0]?.get('total') ?? 0;
  }

  async page(limit: number, after: [string, string] | null): Promise<SourceRow[]> {
    const result = await this.executor.read<{ source: SourceRow }>(SOURCES_PAGE, {
      limit,
      afterAt: after?.[0] ?? null,
      afterId: after?.[1] ?? null,
    });
    return result.records.map((r) => r.get('source'));
  }
}
