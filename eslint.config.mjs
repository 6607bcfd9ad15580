import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'node_modules/', 'coverage/', 'test-results/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The engine stays pure: nothing from Office, the DOM, React, Node or file libraries.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', '@fluentui/*', 'exceljs', 'node:*', 'fs', 'path', '@microsoft/*', 'docx', 'fflate', 'saxes'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'Excel', 'Office', 'process'],
    },
  },
  {
    // Plain CommonJS that node runs before anything is compiled (the CLI's launcher and build, repository checks).
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The paper renderers run in Node (the command line) and in the browser (the pane, the preview): no shell's APIs.
    files: ['src/paper/**/*.ts'],
    ignores: ['src/paper/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', '@fluentui/*', 'exceljs', 'node:*', 'fs', 'path', '@microsoft/*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'Excel', 'Office', 'process'],
    },
  },
  {
    // The Rules of React (hooks called unconditionally, effects that list what they read, no mutation in render)
    // for the two React trees.
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/preview/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/cli/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
