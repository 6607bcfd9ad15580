/**
 * Three projects, so each test runs where it belongs:
 * - unit: the engine, the file shell, the command line and the Office.js shell (with office-addin-mock), in Node;
 * - components: the React task pane and preview under jsdom with Testing Library;
 * - e2e: the browser preview driven in Debian's headless Chromium by playwright-core.
 */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }];

// office-addin-mock's dependency chain is ESM-only; under Jest these map to CommonJS builds of the same packages.
// Tests beside the code reach shared fixtures, mocks and support in test/ as "@test/...", as tsconfig's paths say.
const testSupport = { '^@test/(.*)$': '<rootDir>/test/$1' };

const officeAddinMockMappings = {
  // @microsoft/app-manifest (via office-addin-manifest) pins strip-bom 5, which is ESM-only; strip-bom 4 is the same function in CommonJS.
  '^strip-bom$': '<rootDir>/node_modules/strip-bom/index.js',
  // office-addin-manifest pins uuid 14 (ESM-only); the hoisted uuid 8 has a CommonJS build with the same v4().
  '^uuid$': '<rootDir>/node_modules/uuid/dist/index.js',
};

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/src', '<rootDir>/test', '<rootDir>/bench', '<rootDir>/scripts'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
      transform: { '^.+\\.tsx?$': tsJest },
      moduleNameMapper: { ...testSupport, ...officeAddinMockMappings },
    },
    {
      displayName: 'components',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/src', '<rootDir>/test'],
      testMatch: ['**/*.test.tsx'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
      transform: { '^.+\\.tsx?$': tsJest },
      setupFilesAfterEnv: ['<rootDir>/test/setupComponents.ts'],
      moduleNameMapper: testSupport,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/e2e'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
      // Build the preview and serve it once per run, not once per test file.
      globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
      globalTeardown: '<rootDir>/test/e2e/globalTeardown.ts',
    },
  ],
};
