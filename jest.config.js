/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      // Rewrites the absolute `src/...` and `migrations` imports to relative ones, also for
      // the global setup, which runs outside Jest's module mapper.
      baseUrl: __dirname,
      paths: {
        'src/*': ['./src/*'],
        migrations: ['./migrations/index.ts'],
        'migrations/*': ['./migrations/*'],
      },
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

module.exports = {
  rootDir: __dirname,
  testMatch: [
    '<rootDir>/src/**/*.spec.ts',
    '<rootDir>/console/src/**/*.spec.ts',
    '<rootDir>/bench/**/*.spec.ts',
    '<rootDir>/test/**/*.e2e-spec.ts',
  ],
  testEnvironment: 'node',
  // NestJS 12 and a few others ship only ES modules: compile them to CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|meilisearch)/)'],
  transform: { '^.+\\.(t|j)s$': swc },
  moduleNameMapper: {
    '^src/(.*)$': '<rootDir>/src/$1',
    '^migrations$': '<rootDir>/migrations/index.ts',
    '^migrations/(.*)$': '<rootDir>/migrations/$1',
  },
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  setupFiles: ['<rootDir>/test/setup/quiet.ts'],
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
