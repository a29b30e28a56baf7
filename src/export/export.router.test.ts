import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import type { Executor } from '../db/executor';
import { ServiceUnavailableError } from '../errors/errors';
import type { Logger } from '../logging/logger';
import { exportRouter } from './export.router';
import { PAGE_SIZE } from './keyset';

/**
 * What the router does when the reading goes wrong, over real HTTP but with the executor played
 * by a stand-in whose pages are made up (the e2e suite runs the real one against Neo4j).
 */

/** A full page of statements whose rows are long enough that one page is several chunks. */
const page = (n: number) =>
  Array.from({ length: PAGE_SIZE }, (_, i) => ({
    id: `src/s${n}-${i}`,
    date: null,
    stance: 'CLAIM',
    cameo: '010',
    isQuote: false,
    text: `statement ${i} of page ${n}, `.padEnd(200, 'x'),
    sentenceText: null,
    sourceId: 'src',
    source: null,
    speakers: [{ id: 'a', name: 'A' }],
    targets: [],
    mentioned: [],
    exportAt: '2020-10-17',
    exportId: `src/s${n}-${String(i).padStart(5, '0')}`,
  }));

let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** Serves the exports over `read`, the pages the executor answers; counts the pages asked. */
async function serve(read: (n: number) => Promise<object[]>) {
  let pages = 0;
  const executor = {
    withTimeout: () => executor,
    read: async () => ({
      records: (await read(pages++)).map((row) => ({ toObject: () => row })),
    }),
  };
  const logged: { level: string; fields: Record<string, unknown>; msg: string }[] = [];
  const log =
    (level: string) =>
    (fields: Record<string, unknown>, msg: string): void => {
      logged.push({ level, fields, msg });
    };
  const logger = { info: log('info'), error: log('error'), warn: log('warn') };
  const app = express();
  app.use(
    exportRouter({
      executor: executor as unknown as Executor,
      logger: logger as unknown as Logger,
      authorize: () => undefined,
    }),
  );
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server!.once('listening', resolve));
  const url = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  return { url, logged, pages: () => pages };
}

const until = async (what: string, probe: () => boolean) => {
  for (let i = 0; i < 200 && !probe(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!probe()) throw new Error(`${what}: not within 2 s`);
};

describe('the export router', () => {
  it('breaks the connection when Neo4j fails after the first rows went out, and logs it', async () => {
    const { url, logged } = await serve(async (n) => {
      if (n === 0) return page(0);
      throw new ServiceUnavailableError('The graph database is unavailable; try again shortly.');
    });
    const res = await fetch(`${url}/export/statements.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    // Not a short file that looks complete: reading the body fails.
    await expect(res.text()).rejects.toThrow();
    expect(logged).toContainEqual(
      expect.objectContaining({
        level: 'error',
        msg: 'export failed',
        fields: expect.objectContaining({ midStream: true }),
      }),
    );
  });

  it('answers 503 with the code when Neo4j fails before any row', async () => {
    const { url } = await serve(async () => {
      throw new ServiceUnavailableError('The graph database is unavailable; try again shortly.');
    });
    const res = await fetch(`${url}/export/graph.graphml`);
    expect(res.status).toBe(503);
    expect(res.headers.get('content-disposition')).toBeNull();
    expect(await res.json()).toEqual({
      errors: [
        {
          message: 'The graph database is unavailable; try again shortly.',
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ],
    });
  });

  it('masks an unexpected error as a 500', async () => {
    const { url } = await serve(async () => {
      throw new Error('secret detail');
    });
    const res = await fetch(`${url}/export/statements.csv`);
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('secret');
  });

  it('stops reading when the client goes away', async () => {
    // Pages without end: only the client leaving can stop this export.
    const { url, logged, pages } = await serve(async (n) => page(n));
    const aborted = new AbortController();
    const res = await fetch(`${url}/export/statements.csv`, { signal: aborted.signal });
    const reader = res.body!.getReader();
    expect((await reader.read()).done).toBe(false);
    aborted.abort();
    await until('the export noticed', () =>
      logged.some((l) => l.msg === 'export stopped: the client left'),
    );
    const read = pages();
    await new Promise((r) => setTimeout(r, 200));
    expect(pages()).toBe(read);
    expect(read).toBeLessThan(20);
  });
});
