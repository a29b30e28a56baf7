import type { RootPlan } from '../plan/plan';
import { CypherBuilder } from './builder';
import { projectEntity } from './entity.cypher';
import { statementPage } from './page.cypher';
import { rootBody } from './root.cypher';
import { projectSource, projectStatement } from './statement.cypher';
import type { Translators } from './translators';

const TRANSLATORS: Translators = {
  entity: (c, node, plan) => projectEntity(c, node, plan, TRANSLATORS),
  statement: (c, node, plan, options) => projectStatement(c, node, plan, TRANSLATORS, options),
  source: (c, node, plan) => projectSource(c, node, plan, TRANSLATORS),
  statementPage: (c, page, anchor) => statementPage(c, page, anchor, TRANSLATORS),
};

/** The one Cypher statement, and its parameters, that answers a root field as its plan asks. */
export function translate(plan: RootPlan): { cypher: string; params: Record<string, unknown> } {
  const c = new CypherBuilder();
  return c.query(rootBody(c, plan, TRANSLATORS));
}
