import type { Executor } from '../db/executor';
import { NotFoundError } from '../errors/errors';
import { matrixAnswer, type CompactMatrix } from './cells';
import { translate } from './cypher/translate';
import type { RootPlan } from './plan/plan';

/** One read as it was made: its plan, and the Cypher and parameters it was translated to. */
export interface ReadTrace {
  plan: RootPlan;
  cypher: string;
  params: Record<string, unknown>;
}

export interface ReadContext {
  executor: Executor;
  /** When set, every read of the request is added to it (the Cypher snapshot tests read it). */
  reads?: ReadTrace[];
}

/**
 * Answers a root field: its plan translated into one Cypher statement, run once as a read, and
 * the value of its one row returned as it is, in the shape of the answer (but for the stance
 * matrix's, which comes compact and is expanded, cells.ts). A path whose reference
 * names no entity is NOT_FOUND, naming the argument.
 */
export async function read(ctx: ReadContext, plan: RootPlan): Promise<unknown> {
  const { cypher, params } = translate(plan);
  ctx.reads?.push({ plan, cypher, params });
  const result = await ctx.executor.read(cypher, params);
  const row = result.records[0];
  if (plan.root === 'path') {
    if (!row?.get('fromFound')) {
      throw new NotFoundError(`no entity matches "${plan.from}"`, { argument: 'from' });
    }
    if (!row.get('toFound')) {
      throw new NotFoundError(`no entity matches "${plan.to}"`, { argument: 'to' });
    }
  }
  const answer: unknown = row?.get('answer') ?? null;
  if (plan.root === 'stanceMatrix' && answer !== null) {
    return matrixAnswer(plan, answer as CompactMatrix);
  }
  return answer;
}
