// Lint: typescript-eslint's strict type-checked rules over the API, the web app, the
// migrations and the tests, and the React hooks rules over the web app. Run by `npm test`.
// Where a rule is tuned below, the comment says why.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'web/dist/**', 'web/src/generated/**', 'node_modules/**', '.data/**', 'bench/results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      // Numbers and booleans read naturally in messages; objects and nullish values stay refused.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `() => setOpen(false)` in JSX and `return void x` are clear; a void value used as data is still refused.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true, ignoreVoidOperator: true }],
      // Express handlers and React event props take promise-returning functions on purpose; floating promises stay refused.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      // `!` marks a value a constraint or an earlier check guarantees (a row just inserted, a joined column).
      '@typescript-eslint/no-non-null-assertion': 'off',
      // GraphQL input and object types are classes for type-graphql's decorators; services build them as plain objects.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests read GraphQL and REST answers as untyped JSON and poke at them; typing every answer
    // would add nothing a failing expectation does not already say.
    files: ['tests/**/*.ts', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // Untrusted exchange documents (HSDS, FHIR) are read as JSON and checked against the
    // official schemas at run time (Ajv, Medplum); the scripts and the demo seed read raw SQL rows.
    files: ['api/src/modules/exchange/**/*.ts', 'api/scripts/**/*.ts', 'api/src/demo/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // The HSDS importer walks an untrusted document whose records are typed as plain records: an element may
    // still be null or missing, so its `?.` and `??` guards stay even where the type says they cannot fire.
    files: ['api/src/modules/exchange/hsds/hsds-import.service.ts'],
    rules: { '@typescript-eslint/no-unnecessary-condition': 'off' },
  },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
);
