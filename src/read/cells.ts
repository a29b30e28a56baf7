import type { Answer } from './answer';
import type { RootPlan } from './plan/plan';

type MatrixPlan = Extract<RootPlan, { root: 'stanceMatrix' }>;

/** A cell as the matrix's Cypher sends it (cypher/analysis.cypher.ts): ids, not entities. */
type Cell = [speaker: string, target: string, stance: string, bucket: string | null, count: number];

/** What the matrix's Cypher returns: the cells, and the entities of each entity field by id. */
export interface CompactMatrix {
  cells: Cell[];
  entities: Record<string, [id: string, entity: Answer][]>;
}

/**
 * The stance matrix's answer, expanded from what Neo4j sent: each cell an object keyed by the
 * response keys of StanceCount, its speaker and target the entities listed once for all cells
 * (one object shared by the cells of an entity, which graphql-js completes for each).
 */
export function matrixAnswer(plan: MatrixPlan, sent: CompactMatrix): Answer[] {
  const byId = new Map(
    Object.entries(sent.entities).map(([key, entities]) => [key, new Map(entities)]),
  );
  return sent.cells.map(([speaker, target, stance, bucket, count]) => {
    const cell: Answer = {};
    for (const { key, field } of plan.cell) {
      switch (field.of) {
        case 'speaker':
          cell[key] = byId.get(key)?.get(speaker);
          break;
        case 'target':
          cell[key] = byId.get(key)?.get(target);
          break;
        case 'stance':
          cell[key] = stance;
          break;
        case 'bucket':
          cell[key] = bucket;
          break;
        case 'count':
          cell[key] = count;
          break;
      }
    }
    return cell;
  });
}
