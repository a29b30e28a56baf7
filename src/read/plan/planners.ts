import { planEntity, planRelation } from './entity.plan';
import { planStatementPage } from './page.plan';
import type { Planners, ReadLimits } from './plan';
import { planSource, planStatement } from './statement.plan';

/** The planners of the values that hold one another, each able to call the rest. */
export function planners(limits: ReadLimits): Planners {
  const p: Planners = {
    limits,
    entity: (selection, type) => planEntity(selection, type, p),
    relation: (selection) => planRelation(selection, p),
    statement: (selection) => planStatement(selection, p),
    source: (selection) => planSource(selection, p),
    statementPage: (selection) => planStatementPage(selection, p),
  };
  return p;
}
