import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import autocannon from 'autocannon';
import { Command } from 'commander';
import { loadConfig } from '../../src/config/config';
import { exampleOperations } from '../../src/http/operations';
import { startLocalNeo4j, stopLocalNeo4j } from '../localdb';
import { repoPath } from '../../src/paths';
import type { MemorySample } from './memory-reporter';
import { linearRegression } from './regression';

/**
 * `npm run soak [-- --duration 60 --connections 10]`: a long load on the service, to see that it
 * makes no errors and holds no growing memory. Every example operation of schema/operations is
 * sent in turn by autocannon; the service's memory is sampled every second (after a full GC); the
 * report gives the errors (which must be 0), memory at the start and end, and the slope of a
 * least-squares line through the heap samples (no growth trend: what it predicts over the run
 * stays under --max-growth percent of the starting heap). Exit code 0 when both hold.
 *
 * Without --url it runs the service itself, as `npm start` does (dist/src/main.js, production
 * mode), over NEO4J_URI or else a local Neo4j of its own ('soak', Bolt port 7765), and stops both
 * afterwards. With --url it loads a service that runs elsewhere; memory is then only known with
 * --pid (RSS, read from /proc).
 */
const SOAK_NEO4J = { instance: 'soak', boltPort: 7765 };
const MB = 1024 * 1024;

interface Options {
  url?: string;
  pid?: string;
  duration: string;
  warmup: string;
  connections: string;
  maxGrowth: string;
}

interface Sample extends MemorySample {
  t: number;
}

async function main(argv: string[]): Promise<number> {
  const options = new Command('soak')
    .description('Load the service for a while; report errors and the trend of its memory.')
    .option('--url <url>', 'a running service (default: start one)')
    .option('--pid <pid>', 'with --url: the process whose RSS to sample')
    .option('--duration <seconds>', 'length of the measured load', '60')
    .option('--warmup <seconds>', 'load before measuring, not counted', '30')
    .option('--connections <n>', 'concurrent connections', '10')
    .option('--max-growth <percent>', 'heap growth over the run that counts as a trend', '10')
    .parse(argv)
    .opts<Options>();
  const duration = Number(options.duration);
  const connections = Number(options.connections);

  const service = options.url ? undefined : await startService();
  try {
    const url = options.url ?? service!.url;
    const sampleMemory = service
      ? service.memory
      : options.pid
        ? async () => rssOf(Number(options.pid))
        : undefined;
    const operations = await checkedOperations(url);
    console.log(
      `soak: ${operations.length} operations, ${connections} connections, ${options.warmup} s warm-up, ${duration} s measured`,
    );
    await load(url, operations, connections, Number(options.warmup));

    const samples: Sample[] = [];
    const started = Date.now();
    let sampling = sampleMemory !== undefined;
    const sampler = (async () => {
      while (sampling) {
        samples.push({ t: (Date.now() - started) / 1000, ...(await sampleMemory!()) });
        await new Promise((r) => setTimeout(r, 1_000));
      }
    })();
    const result = await load(url, operations, connections, duration);
    sampling = false;
    await sampler;

    return report(result, samples, duration, Number(options.maxGrowth));
  } finally {
    await service?.stop();
  }
}

interface LoadOutcome {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  connectionErrors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrors: number;
}

async function load(
  url: string,
  operations: string[],
  connections: number,
  seconds: number,
): Promise<LoadOutcome> {
  let graphqlErrors = 0;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    requests: operations.map((body) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body,
      onResponse: (_status: number, responseBody: string) => {
        if (responseBody.includes('"errors"')) graphqlErrors++;
      },
    })),
  });
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.total / result.duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
  };
}

/** The example operations as request bodies, each checked to answer without errors first. */
async function checkedOperations(url: string): Promise<string[]> {
  const bodies = exampleOperations().map((op) => ({
    file: op.file,
    body: JSON.stringify({ query: op.document }),
  }));
  for (const { file, body } of bodies) {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors"')) {
      throw new Error(`${file} does not answer cleanly (${res.status}): ${text.slice(0, 300)}`);
    }
  }
  return bodies.map((b) => b.body);
}

