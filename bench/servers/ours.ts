import 'reflect-metadata';
import { announce, exitWithParent, instrument } from './instrument';

instrument();
exitWithParent();

/** This service as it runs in production (createService), on PORT, over NEO4J_URI. */
async function main(): Promise<void> {
  const { loadConfig } = await import('../../src/config/config');
  const { createService } = await import('../../src/service');

  const config = loadConfig();
  const service = await createService(config);
  service.readiness.set({ state: 'ready' });
  await service.listen(config.port, '127.0.0.1');
  announce(config.port);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
