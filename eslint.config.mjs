// Lint: typescript-eslint's type-checked rules, plus the few that caught real bugs here (a shadowed
// variable, a promise nobody awaited). Formatting is Prettier's alone (eslint-config-prettier).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // test/support/api-types.ts is generated from docs/openapi.json (`npm run openapi`): type-checked, not linted
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/out/', '.data/', 'backups/', 'test/support/api-types.ts'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      'no-shadow': 'off',
      '@typescript-eslint/no-shadow': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    // The tests read HTTP responses, whose bodies are `any` by nature (supertest cannot know the
    // shape), and assert on them with expect(): typing every body would be casts that prove nothing,
    // and a wrong shape fails the assertion anyway. So the no-unsafe-* family is off here, and only
    // here; everything else (no-floating-promises, no-misused-promises, require-await, no-shadow,
    // no-explicit-any…) holds for the tests as for the sources.
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  { files: ['**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
  {
    // scripts/ are run by Node: its globals, the few they use (the `globals` package is not a dependency).
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', performance: 'readonly' } },
  },
  prettier,
);
