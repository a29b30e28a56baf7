/**
 * Preloaded into the service by the soak run (`node --expose-gc --require …/memory-reporter.js
 * dist/src/main.js`): answers each `memory` message from the parent with the process's memory,
 * measured after a full collection when --expose-gc is on, so that what is compared over time is
 * memory that is still held rather than garbage not yet collected. It does nothing else, and the
 * IPC channel it listens on does not keep the process alive.
 */
export interface MemorySample {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

if (process.send) {
  process.on('message', (message) => {
    if (message !== 'memory') return;
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
    process.send!({ rss, heapUsed, heapTotal, external } satisfies MemorySample);
  });
  process.channel?.unref();
}
