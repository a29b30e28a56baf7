/**
 * One Jest run holds every kind of test: unit (`*.test.ts`, no database), integration
 * (`*.int.test.ts`, real Neo4j) and end-to-end (`*.e2e.test.ts`, GraphQL over HTTP to the real
 * server). The global setup starts a local Neo4j of its own when NEO4J_URI is unset, and suites run
 * in band because they share that one database (see test/helpers/graph.ts).
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/tools', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 60000,
  verbose: false,
};
