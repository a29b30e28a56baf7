import { OPERATIONS, type Subjects } from '../../../bench/operations';
import { exampleOperations } from '../../http/operations';
import { buildGraphSchema } from '../../schema/build';
import { describePlan } from '../plan/describe';
import { traceReads, type ReadTrace } from '../trace';

/**
 * Cypher snapshots, as neo4j/graphql's tck keeps them: for every canonical operation (the
 * benchmark's questions and the example operations of schema/operations), the plan the planners
 * make of it and the one Cypher statement, with its parameters, it is translated to. A change to
 * the planners or translators shows here as a diff to read; `npx jest -u` accepts it.
 */
const schema = buildGraphSchema();

/** A read as the snapshot shows it: the plan as an outline, the Cypher, the parameters. */
const shown = (read: ReadTrace) => ({
  plan: describePlan(read.plan),
  cypher: read.cypher,
  params: read.params,
});
const limits = { maxPageSize: 100 };

/** What the benchmark asks about, as it finds it on the seed graph. */
const SUBJECTS: Subjects = {
  country: { id: 'azerbaijan', name: 'Azerbaijan' },
  speaker: { id: 'ilham-aliyev', name: 'Ilham Aliyev', statements: 4 },
  about: { id: 'azerbaijan', name: 'Azerbaijan', stance: 'ACCUSE', statements: 8 },
  path: { from: { id: 's-300', name: 'S-300' }, to: { id: 'azerbaijan', name: 'Azerbaijan' } },
  search: 'genocide',
  matrix: {
    speakers: ['ilham-aliyev', 'nikol-pashinyan', 'turkey'],
    targets: ['armenia', 'azerbaijan'],
    from: '2020-01-01',
    to: '2020-12-31',
  },
  timeline: { id: 'azerbaijan', name: 'Azerbaijan', months: ['2020-10-01'] },
};

describe('the Cypher of the benchmark questions', () => {
  for (const question of OPERATIONS) {
    it(`${question.name} is one statement`, async () => {
      const { query, variables } = JSON.parse(question.ours(SUBJECTS).body) as {
        query: string;
        variables: Record<string, unknown>;
      };
      const { reads } = await traceReads(schema, limits, query, variables);
      expect(reads).toHaveLength(1);
      expect(shown(reads[0]!)).toMatchSnapshot();
    });
  }
});

describe('the Cypher of the example operations', () => {
  for (const operation of exampleOperations()) {
    it(`${operation.file} is one statement per root field`, async () => {
      const { reads } = await traceReads(schema, limits, operation.document);
      expect(reads.length).toBeGreaterThanOrEqual(1);
      expect(reads.map(shown)).toMatchSnapshot();
    });
  }
});
