import type { EntityPlan, SourcePlan, StatementPage, StatementPlan } from '../plan/plan';
import type { CypherBuilder } from './builder';

/** A page anchored on a node in scope: the statements linked to it by `link`. */
export interface Anchor {
  node: string;
  link: 'SAID_BY' | 'ABOUT' | 'REPORTED_IN';
}

/**
 * The translators of the values that hold one another, each an expression over a variable bound
 * to the node (`e`, `s`, `src`) that evaluates to that value in the shape of the answer. They are
 * handed to each translator so that none imports another; translate.ts makes them.
 */
export interface Translators {
  entity(c: CypherBuilder, node: string, plan: EntityPlan): string;
  /** `typed`: with its GraphQL type, for the PathNode union (entities always carry theirs). */
  statement(
    c: CypherBuilder,
    node: string,
    plan: StatementPlan,
    options?: { typed?: boolean },
  ): string;
  source(c: CypherBuilder, node: string, plan: SourcePlan): string;
  /** A page of statements: of an anchor, or of the whole graph when `anchor` is null. */
  statementPage(c: CypherBuilder, page: StatementPage, anchor: Anchor | null): string;
}
