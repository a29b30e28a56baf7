import DataLoader from 'dataloader';
import type { FieldNode } from 'graphql';
import type { EntityRepository, RelationRow } from '../graph/entity.repository';
import type { EntityRow } from '../graph/entity.row';
import type { SourceRepository } from '../sources/source.repository';
import type { SourceRow } from '../sources/source.type';
import type {
  DisputeLink,
  StatementPageRows,
  StatementRepository,
} from '../statements/statement.repository';
import type { StatementQueryInput } from '../statements/statement.query';
import { pageKey } from './page-key';

export interface Repositories {
  entities: EntityRepository;
  statements: StatementRepository;
  sources: SourceRepository;
}

type PageArgs = Omit<StatementQueryInput, 'ids'>;

// Batches wait for the next macrotask rather than the next microtask: resolvers of one level that
// settle a few promise turns apart (fragments on different kinds, nested loaders) still share one
// query, so the round trips of a request depend on its shape alone.
const BATCH = { batchScheduleFn: (run: () => void) => setImmediate(run) };

/**
 * Per-request DataLoaders: every field that lists or follows something for many parents is
 * batched into one UNWIND query per level of the request, so the number of round trips depends on
 * the shape of the query, not on the number of results.
 */
export class Loaders {
  readonly entity: DataLoader<string, EntityRow | null>;
  readonly source: DataLoader<string, SourceRow | null>;
  readonly relations: DataLoader<string, RelationRow[]>;
  readonly disputesOut: DataLoader<string, DisputeLink[]>;
  readonly disputesIn: DataLoader<string, DisputeLink[]>;
  private readonly pages = new Map<string, DataLoader<string, StatementPageRows>>();
  private readonly pageArgsByField = new WeakMap<FieldNode, unknown>();
  // The same arguments object comes back for every parent (pageArgsOf): no key to compute then.
  private readonly loaderOfArgs = new WeakMap<PageArgs, DataLoader<string, StatementPageRows>>();

  constructor(private readonly repos: Repositories) {
    this.entity = new DataLoader(async (ids) => {
      const found = await repos.entities.byIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }, BATCH);
    this.source = new DataLoader(async (ids) => {
      const found = await repos.sources.byIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }, BATCH);
    this.relations = new DataLoader(async (ids) => {
      const found = await repos.entities.relations(ids);
      return ids.map((id) => found.get(id) ?? []);
    }, BATCH);
    this.disputesOut = new DataLoader(async (ids) => {
      const found = await repos.statements.disputes(ids, 'out');
      return ids.map((id) => found.get(id) ?? []);
    }, BATCH);
    this.disputesIn = new DataLoader(async (ids) => {
      const found = await repos.statements.disputes(ids, 'in');
      return ids.map((id) => found.get(id) ?? []);
    }, BATCH);
  }

  /**
   * What a statement connection field asks, worked out once per request: every parent of a list
   * (each leader of `leaders { statementsBy(…) }`) asks with the same arguments and selection.
   */
  pageArgsOf<T>(field: FieldNode, work: () => T): T {
    let args = this.pageArgsByField.get(field) as T | undefined;
    if (args === undefined) {
      args = work();
      this.pageArgsByField.set(field, args);
    }
    return args;
  }

  /** A page of statements for one entity or source; parents asking with the same arguments share a query. */
  statementPage(id: string, args: PageArgs): Promise<StatementPageRows> {
    return this.pageLoader(args).load(id);
  }

  /** Pages fetched ahead of the fields that will ask for them (graph/lookahead.ts). */
  primeStatementPages(args: PageArgs, pages: ReadonlyMap<string, StatementPageRows>): void {
    const loader = this.pageLoader(args);
    for (const [id, page] of pages) loader.prime(id, page);
  }

  private pageLoader(args: PageArgs): DataLoader<string, StatementPageRows> {
    const same = this.loaderOfArgs.get(args);
    if (same) return same;
    const key = pageKey(args);
    let loader = this.pages.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const found = await this.repos.statements.pagesByEntity({ ...args, ids });
        return ids.map((id) => found.get(id) ?? { rows: [], total: 0 });
      }, BATCH);
      this.pages.set(key, loader);
    }
    this.loaderOfArgs.set(args, loader);
    return loader;
  }
}
