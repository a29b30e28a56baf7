import { Command, Option } from 'commander';
import { loadConfig, type Config } from '../../src/config/config';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from './local-neo4j';

/**
 * `start | stop | status [--instance dev|test]` for the project's local Neo4j, as run by
 * `npm run db:start|db:stop|db:status`. Exit codes: 0 done (or running, for status), 1 failed,
 * 3 not running (status only, as in LSB init scripts).
 */

const EXIT_NOT_RUNNING = 3;
const INSTANCES = ['dev', 'test'] as const;
type Instance = (typeof INSTANCES)[number];

function boltPortFor(instance: Instance, config: Config): number {
  return instance === 'test' ? config.localNeo4j.testBoltPort : config.localNeo4j.boltPort;
}

const instanceOption = (): Option =>
  new Option('--instance <name>', 'which local Neo4j').choices(INSTANCES).default('dev');

const say = (line: string): void => console.log(line);

const program = new Command('localdb')
  .description("Start, stop or inspect the project's local Neo4j 5.26 Community (no Docker).")
  .showHelpAfterError();

program
  .command('start')
  .description('start the instance unless it is running, and wait until Bolt answers')
  .addOption(instanceOption())
  .action(async ({ instance }: { instance: Instance }) => {
    const config = loadConfig();
    await startLocalNeo4j({
      instance,
      boltPort: boltPortFor(instance, config),
      user: config.neo4j.user,
      password: config.neo4j.password,
      log: say,
    });
  });

program
  .command('stop')
  .description('stop the instance if it is running')
  .addOption(instanceOption())
  .action(async ({ instance }: { instance: Instance }) => {
    await stopLocalNeo4j({ instance, log: say });
  });

program
  .command('status')
  .description('say whether the instance is running (exit code 0) or not (3)')
  .addOption(instanceOption())
  .action(async ({ instance }: { instance: Instance }) => {
    const status = await localNeo4jStatus({
      instance,
      boltPort: boltPortFor(instance, loadConfig()),
    });
    say(
      status.running
        ? `Neo4j '${instance}' is running at ${status.uri} (pid ${status.pid}), home ${status.home}`
        : `Neo4j '${instance}' is not running (it would listen at ${status.uri}), home ${status.home}`,
    );
    if (!status.running) process.exitCode = EXIT_NOT_RUNNING;
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  // The messages are written for people; a stack trace would bury them.
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