function report(result: LoadOutcome, samples: Sample[], duration: number, maxGrowth: number) {
  const errors = result.connectionErrors + result.timeouts + result.non2xx + result.graphqlErrors;
  console.log(
    `requests: ${result.requests} (${result.rps}/s), latency p50 ${result.p50} ms, p99 ${result.p99} ms`,
  );
  console.log(
    `errors: ${errors} (connection ${result.connectionErrors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL ${result.graphqlErrors})`,
  );
  let trend = false;
  if (samples.length >= 2) {
    const first = samples[0]!;
    const last = samples.at(-1)!;
    const mb = (n: number) => `${(n / MB).toFixed(1)} MB`;
    const line = (of: (s: Sample) => number) =>
      linearRegression(samples.map((s) => ({ x: s.t / 60, y: of(s) / MB })));
    const heap = line((s) => s.heapUsed);
    const rss = line((s) => s.rss);
    // The heap says what the program holds; RSS is all that is known of a process we did not start.
    const [name, fit, start] =
      first.heapUsed > 0 ? ['heap', heap, first.heapUsed] : ['rss', rss, first.rss];
    const growth = (fit.slope * duration) / 60;
    const limit = ((start / MB) * maxGrowth) / 100;
    trend = growth > limit;
    console.log(`memory at start: rss ${mb(first.rss)}, heap ${mb(first.heapUsed)}`);
    console.log(`memory at end:   rss ${mb(last.rss)}, heap ${mb(last.heapUsed)}`);
    const every10s = samples.filter(
      (s, i) => i === 0 || Math.floor(s.t / 10) > Math.floor(samples[i - 1]!.t / 10),
    );
    console.log(
      `heap every 10 s: ${every10s.map((s) => (s.heapUsed / MB).toFixed(1)).join(', ')} MB`,
    );
    console.log(
      `slope over ${samples.length} samples: heap ${heap.slope.toFixed(3)} MB/min (r² ${heap.r2.toFixed(2)}), rss ${rss.slope.toFixed(3)} MB/min (r² ${rss.r2.toFixed(2)})`,
    );
    console.log(
      trend
        ? `${name} grows: ${growth.toFixed(1)} MB over the run, more than ${maxGrowth} % of the start (${limit.toFixed(1)} MB)`
        : `no growth trend: ${name} ${growth >= 0 ? '+' : ''}${growth.toFixed(2)} MB over the run, under ${maxGrowth} % of the start (${limit.toFixed(1)} MB)`,
    );
  } else {
    console.log('memory: not sampled (give --pid with --url)');
  }
  return errors === 0 && !trend ? 0 : 1;
}

/** The service as `npm start` runs it, with the memory reporter preloaded, over a Neo4j. */
async function startService() {
  const config = loadConfig();
  let startedNeo4j = false;
  let uri = config.neo4j.uri;
  if (!uri) {
    const local = await startLocalNeo4j({
      ...SOAK_NEO4J,
      user: config.neo4j.user,
      password: config.neo4j.password,
      log: (line) => console.log(line),
    });
    uri = local.uri;
    startedNeo4j = !local.alreadyRunning;
  }
  const port = await freePort();
  const child = fork(repoPath('dist', 'src', 'main.js'), [], {
    execArgv: ['--expose-gc', '--require', repoPath('dist', 'tools', 'soak', 'memory-reporter.js')],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEO4J_URI: uri,
      NEO4J_USER: config.neo4j.user,
      NEO4J_PASSWORD: config.neo4j.password,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  await waitForReady(url, child);
  return {
    url,
    memory: () => memoryOf(child),
    stop: async () => {
      child.kill('SIGTERM');
      const code = await exited;
      if (code !== 0) console.log(`the service exited with ${code} on SIGTERM`);
      if (startedNeo4j) await stopLocalNeo4j({ instance: SOAK_NEO4J.instance });
    },
  };
}

async function waitForReady(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}`);
    const status = await fetch(`${url}/health/ready`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the service at ${url} was not ready within 120 s`);
}

function memoryOf(child: ChildProcess): Promise<MemorySample> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no memory sample within 5 s')), 5_000);
    child.once('message', (sample) => {
      clearTimeout(timer);
      resolve(sample as MemorySample);
    });
    child.send('memory');
  });
}

/** RSS of another process, from /proc (Linux); the heap of a process we did not start is unknown. */
function rssOf(pid: number): MemorySample {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
  return { rss: kb * 1024, heapUsed: 0, heapTotal: 0, external: 0 };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

main(process.argv).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`soak failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
