export {
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4jOptions,
  type LocalNeo4jStatus,
} from './local-neo4j';
export { databaseStoreDirs, deleteDatabaseStore, emptyLocalDatabase } from './empty';
export { ensureNeo4jJars } from './jars';
export { importIntoLocalNeo4j, ARRAY_DELIMITER, type ImportFiles } from './import';
export { LocalNeo4jError, type LocalNeo4jErrorCode } from './errors';
