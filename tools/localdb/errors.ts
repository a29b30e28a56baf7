/**
 * Why a local Neo4j could not be started or stopped. The code is stable, so callers (the CLI, the
 * test setup, the service start-up) can tell a port clash from a wrong password without parsing
 * the message; the message is written for the person at the terminal.
 */
export type LocalNeo4jErrorCode =
  | 'BAD_INSTANCE'
  | 'BAD_CONF'
  | 'JAVA_MISSING'
  | 'JAVA_TOO_OLD'
  | 'MAVEN_MISSING'
  | 'JARS_FETCH_FAILED'
  | 'PASSWORD_SETUP_FAILED'
  | 'PORT_IN_USE'
  | 'PORT_MISMATCH'
  | 'AUTH_FAILED'
  | 'EXITED'
  | 'START_TIMEOUT'
  | 'IMPORT_FAILED';

export class LocalNeo4jError extends Error {
  constructor(
    readonly code: LocalNeo4jErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}
