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
 * patch-package after every install) makes its sockets call `setNoDelay(true)` and lets a message
 * of up to 16 KB leave in one socket write: most read queries are longer than the driver's 1,400
 * bytes, and every write after the first waited for the server's delayed ACK (40 ms on Linux).
 * What that gains is measured in patches/README.md.
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
