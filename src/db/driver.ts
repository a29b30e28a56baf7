import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config/config';

/**
 * One driver per process. Timeouts are set for an HTTP API: a request should fail within seconds
 * when Neo4j is gone, not wait out the driver's 60 s acquisition and 30 s retry defaults.
 * The retry budget is short because the driver keeps retrying while it lasts, with delays of 1, 2,
 * 4 s (±20 %) between attempts: a 3 s budget let a request wait up to 7-9 s on a killed Neo4j, or
 * until it came back. With 1 s, a request fails after at most three attempts, within about 3.5 s,
 * and a transient error such as a deadlock still gets a retry or two.
 * `disableLosslessIntegers` is the one place Neo4j integers are handled: our counts and offsets fit
 * in a double, so they arrive as plain numbers.
 *
 * The driver leaves Nagle's algorithm on and has no option for it, so `patches/` (applied by
 * patch-package after every install) makes its sockets call `setNoDelay(true)`. The driver writes
 * a message in 1,400-byte chunks; with Nagle on, every chunk after the first waited for the
 * server's delayed ACK (40 ms on Linux), so any query longer than one chunk, and any transaction
 * whose BEGIN, RUN and COMMIT left in separate writes, lost up to 40 ms. Measured on the seed graph
 * (bench/README.md): 306 → 1,152 requests/s and p99 96 → 23 ms for an entity with its relations.
 * The same patch lets a message set of up to 16 KB leave in one write instead of 1,400-byte ones
 * (a socket write on loopback costs tens of microseconds here), and a patch of the driver's core
 * formats the stack it captures for every query only when that query fails.
 */
export function createDriver(neo4jConfig: Config['neo4j'] & { uri: string }): Driver {
  return neo4j.driver(neo4jConfig.uri, neo4j.auth.basic(neo4jConfig.user, neo4jConfig.password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 1_000,
    maxConnectionPoolSize: 64,
    userAgent: 'knowledge-graph-api',
  });
}
