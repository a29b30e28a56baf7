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
import type { MaybePromise } from './maybe-promise';
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

/** A loader of values by id, found in one batched query; `missing` for ids not found. */
function byId<V>(
  find: (ids: readonly string[]) => Promise<Map<string, V>>,
  missing: V,
): DataLoader<string, V> {
  return new DataLoader(async (ids) => {
    const found = await find(ids);
    return ids.map((id) => found.get(id) ?? missing);
  }, BATCH);
}

/**
 * Per-request DataLoaders: every field that lists or follows something for many parents is
 * batched into one UNWIND query per level of the request, so the number of round trips depends on
 * the shape of the query, not on the number of results.
 */
export class Loaders {
  private entityLoader?: DataLoader<string, EntityRow | null>;
  private sourceLoader?: DataLoader<string, SourceRow | null>;
  private relationsLoader?: DataLoader<string, RelationRow[]>;
  private disputesOutLoader?: DataLoader<string, DisputeLink[]>;
  private disputesInLoader?: DataLoader<string, DisputeLink[]>;
  private readonly pages = new Map<string, DataLoader<string, StatementPageRows>>();
  private readonly pagesAhead = new Map<
    DataLoader<string, StatementPageRows>,
    Map<string, StatementPageRows>
  >();
  private readonly pageArgsByField = new WeakMap<FieldNode, unknown>();
  // The same arguments object comes back for every parent (pageArgsOf): no key to compute then.
  private readonly loaderOfArgs = new WeakMap<PageArgs, DataLoader<string, StatementPageRows>>();

  constructor(private readonly repos: Repositories) {}

  // Each loader is made when a field first asks for it: most requests use one or two of them.
  get entity(): DataLoader<string, EntityRow | null> {
    return (this.entityLoader ??= byId((ids) => this.repos.entities.byIds(ids), null));
  }

  get source(): DataLoader<string, SourceRow | null> {
    return (this.sourceLoader ??= byId((ids) => this.repos.sources.byIds(ids), null));
  }

  get relations(): DataLoader<string, RelationRow[]> {
    return (this.relationsLoader ??= byId((ids) => this.repos.entities.relations(ids), []));
  }

  get disputesOut(): DataLoader<string, DisputeLink[]> {
    return (this.disputesOutLoader ??= byId(
      (ids) => this.repos.statements.disputes(ids, 'out'),
      [],
    ));
  }

  get disputesIn(): DataLoader<string, DisputeLink[]> {
    return (this.disputesInLoader ??= byId((ids) => this.repos.statements.disputes(ids, 'in'), []));
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

  /**
   * A page of statements for one entity or source, as it is when it was fetched ahead; otherwise
   * loaded, parents asking with the same arguments sharing a query.
   */
  statementPage(id: string, args: PageArgs): MaybePromise<StatementPageRows> {
    const loader = this.pageLoader(args);
    return this.pagesAhead.get(loader)?.get(id) ?? loader.load(id);
  }

  /** Pages fetched ahead of the fields that will ask for them (graph/lookahead.ts). */
  primeStatementPages(args: PageArgs, pages: ReadonlyMap<string, StatementPageRows>): void {
    const loader = this.pageLoader(args);
    const ahead = this.pagesAhead.get(loader) ?? new Map<string, StatementPageRows>();
    for (const [id, page] of pages) ahead.set(id, page);
    this.pagesAhead.set(loader, ahead);
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
