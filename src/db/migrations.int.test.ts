import { openTestGraph, type TestGraph } from '../../test/helpers/graph';
import { migrate, readMigrations } from './migrations';

let graph: TestGraph;

beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
});

afterAll(async () => {
  await graph?.close();
});

describe('migrations', () => {
  it('are idempotent: applying them again changes no constraint or index', async () => {
    const list = async () =>
      (
        await graph.executor.read('SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name')
      ).records.map((r) => `${r.get('name')}:${r.get('state')}`);
    await migrate(graph.executor);
    const once = await list();
    await migrate(graph.executor);
    expect(await list()).toEqual(once);
    for (const name of [
      'entity_id',
      'statement_id',
      'source_id',
      'entity_name_key',
      'entity_text',
      'statement_text',
    ]) {
      expect(once).toContain(`${name}:ONLINE`);
    }
    expect(readMigrations().length).toBeGreaterThan(8);
  });

  it('make Neo4j itself refuse a second entity with the same id', async () => {
    await graph.executor.write("CREATE (:Entity {id: 'dup-test', name: 'A'})");
    await expect(
      graph.executor.write("CREATE (:Entity {id: 'dup-test', name: 'B'})"),
    ).rejects.toThrow(/already exists with label `Entity` and property `id`/);
    await graph.executor.write("MATCH (e:Entity {id: 'dup-test'}) DETACH DELETE e");
  });
});
