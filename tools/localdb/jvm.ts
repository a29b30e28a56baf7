import { join } from 'node:path';

/**
 * The JVM flags the Neo4j launcher script would add (from the stock neo4j.conf of 5.26). We start
 * CommunityEntryPoint directly, because the launcher is not in the Maven artifacts, so they are
 * ours to pass. Every one was checked against Java 17 (`java <flag> -version`); none had to go.
 */
export const NEO4J_JVM_FLAGS: readonly string[] = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+AlwaysPreTouch',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

export const NEO4J_MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';
export const NEO4J_ADMIN_CLASS = 'org.neo4j.cli.AdminTool';

/** A classpath wildcard: the JVM expands `dir/*` to every jar in it, so we need not list 213. */
export function classpath(libDir: string): string {
  return join(libDir, '*');
}
