import 'reflect-metadata';
import { loadConfig } from '../../src/config/config';
import { seedFileInputs } from '../../src/seed/inputs';
import { offlineImport } from '../../src/seed/offline-import';

/**
 * The offline import (`npm run seed -- --offline-import`, src/seed/offline-import.ts) of a folder
 * into the bench's local Neo4j, in a process of its own for its peak RSS. Timed whole: the check
 * of every file, the CSV, the stop, Neo4j's importer, the start, and the building of the indexes.
 * `node dist/bench/load/import-child.js <dir> <instance> <bolt port>`; prints one JSON line.
 */
async function main(): Promise<void> {
  const [dir, instance, port] = process.argv.slice(2);
  if (!dir || !instance || !port) throw new Error('usage: import-child.js <dir> <instance> <port>');
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const inputs = seedFileInputs([dir]);
  const started = process.hrtime.bigint();
  const elapsed = () => (Number(process.hrtime.bigint() - started) / 1e9).toFixed(1);
  const counts = await offlineImport(inputs, {
    local: {
      instance,
      boltPort: Number(port),
      user: config.neo4j.user,
      password: config.neo4j.password,
    },
    neo4j: config.neo4j,
    reset: true,
    // On stderr, so the JSON line stays alone on stdout; timed, to see where the time goes.
    log: (line) => console.error(`[import +${elapsed()} s] ${line}`),
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const result = {
    files: inputs.length,
    statements: counts.statements,
    ms: Math.round(ms),
    statementsPerSecond: Math.round(counts.statements / (ms / 1000)),
    peakRssMb: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
