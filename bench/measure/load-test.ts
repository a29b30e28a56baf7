import autocannon from 'autocannon';
import type { HttpRequest } from '../operations';

/** Throughput and latency of one server answering one request over and over. */
export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** How long the load ran, in seconds. */
  seconds: number;
  /** Failed connections, timeouts and responses other than 2xx. */
  errors: number;
}

const HEADERS = { 'content-type': 'application/json' };

/**
 * autocannon at a fixed concurrency for `seconds`. Latencies are in milliseconds, from autocannon's
 * HDR histogram (sent to last byte received).
 */
export async function loadTest(
  base: string,
  request: HttpRequest,
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  const result = await autocannon({
    url: base + request.path,
    method: 'POST',
    headers: HEADERS,
    body: request.body,
    connections: options.connections,
    duration: options.seconds,
  });
  return {
    rps: Math.round((result.requests.total / result.duration) * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    seconds: result.duration,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** One request, to check the answer and read what it cost (round trips) before loading. */
export async function probe(
  base: string,
  request: HttpRequest,
): Promise<{ status: number; body: unknown; bytes: number; roundTrips: number | null }> {
  const res = await fetch(base + request.path, {
    method: 'POST',
    headers: HEADERS,
    body: request.body,
  });
  const text = await res.text();
  const header = res.headers.get('x-neo4j-round-trips');
  return {
    status: res.status,
    body: JSON.parse(text) as unknown,
    bytes: Buffer.byteLength(text),
    roundTrips: header === null ? null : Number(header),
  };
}
