import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'node_modules/', 'coverage/', 'test-results/'] },
  ...tseslint.configs.recommended,
  {
    // Type-aware rules need the program: each file is parsed with the tsconfig that includes it.
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
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
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-dom', '@fluentui/*', 'exceljs', 'node:*', 'fs', 'path', '@microsoft/*', 'docx', 'fflate', 'saxes'] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'Excel', 'Office', 'process'],
    },
  },
  {
    // A promise nobody awaits loses its failure: every one is awaited, returned, or marked `void` on purpose. And a
    // promise-returning function is never handed where a plain callback is expected (an event handler, a forEach),
    // nor a promise tested as a condition, where its failure and its result would both be dropped.
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // Plain JavaScript is not in a TypeScript program, so no type-aware rule can run on it.
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Plain CommonJS that node runs before anything is compiled (the CLI's launcher and build, repository checks).
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' },
    },
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
